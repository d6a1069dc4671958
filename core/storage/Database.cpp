#include "Database.h"

#include "AuditLog.h"
#include "BackupManager.h"
#include "FilePresence.h"
#include "Sql.h"
#include "Transaction.h"
#include "refdata/ReferenceSeeder.h"
#include "security/UserSession.h"

#include <QCoreApplication>
#include <QList>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

static void initKarsaMigrations()
{
    Q_INIT_RESOURCE(karsa_migrations);
}

namespace karsa {

namespace {

// Splits a migration script into statements. A statement ends with ';' at the end of a line,
// except inside CREATE TRIGGER ... END; blocks.
QStringList splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(u"--") || (line.isEmpty() && current.isEmpty()))
            continue;
        if (line.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + u'\n';
        const bool ends = inTrigger ? line.compare(u"END;", Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Status runScript(QSqlDatabase db, const QString& resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Database", "Migration script %1 is missing from the build").arg(resource));
    for (const QString& statement : splitStatements(QString::fromUtf8(f.readAll()))) {
        if (Status s = sql::exec(db, statement); !s)
            return s;
    }
    return {};
}

// Each script core/storage/migrations/NNNN_name.sql brings the schema to version NNNN. The scripts
// are found in the resource folder, so adding a migration is adding a file (plus, when data must be
// seeded from C++, an entry in kSeeders). Numbers may have gaps; they only need to increase.
// Append only; never edit a released script.
struct MigrationScript
{
    int version = 0;
    QString resource;
};

const QList<MigrationScript>& migrationScripts()
{
    static const QList<MigrationScript> scripts = [] {
        initKarsaMigrations();
        QList<MigrationScript> out;
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int version = name.section(u'_', 0, 0).toInt(&ok);
            if (ok && version > 0)
                out.append({version, dir.filePath(name)});
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
        return out;
    }();
    return scripts;
}

using Seeder = Status (*)(QSqlDatabase);
struct SeedStep
{
    int version;
    Seeder seed;
};
// C++ steps run right after the script of the same version, in the same transaction.
const SeedStep kSeeders[] = {
    {1, &ReferenceSeeder::seed},
};

Status applyMigration(QSqlDatabase db, const MigrationScript& script)
{
    if (Status s = runScript(db, script.resource); !s)
        return s;
    for (const SeedStep& step : kSeeders) {
        if (step.version == script.version) {
            if (Status s = step.seed(db); !s)
                return s;
        }
    }
    return {};
}

} // namespace

int Database::latestSchemaVersion()
{
    const auto& scripts = migrationScripts();
    return scripts.isEmpty() ? 0 : scripts.last().version;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_announced)
        FilePresence::release(m_path);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("karsa.db"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, bool audited)
{
    if (path.isEmpty())
        return makeError(QCoreApplication::translate("Database", "No database file was given"));
    const QFileInfo fi(path);
    const bool fresh = !fi.exists() || fi.size() == 0;
    if (fresh && mode != Mode::CreateOrOpen)
        return makeError(QCoreApplication::translate("Database", "%1 does not exist or is empty; nothing was created")
                             .arg(QDir::toNativeSeparators(path)));
    if (fi.exists() && !fi.isFile())
        return makeError(QCoreApplication::translate("Database", "%1 is not a file").arg(QDir::toNativeSeparators(path)));
    if (!fi.exists()) {
        if (Status s = DatabaseFile::createPrivate(path); !s)
            return s.error();
    }

    const QString connection = QStringLiteral("karsa-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(DatabaseFile::busyTimeoutMs()));
    }
    std::unique_ptr<Database> database(new Database(path, connection));
    if (!database->db().open())
        return makeError(QCoreApplication::translate("Database", "Cannot open %1: %2").arg(QDir::toNativeSeparators(path), database->db().lastError().text()));

    // The header is read through this connection before anything is written: a foreign file is
    // refused untouched (no journal mode set, no migration).
    int userVersion = 0;
    if (!fresh) {
        QSqlQuery q(database->db());
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return makeError(QCoreApplication::translate("Database", "%1 is not a Karsa database (it is not an SQLite file); it was left untouched")
                                 .arg(QDir::toNativeSeparators(path)));
        if (q.value(0).toUInt() != kApplicationId)
            return makeError(QCoreApplication::translate("Database", "%1 is an SQLite file but not a Karsa database; it was left untouched")
                                 .arg(QDir::toNativeSeparators(path)));
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            userVersion = q.value(0).toInt();
        if (userVersion > latestSchemaVersion())
            return makeError(QCoreApplication::translate("Database", "%1 was written by a newer version of Karsa (schema %2; this version reads up to %3). "
                                "Update Karsa to open it; the file was left untouched.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(userVersion)
                                 .arg(latestSchemaVersion()));
        if (userVersion < latestSchemaVersion() && mode == Mode::ExistingNoUpgrade)
            return makeError(QCoreApplication::translate("Database", "%1 has schema %2 and needs an upgrade to schema %3 first "
                                "(open it in the Karsa window, or run karsa-cli upgrade); it was left untouched.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(userVersion)
                                 .arg(latestSchemaVersion()));
        DatabaseFile::restrictToOwner(path);
    }
    FilePresence::acquire(path);
    database->m_announced = true;
    if (Status s = database->configure(); !s)
        return s.error();
    if (fresh || userVersion < latestSchemaVersion()) {
        if (!fresh && userVersion > 0) {
            if (auto backup = BackupManager::automaticBackup(*database, QStringLiteral("before-v%1").arg(latestSchemaVersion())); !backup)
                return makeError(QCoreApplication::translate("Database", "Could not back up the database before upgrading it: %1").arg(backup.error().message));
        }
        if (Status s = database->migrate(); !s)
            return s.error();
        database->m_created = fresh;
    }
    // The audit triggers are made from the schema as it is now, after every migration.
    database->m_session = UserSession::localOfficer();
    database->m_actor = database->m_session.actor();
    if (!audited)
        return database;
    if (Status s = AuditLog::attach(database->db(), database->m_actor); !s)
        return makeError(QCoreApplication::translate("Database", "The audit trail could not be prepared: %1").arg(s.error().message));
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    auto other = open(m_path, Mode::OpenExisting);
    if (!other)
        return other;
    if (Status s = other.value()->setSession(m_session); !s)
        return s.error();
    if (other.value()->m_actor != m_actor) {
        if (Status s = other.value()->setActor(m_actor); !s)
            return s.error();
    }
    return other;
}

Status Database::setSession(const UserSession& session)
{
    // query_only also guards the connection's TEMP tables: lift it while the session row changes.
    if (Status s = sql::exec(db(), QStringLiteral("PRAGMA query_only = OFF")); !s)
        return s;
    if (Status s = AuditLog::setSession(db(), session.actor(), roleCode(session.role), session.userId, session.fullName); !s)
        return s;
    // A viewer may only look and print: SQLite itself refuses every write on this connection.
    if (Status s = sql::exec(db(), session.allows(Permission::EditData) ? QStringLiteral("PRAGMA query_only = OFF")
                                                                        : QStringLiteral("PRAGMA query_only = ON"));
        !s)
        return s;
    m_session = session;
    m_actor = session.actor();
    return {};
}

Status Database::setActor(const QString& actor)
{
    {
        const sql::QueryOnlyLift lift(db());
        if (Status s = AuditLog::setActor(db(), actor); !s)
            return s;
    }
    m_actor = actor;
    return {};
}

Status Database::configure()
{
    QSqlDatabase d = db();
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (Status s = sql::exec(d, QLatin1String(pragma)); !s)
            return s;
    }
    return {};
}

int Database::schemaVersion() const
{
    auto v = sql::scalar(db(), QStringLiteral("PRAGMA user_version"));
    return v ? v.value().toInt() : -1;
}

Status Database::migrate()
{
    return migrateSchema(db(), latestSchemaVersion());
}

Status Database::migrateSchema(QSqlDatabase d, int upToVersion)
{
    for (const MigrationScript& script : migrationScripts()) {
        const int version = script.version;
        if (version > upToVersion)
            break;
        Transaction tx(d);
        if (!tx.isActive())
            return tx.beginError();
        // Read inside the write transaction: another process may have upgraded the file meanwhile.
        auto current = sql::scalar(d, QStringLiteral("PRAGMA user_version"));
        if (!current)
            return current.error();
        if (current->toInt() >= version)
            continue;
        if (Status s = applyMigration(d, script); !s)
            return makeError(QCoreApplication::translate("Database", "Upgrading the database to schema %1 failed: %2").arg(version).arg(s.error().message));
        // PRAGMA values cannot be bound; both numbers come from file names and a constant.
        if (Status s = sql::exec(d, QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
            return s;
        if (Status s = sql::exec(d, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Status Database::backupTo(const QString& target, bool verify) const
{
    return DatabaseFile::copyTo(db(), target, verify);
}

qint64 Database::dataVersion() const
{
    auto v = sql::scalar(db(), QStringLiteral("PRAGMA data_version"));
    return v ? v.value().toLongLong() : -1;
}

} // namespace karsa
