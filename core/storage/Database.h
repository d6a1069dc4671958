#pragma once

#include "common/Result.h"

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
        CreateOrOpen, // create a new database when the file is missing or empty
        OpenExisting  // the file must already be a Karsa database
    };

    // Opens (and if needed creates and migrates) the database at path. A file that is not a Karsa
    // database, or was written by a newer Karsa, is refused with a clear message and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::CreateOrOpen);

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

    // Writes a consistent copy of the open database to target (VACUUM INTO).
    Status backupTo(const QString& target) const;

    // Who the audit trail names for writes through this connection (storage/AuditLog); openAnother()
    // passes it on. Defaults to the local officer ("local:<account>").
    const QString& actor() const { return m_actor; }
    Status setActor(const QString& actor);

    // The default location: QStandardPaths::AppDataLocation/karsa.db.
    static QString defaultPath();

    // Reads the SQLite header of a file without opening it: whether it is a Karsa database and
    // which schema version it has. Used before opening so a foreign file is never touched.
    struct FileInfo
    {
        bool exists = false;
        bool empty = false;
        bool sqlite = false;
        quint32 applicationId = 0;
        int userVersion = 0;
    };
    static FileInfo inspect(const QString& path);

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(int fromVersion);

    QString m_path;
    QString m_connectionName;
    bool m_created = false;
    QString m_actor;
};

} // namespace karsa
