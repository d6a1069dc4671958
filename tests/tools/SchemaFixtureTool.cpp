// karsa_schema_fixtures: writes tests/data/schema/vN.db, one database of every schema version from 1 to
// the current one, each filled in every table (SchemaFixtureRows.cpp). The upgrade test
// (tests/core/SchemaUpgradeTests.cpp) opens a copy of each the normal way and checks every row survives.
// Regenerate after adding a migration (and its sample rows):
//   cmake --build build --target karsa_schema_fixtures && build/bin/karsa_schema_fixtures tests/data/schema
//
// A fixture of version N is made by Database::migrateSchema(db, N), the code Database::open runs:
// each script core/storage/migrations/NNNN_*.sql up to N in its own transaction with the C++ seed step
// of its version, then user_version and application_id. The sample rows run through SQLite's own
// statement splitter (sqlite3_exec). Before writing anything the tool checks that the newest schema it
// builds equals the schema (tables, columns, indexes) and seeded row counts of a database made by
// Database::open.
#include "SchemaFixtureRows.h"

#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace karsa;

namespace {

Status runNative(QSqlDatabase db, const QByteArray& script, const QString& what)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(QStringLiteral("Qt's SQLite driver does not expose the sqlite3 handle"));
    sqlite3* native = *static_cast<sqlite3* const*>(handle.constData());
    char* message = nullptr;
    if (sqlite3_exec(native, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return makeError(QStringLiteral("%1: %2").arg(what, text));
    }
    return {};
}

// The schema of version target, made by the same code as Database::open (scripts and seed steps).
Status migrateTo(QSqlDatabase db, int target)
{
    if (Status s = Database::migrateSchema(db, target); !s)
        return s;
    const int reached = sql::scalar(db, QStringLiteral("PRAGMA user_version")).value().toInt();
    if (reached != target)
        return makeError(QStringLiteral("schema %1 has no migration script; fixtures are made for 1 to %2 without gaps")
                             .arg(target)
                             .arg(Database::latestSchemaVersion()));
    return {};
}

QStringList tables(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Tables with their columns and the indexes and triggers, one line each, for comparing two schemas.
QStringList schemaOutline(QSqlDatabase db)
{
    QStringList out;
    for (const QString& table : tables(db)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"));
        q.addBindValue(table);
        q.exec();
        while (q.next())
            out << QStringLiteral("%1.%2 %3 notnull=%4 default=%5 pk=%6")
                       .arg(table, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"));
    while (q.next())
        out << QStringLiteral("%1 %2 on %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

QMap<QString, qint64> rowCounts(QSqlDatabase db)
{
    QMap<QString, qint64> out;
    for (const QString& table : tables(db)) {
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)); // name from sqlite_master
        out.insert(table, n ? n.value().toLongLong() : -1);
    }
    return out;
}

// One plain SQLite connection for the lifetime of the object (no Karsa configuration, no audit).
class Connection
{
public:
    explicit Connection(const QString& path)
        : m_name(QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

Status checkAgainstNewDatabase(const QString& workDir)
{
    const QString builtPath = QDir(workDir).filePath(QStringLiteral("built.db"));
    const QString freshPath = QDir(workDir).filePath(QStringLiteral("fresh.db"));
    QStringList builtOutline, freshOutline;
    QMap<QString, qint64> builtRows, freshRows;
    {
        Connection built(builtPath);
        if (Status s = sql::exec(built.db(), QStringLiteral("PRAGMA foreign_keys = ON")); !s)
            return s;
        if (Status s = migrateTo(built.db(), Database::latestSchemaVersion()); !s)
            return s;
        builtOutline = schemaOutline(built.db());
        builtRows = rowCounts(built.db());
    }
    {
        auto fresh = Database::open(freshPath, Database::Mode::CreateOrOpen);
        if (!fresh)
            return fresh.error();
        freshOutline = schemaOutline(fresh.value()->db());
        freshRows = rowCounts(fresh.value()->db());
    }
    // The audit trail's TEMP triggers live in the temp schema and are not listed in sqlite_master.
    for (const QString& line : freshOutline)
        if (!builtOutline.contains(line))
            return makeError(QStringLiteral("the fixture schema lacks \"%1\" that a new database has").arg(line));
    for (const QString& line : builtOutline)
        if (!freshOutline.contains(line))
            return makeError(QStringLiteral("the fixture schema has \"%1\" that a new database lacks").arg(line));
    for (auto it = freshRows.cbegin(); it != freshRows.cend(); ++it)
        if (builtRows.value(it.key()) != it.value())
            return makeError(QStringLiteral("a new database has %1 rows in %2, the fixture path %3")
                                 .arg(it.value())
                                 .arg(it.key())
                                 .arg(builtRows.value(it.key())));
    return {};
}

Status writeFixture(const QString& path, int version)
{
    for (const QString& leftover : QStringList{path, path + QStringLiteral("-journal")})
        if (QFileInfo::exists(leftover) && !QFile::remove(leftover))
            return makeError(QStringLiteral("cannot replace %1").arg(leftover));
    Connection c(path);
    QSqlDatabase db = c.db();
    if (!db.isOpen())
        return makeError(QStringLiteral("cannot create %1").arg(path));
    if (Status s = sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (Status s = migrateTo(db, version); !s)
        return s;
    for (const fixtures::SampleRows& rows : fixtures::sampleRows()) {
        if (rows.version > version)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return tx.beginError();
        if (Status s =
                runNative(db, QByteArray(rows.sql), QStringLiteral("sample rows of schema %1").arg(rows.version));
            !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    const QMap<QString, qint64> counts = rowCounts(db);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() <= 0)
            return makeError(QStringLiteral("table %1 of schema %2 has no rows: add sample rows for it in "
                                            "tests/tools/SchemaFixtureRows.cpp")
                                 .arg(it.key())
                                 .arg(version));
    if (auto fk = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        !fk || fk.value().toInt() != 0)
        return makeError(QStringLiteral("schema %1: the sample rows break a foreign key").arg(version));
    if (auto ok = sql::scalar(db, QStringLiteral("PRAGMA integrity_check")); !ok || ok.value().toString() != u"ok")
        return makeError(QStringLiteral("schema %1: integrity_check failed").arg(version));
    if (version >= 6) {
        auto hash = sql::scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE id = 1"));
        if (!hash || !PasswordHasher::verify(hash.value().toString(), QStringLiteral("Surabaya#2026")))
            return makeError(QStringLiteral("the sample password hash does not verify"));
    }
    return sql::exec(db, QStringLiteral("VACUUM"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: karsa_schema_fixtures OUT_DIR   (e.g. tests/data/schema)\n");
        return 2;
    }
    const QDir out(args[1]);
    if (!out.exists() && !QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    QTemporaryDir work;
    if (Status s = checkAgainstNewDatabase(work.path()); !s) {
        std::fprintf(stderr, "not written: %s\n", qPrintable(s.error().describe()));
        return 1;
    }
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version) {
        const QString path = out.filePath(QStringLiteral("v%1.db").arg(version));
        if (Status s = writeFixture(path, version); !s) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(s.error().describe()));
            return 1;
        }
        std::printf("%s  schema %d  %lld bytes\n", qPrintable(path), version, qint64(QFileInfo(path).size()));
    }
    return 0;
}
