#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace karsa {

// Everything Karsa does to a database file besides using it: reading its header, creating it,
// copying it, checking it. A live database file is only ever opened through SQLite: on POSIX systems
// closing any descriptor of a file drops every lock the process holds on it, SQLite's included, so a
// QFile open/close on a database that a connection of this process has open lets another process
// checkpoint and delete the -wal under that connection.
class DatabaseFile
{
public:
    // Header facts, read through SQLite (a query-only connection), never with QFile.
    struct Header
    {
        bool exists = false;
        bool empty = false;
        bool sqlite = false;
        quint32 applicationId = 0;
        int userVersion = 0;
    };
    static Header inspect(const QString& path);

    // Milliseconds a connection waits for another one's write lock before giving up
    // (KARSA_BUSY_TIMEOUT_MS overrides the default of 15 s).
    static int busyTimeoutMs();

    // Creates an empty file readable by its owner only (0600); its folder is created 0700 when missing.
    // SQLite gives the -wal and -shm files the mode of the database file.
    static Status createPrivate(const QString& path);
    // Creates the folder (and missing parents) with mode 0700 for the folders it creates.
    static Status makePrivateFolder(const QString& folder);
    // Narrows an existing database file (and its -wal/-shm) to 0600; chmod never opens the file.
    static void restrictToOwner(const QString& path);

    // Writes a consistent copy of the database that `source` is connected to into target (VACUUM INTO
    // a temporary file next to it, created 0600), checks the copy with PRAGMA integrity_check when
    // `verify` is set, and only then moves it to target. On any failure nothing is left behind.
    static Status copyTo(QSqlDatabase source, const QString& target, bool verify);
    // The same from a file this process does not have open (a backup being restored, a damaged file):
    // read through a query-only SQLite connection.
    static Status copyFile(const QString& source, const QString& target, bool verify);

    // PRAGMA integrity_check and foreign_key_check on a file through a query-only connection:
    // an empty string when both pass, else what they found (first findings only).
    static Result<QString> check(const QString& path);

    // Copies every page of `source` into the database that `target` is connected to, through
    // SQLite's online backup API, so other connections see the new content and no file is swapped
    // under them. Needs Qt's driver on the same libsqlite3 as Karsa (KARSA_NATIVE_SQLITE).
    static Status replaceContents(QSqlDatabase target, const QString& source);
    static bool canReplaceContents();

    // True when the error comes from SQLite waiting in vain for another connection's lock.
    static bool isBusyError(const QString& nativeCode, const QString& text);
    static QString busyMessage();
};

} // namespace karsa
