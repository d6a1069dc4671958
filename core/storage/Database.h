#pragma once

#include "DatabaseFile.h"
#include "common/Result.h"
#include "security/UserSession.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace karsa {

// One open Karsa database: an SQLite file reached through one named Qt Sql connection.
// A connection belongs to one thread; a worker calls openAnother() for its own.
class Database
{
public:
    // The schema version this build writes: the highest numbered migration script.
    static int latestSchemaVersion();
    static constexpr quint32 kApplicationId = 0x4B525341; // "KRSA"

    enum class Mode {
        CreateOrOpen,      // create a new database when the file is missing or empty (init, "new database")
        OpenExisting,      // the file must already be a Karsa database; an older schema is upgraded
        ExistingNoUpgrade  // the same, but an older schema is refused with "upgrade needed" (read-only work)
    };

    // Opens (and if needed creates and migrates) the database at path. A file that is not a Karsa
    // database, or was written by a newer Karsa, is refused with a clear message and left untouched.
    // audited = false: no audit triggers (read-only connections of a Session).
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateOrOpen, bool audited = true);

    // A second connection to the same file, for another thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
    const QString& connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    bool wasCreated() const { return m_created; } // true when open() made a new database

    // Writes a consistent copy of the open database to target (VACUUM INTO a temporary file, checked
    // with integrity_check when verify is set, then moved into place; nothing is left on failure).
    Status backupTo(const QString& target, bool verify = true) const;

    // PRAGMA data_version of this connection: it changes when another connection (of this or another
    // process) commits a change to the file.
    qint64 dataVersion() const;

    // Who the audit trail names for writes through this connection (storage/AuditLog); openAnother()
    // passes it on. Defaults to the local officer ("local:<account>").
    const QString& actor() const { return m_actor; }
    Status setActor(const QString& actor);
    // The signed-in user this connection acts for (karsa::Session): actor, role (a viewer's connection
    // becomes query-only), user id. openAnother() passes it on.
    const UserSession& session() const { return m_session; }
    Status setSession(const UserSession& session);

    // Brings the schema of an open connection up to upToVersion: each migration script with its C++
    // seed step, in its own transaction, then user_version and application_id. open() does this for
    // the latest version; the schema fixture generator (tests/tools) for every earlier one.
    static Status migrateSchema(QSqlDatabase db, int upToVersion);

    // The default location: QStandardPaths::AppDataLocation/karsa.db.
    static QString defaultPath();

    // Whether a file is a Karsa database and which schema version it has, read through SQLite on a
    // query-only connection (never with QFile: see DatabaseFile).
    using FileInfo = DatabaseFile::Header;
    static FileInfo inspect(const QString& path) { return DatabaseFile::inspect(path); }

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    bool m_created = false;
    bool m_announced = false; // FilePresence::acquire() was called for m_path
    QString m_actor;
    UserSession m_session = UserSession::localOfficer();
};

} // namespace karsa
