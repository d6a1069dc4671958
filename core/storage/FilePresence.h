#pragma once

#include <QList>
#include <QString>

namespace karsa {

// Which other processes have a database file open. Each process that opens a Karsa database holds a
// one-byte lock (at its own PID) in the sidecar "<file>-karsa-lock" for as long as it has the file
// open; another process lists those locks with F_GETLK, which names the holder's PID. The sidecar is
// never the database itself (SQLite's own locks are untouched) and a crashed process's lock vanishes
// with it. This process opens the sidecar once and keeps it open (closing any descriptor of a file
// would drop this process's lock on it).
class FilePresence
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString program; // e.g. "karsa", "karsa-cli"
    };

    // Counted: the lock is held until release() was called as often as acquire().
    static void acquire(const QString& databasePath);
    static void release(const QString& databasePath);
    // The other processes holding the file (never this one).
    static QList<Holder> others(const QString& databasePath);
    // "karsa-cli (PID 4242), karsa (PID 17)"
    static QString describe(const QList<Holder>& holders);
    static QString lockFileFor(const QString& databasePath);
};

} // namespace karsa
