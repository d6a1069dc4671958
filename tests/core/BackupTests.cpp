#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace karsa;
using namespace karsa::test;

namespace {
qint64 unitCount(QSqlDatabase db)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM units"))->toLongLong();
}
} // namespace

TEST_CASE("Restore refuses files that are not Karsa backups and leaves the database as it was", "[core][backup]")
{
    TempDatabase db;
    makeMiniOrg(db.db());
    std::unique_ptr<Database> current = Database::open(db.path(), Database::Mode::OpenExisting).value();
    db.close();

    const QString text = QFileInfo(db.path()).absolutePath() + QStringLiteral("/notes.db");
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
    }
    const Status refused = BackupManager::restore(current, text);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not a Karsa database backup")));

    // An SQLite file of another program is refused too.
    const QString foreign = QFileInfo(db.path()).absolutePath() + QStringLiteral("/other.sqlite");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(foreign);
        REQUIRE(other.open());
        REQUIRE(sql::exec(other, QStringLiteral("CREATE TABLE t (x)")).ok());
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CHECK_FALSE(BackupManager::validate(foreign).ok());
    CHECK_FALSE(BackupManager::restore(current, foreign).ok());
    CHECK_FALSE(BackupManager::restore(current, db.path()).ok()); // itself

    REQUIRE(current);
    CHECK(unitCount(current->db()) == 1);
    CHECK(BackupManager::automaticBackups(db.path()).isEmpty()); // nothing was replaced, nothing saved
}

TEST_CASE("Restoring a valid backup brings its data back and keeps the replaced data as a backup", "[core][backup]")
{
    TempDatabase db;
    makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QString backup = db.dir() + QStringLiteral("/copy.db");
    REQUIRE(BackupManager::backupTo(*db, backup).ok());
    makeMiniOrg(db.db(), QStringLiteral("U2"));
    REQUIRE(unitCount(db.db()) == 2);

    auto check = BackupManager::validate(backup);
    REQUIRE(check.ok());
    CHECK(check->schemaVersion == Database::latestSchemaVersion());

    std::unique_ptr<Database> current = Database::open(db.path(), Database::Mode::OpenExisting).value();
    REQUIRE(current->setActor(QStringLiteral("admin")).ok());
    db.close();
    REQUIRE(BackupManager::restore(current, backup).ok());
    REQUIRE(current);
    CHECK(unitCount(current->db()) == 1);
    CHECK(sql::scalar(current->db(), QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
    CHECK(current->actor() == QStringLiteral("admin"));
    auto restores = AuditLog::query(current->db(), AuditFilter{{}, {}, {}, {}, QStringLiteral("restore"), {}, 0});
    REQUIRE(restores->size() == 1);
    CHECK(restores->constFirst().actor == QStringLiteral("admin"));

    // The data the restore replaced is in the newest automatic backup.
    const QStringList kept = BackupManager::automaticBackups(current->path());
    REQUIRE(kept.size() == 1);
    CHECK(kept.constFirst().endsWith(QStringLiteral("-before-restore.db")));
    auto replaced = Database::open(kept.constFirst(), Database::Mode::OpenExisting);
    REQUIRE(replaced.ok());
    CHECK(unitCount(replaced.value()->db()) == 2);
    // The backup file itself was not changed.
    CHECK(BackupManager::validate(backup)->schemaVersion == Database::latestSchemaVersion());
}

TEST_CASE("Restoring into a missing database file creates it from the backup", "[core][backup]")
{
    TempDatabase db;
    makeMiniOrg(db.db());
    const QString backup = db.dir() + QStringLiteral("/copy.db");
    REQUIRE(BackupManager::backupTo(*db, backup).ok());
    const QString target = db.dir() + QStringLiteral("/new/restored.db");
    REQUIRE(BackupManager::restoreFile(target, backup, UserSession{0, QStringLiteral("cli:test"), {}, Role::Administrator}).ok());
    auto opened = Database::open(target, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    CHECK(unitCount(opened.value()->db()) == 1);
}

TEST_CASE("Automatic backups keep only the newest N set in the settings", "[core][backup]")
{
    TempDatabase db;
    REQUIRE(SettingsRepository(db.db()).setValue(QStringLiteral("backup/keep_last"), QStringLiteral("3")).ok());
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        auto file = BackupManager::automaticBackup(*db, QStringLiteral("before-import"));
        REQUIRE(file.ok());
        written << file.value();
        QThread::msleep(3); // distinct millisecond stamps
    }
    const QStringList kept = BackupManager::automaticBackups(db.path());
    REQUIRE(kept.size() == 3);
    CHECK(kept == QStringList{written[4], written[3], written[2]});
    CHECK_FALSE(QFileInfo::exists(written[0]));
    CHECK_FALSE(QFileInfo::exists(written[1]));
    // A file of the officer's own in the folder is never pruned.
    const QString mine = BackupManager::folderFor(db.path()) + QStringLiteral("/my-own-copy.db");
    REQUIRE(BackupManager::backupTo(*db, mine).ok());
    REQUIRE(BackupManager::prune(db.path(), 1).value() == 2);
    CHECK(QFileInfo::exists(mine));
    CHECK(BackupManager::automaticBackups(db.path()) == QStringList{written[4]});
    // Each automatic backup is in the audit trail.
    CHECK(AuditLog::query(db.db(), AuditFilter{{}, {}, {}, {}, QStringLiteral("backup"), {}, 0})->size() == 6);
}
