// Upgrades of real databases of every earlier schema version: tests/data/schema/vN.db holds a database
// of schema N with rows in every table (written by tests/tools/SchemaFixtureTool.cpp; regenerate with
// `build/bin/karsa_schema_fixtures tests/data/schema` after adding a migration and its sample rows).
// Each is copied and opened the normal way (Database::open, OpenExisting: backup, then migrations), and
// every row of the fixture must be found again with the same values in the columns it had. The fixture
// itself is only read, through a read-only SQLite connection.
#include "TestSupport.h"

#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

using namespace karsa;

namespace {

QString fixtureDir()
{
    return test::dataFile(QStringLiteral("schema"));
}

QString fixturePath(int version)
{
    return QDir(fixtureDir()).filePath(QStringLiteral("v%1.db").arg(version));
}

// A query-only connection to a fixture: SQLite opens the file read-only, so the fixture cannot change.
class ReadOnlyFixture
{
public:
    explicit ReadOnlyFixture(const QString& path)
        : m_name(QStringLiteral("fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~ReadOnlyFixture()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyFixture(const ReadOnlyFixture&) = delete;
    ReadOnlyFixture& operator=(const ReadOnlyFixture&) = delete;
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QStringList tablesOf(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList columnsOf(QSqlDatabase db, const QString& table)
{
    QStringList out;
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid")));
    q.addBindValue(table);
    REQUIRE(q.exec());
    while (q.next())
        out << q.value(0).toString();
    return out;
}

qint64 countOf(QSqlDatabase db, const QString& table)
{
    // The table name comes from sqlite_master, never from input.
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))->toLongLong();
}

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// Every row of table, as SQLite's own literals of the given columns (quote() keeps the storage class
// apart: 80 and '80' and 80.0 differ), counted so that equal rows are matched one for one.
QHash<QString, int> rowsOf(QSqlDatabase db, const QString& table, const QStringList& columns)
{
    QStringList selected;
    for (const QString& c : columns)
        selected << QStringLiteral("quote(%1)").arg(quoted(c));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2").arg(selected.join(u", "), quoted(table))));
    QHash<QString, int> rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << q.value(i).toString();
        ++rows[values.join(u", ")];
    }
    return rows;
}

// "table.column type notnull default pk" for every column, plus every index: the shape of a schema.
QStringList schemaOutline(QSqlDatabase db)
{
    QStringList out;
    for (const QString& table : tablesOf(db)) {
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)")));
        q.addBindValue(table);
        REQUIRE(q.exec());
        while (q.next())
            out << QStringLiteral("%1.%2 %3 %4 %5 %6")
                       .arg(table, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
    }
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT name, tbl_name FROM main.sqlite_master WHERE type IN ('index', 'trigger')")));
    while (q.next())
        out << QStringLiteral("%1 on %2").arg(q.value(0).toString(), q.value(1).toString());
    out.sort();
    return out;
}

// The fixture versions present in tests/data/schema, in order; a file there that is not vN.db fails.
QList<int> presentFixtures()
{
    QList<int> versions;
    const QRegularExpression name(QStringLiteral("^v([0-9]+)\\.db$"));
    for (const QString& file : QDir(fixtureDir()).entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        INFO("tests/data/schema/" << file.toStdString());
        CHECK(m.hasMatch());
        if (m.hasMatch())
            versions << m.captured(1).toInt();
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

} // namespace

TEST_CASE("There is a fixture database of every schema version, with rows in every table", "[core][migration]")
{
    const int latest = Database::latestSchemaVersion();
    REQUIRE(latest >= 1);
    const QList<int> present = presentFixtures();
    for (int version = 1; version <= latest; ++version) {
        INFO("tests/data/schema/v" << version
                                   << ".db is missing: run build/bin/karsa_schema_fixtures tests/data/schema");
        CHECK(present.contains(version));
    }
    for (int version : present) {
        INFO("fixture v" << version);
        CHECK(version >= 1);
        CHECK(version <= latest);
        ReadOnlyFixture fixture(fixturePath(version));
        REQUIRE(fixture.isOpen());
        CHECK(sql::scalar(fixture.db(), QStringLiteral("PRAGMA user_version"))->toInt() == version);
        CHECK(sql::scalar(fixture.db(), QStringLiteral("PRAGMA application_id"))->toUInt() == Database::kApplicationId);
        // A single file (no WAL beside it) that SQLite opens read-only.
        CHECK(sql::scalar(fixture.db(), QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("delete"));
        const QStringList tables = tablesOf(fixture.db());
        CHECK(tables.contains(QStringLiteral("employees")));
        for (const QString& table : tables) {
            INFO("table " << table.toStdString());
            CHECK(countOf(fixture.db(), table) > 0);
        }
    }
    // The newest fixture has exactly the schema a new database gets.
    if (present.contains(latest)) {
        test::TempDatabase fresh;
        ReadOnlyFixture fixture(fixturePath(latest));
        REQUIRE(fixture.isOpen());
        CHECK(schemaOutline(fixture.db()) == schemaOutline(fresh.db()));
    }
}

TEST_CASE("Every schema fixture upgrades through the normal open path and keeps every row", "[core][migration]")
{
    const int latest = Database::latestSchemaVersion();
    const QList<int> present = presentFixtures();
    REQUIRE_FALSE(present.isEmpty());
    test::TempDatabase fresh;
    const QStringList freshOutline = schemaOutline(fresh.db());

    for (int version : present) {
        INFO("fixture v" << version);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = QDir(dir.path()).filePath(QStringLiteral("karsa.db"));
        // Copied before any connection has the fixture open.
        REQUIRE(QFile::copy(fixturePath(version), path));
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        auto opened = Database::open(path, Database::Mode::OpenExisting);
        INFO((opened ? std::string() : opened.error().describe().toStdString()));
        REQUIRE(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        CHECK_FALSE(db->wasCreated());
        CHECK(db->schemaVersion() == latest);
        CHECK(sql::scalar(db->db(), QStringLiteral("PRAGMA application_id"))->toUInt() == Database::kApplicationId);
        CHECK(sql::scalar(db->db(), QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
        CHECK(sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))->toInt() == 0);
        CHECK(schemaOutline(db->db()) == freshOutline);

        qint64 fixtureEmployees = 0, fixtureUsers = 0;
        {
            ReadOnlyFixture fixture(fixturePath(version));
            REQUIRE(fixture.isOpen());
            const QStringList upgradedTables = tablesOf(db->db());
            for (const QString& table : tablesOf(fixture.db())) {
                INFO("table " << table.toStdString());
                REQUIRE(upgradedTables.contains(table));
                const QStringList columns = columnsOf(fixture.db(), table);
                const QStringList upgradedColumns = columnsOf(db->db(), table);
                for (const QString& c : columns) {
                    INFO("column " << c.toStdString());
                    REQUIRE(upgradedColumns.contains(c));
                }
                const QHash<QString, int> before = rowsOf(fixture.db(), table, columns);
                const QHash<QString, int> after = rowsOf(db->db(), table, columns);
                QStringList missing;
                qint64 rows = 0;
                for (auto it = before.cbegin(); it != before.cend(); ++it) {
                    rows += it.value();
                    if (after.value(it.key()) < it.value())
                        missing << it.key();
                }
                CHECK(rows > 0);
                INFO("rows of the fixture not found after the upgrade ("
                     << columns.join(u", ").toStdString() << "): " << missing.mid(0, 3).join(u"; ").toStdString());
                CHECK(missing.isEmpty());
            }
            fixtureEmployees = countOf(fixture.db(), QStringLiteral("employees"));
            if (tablesOf(fixture.db()).contains(QStringLiteral("users")))
                fixtureUsers = countOf(fixture.db(), QStringLiteral("users"));
        }

        // The upgraded file works: a change is written and audited.
        const auto audited = [&db] {
            return sql::scalar(db->db(), QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong();
        };
        const qint64 auditBefore = audited();
        REQUIRE(SettingsRepository(db->db())
                    .setValue(QStringLiteral("organisation/city"), QStringLiteral("Kota Surabaya"))
                    .ok());
        CHECK(audited() == auditBefore + 1);

        const QStringList backups = BackupManager::automaticBackups(path);
        if (version < latest) {
            // The copy made before the upgrade holds the fixture as it was.
            REQUIRE(backups.size() == 1);
            CHECK(QFileInfo(backups.first()).fileName().endsWith(QStringLiteral("-before-v%1.db").arg(latest)));
            auto check = BackupManager::validate(backups.first());
            INFO((check ? std::string() : check.error().describe().toStdString()));
            REQUIRE(check.ok());
            CHECK(check->schemaVersion == latest); // validate() upgrades a copy of an older backup
            CHECK(Database::inspect(backups.first()).userVersion == version);
            CHECK(check->employees == fixtureEmployees);
            CHECK(check->users == fixtureUsers);
        } else {
            CHECK(backups.isEmpty()); // nothing to upgrade, nothing copied
        }
    }
}
