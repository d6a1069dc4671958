#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace karsa;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("A fresh database is created at the current schema with reference data", "[core][storage]")
{
    test::TempDatabase db;
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(db->wasCreated());
    const auto info = Database::inspect(db.path());
    CHECK(info.sqlite);
    CHECK(info.applicationId == Database::kApplicationId);
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM ref_golongan")).value().toInt() == 34);
    CHECK(sql::scalar(db.db(), QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(sql::scalar(db.db(), QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
}

TEST_CASE("Reopening a current database is a no-op", "[core][storage]")
{
    test::TempDatabase db;
    const int competencies = sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM competencies")).value().toInt();
    db.reopen();
    CHECK_FALSE(db->wasCreated());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM competencies")).value().toInt() == competencies);
}

TEST_CASE("A database from a newer schema version is refused and left untouched", "[core][storage]")
{
    test::TempDatabase db;
    REQUIRE(sql::exec(db.db(), QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)).ok());
    REQUIRE(sql::exec(db.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    db.close();
    const QByteArray before = fileHash(db.path());
    auto reopened = Database::open(db.path());
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileHash(db.path()) == before);
}

TEST_CASE("A file that is not a Karsa database is refused and left untouched", "[core][storage]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("notes.db"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Daftar pegawai\n1;Budi\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a Karsa database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another application's SQLite database")
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a Karsa database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a missing file in OpenExisting mode")
    {
        auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("missing.db")), Database::Mode::OpenExisting);
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("missing.db"))));
    }
}

TEST_CASE("A backup copy is a valid Karsa database with the same data", "[core][storage]")
{
    test::TempDatabase db;
    const QString target = QDir(db.dir()).filePath(QStringLiteral("copy.db"));
    REQUIRE(db->backupTo(target).ok());
    auto copy = Database::open(target, Database::Mode::OpenExisting);
    REQUIRE(copy.ok());
    CHECK(sql::scalar(copy.value()->db(), QStringLiteral("SELECT COUNT(*) FROM competency_levels")).value().toInt() ==
          sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM competency_levels")).value().toInt());
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[core][storage]")
{
    test::TempDatabase db;
    {
        Transaction tx(db.db());
        REQUIRE(tx.isActive());
        REQUIRE(sql::exec(db.db(), QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'y', 'now')")).ok());
    }
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'x'")).value().toInt() == 0);
    {
        Transaction tx(db.db());
        REQUIRE(sql::exec(db.db(), QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'y', 'now')")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'x'")).value().toInt() == 1);
}
