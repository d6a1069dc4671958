#include "FilePresence.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace karsa {

namespace {

struct Entry
{
    int fd = -1;
    int count = 0;
};

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Entry>& registry()
{
    static QHash<QString, Entry> entries;
    return entries;
}

QString keyFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath();
}

#ifdef Q_OS_UNIX
QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (comm.open(QIODevice::ReadOnly))
        return QString::fromLocal8Bit(comm.readAll()).trimmed();
    return QString();
}

int openLockFile(const QString& databasePath)
{
    const QByteArray path = QFile::encodeName(FilePresence::lockFileFor(databasePath));
    return ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

QList<FilePresence::Holder> holdersOn(int fd)
{
    // F_GETLK reports one conflicting lock of a range, not necessarily the lowest: split the range
    // around each lock found and look again on both sides.
    QList<FilePresence::Holder> out;
    QList<std::pair<off_t, off_t>> ranges{{0, 0}}; // (start, length); 0 = to any offset
    for (int guard = 0; guard < 4096 && !ranges.isEmpty(); ++guard) {
        const auto [start, length] = ranges.takeLast();
        struct flock fl = {};
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        fl.l_start = start;
        fl.l_len = length;
        if (::fcntl(fd, F_GETLK, &fl) != 0 || fl.l_type == F_UNLCK)
            continue;
        if (fl.l_pid > 0 && std::none_of(out.cbegin(), out.cend(), [&](const auto& h) { return h.pid == fl.l_pid; }))
            out.append({fl.l_pid, programOf(fl.l_pid)});
        if (fl.l_start > start)
            ranges.append({start, fl.l_start - start});
        if (fl.l_len > 0) {
            const off_t after = fl.l_start + fl.l_len;
            if (length == 0)
                ranges.append({after, 0});
            else if (after < start + length)
                ranges.append({after, start + length - after});
        }
    }
    return out;
}
#endif

} // namespace

QString FilePresence::lockFileFor(const QString& databasePath)
{
    return keyFor(databasePath) + QStringLiteral("-karsa-lock");
}

void FilePresence::acquire(const QString& databasePath)
{
#ifdef Q_OS_UNIX
    QMutexLocker lock(&registryMutex());
    Entry& entry = registry()[keyFor(databasePath)];
    if (entry.count++ > 0)
        return;
    entry.fd = openLockFile(databasePath);
    if (entry.fd < 0)
        return; // a read-only folder: presence is not announced, everything else works
    struct flock fl = {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = static_cast<off_t>(::getpid());
    fl.l_len = 1;
    (void)::fcntl(entry.fd, F_SETLK, &fl);
#else
    Q_UNUSED(databasePath);
#endif
}

void FilePresence::release(const QString& databasePath)
{
#ifdef Q_OS_UNIX
    QMutexLocker lock(&registryMutex());
    auto it = registry().find(keyFor(databasePath));
    if (it == registry().end() || --it->count > 0)
        return;
    if (it->fd >= 0)
        ::close(it->fd); // drops this process's lock on the sidecar only
    registry().erase(it);
#else
    Q_UNUSED(databasePath);
#endif
}

QList<FilePresence::Holder> FilePresence::others(const QString& databasePath)
{
#ifdef Q_OS_UNIX
    QMutexLocker lock(&registryMutex());
    auto it = registry().find(keyFor(databasePath));
    if (it != registry().end() && it->fd >= 0)
        return holdersOn(it->fd);
    // This process holds no lock on the sidecar, so a descriptor of its own may come and go.
    if (!QFileInfo::exists(lockFileFor(databasePath)))
        return {};
    const int fd = openLockFile(databasePath);
    if (fd < 0)
        return {};
    const QList<Holder> out = holdersOn(fd);
    ::close(fd);
    return out;
#else
    Q_UNUSED(databasePath);
    return {};
#endif
}

QString FilePresence::describe(const QList<Holder>& holders)
{
    QStringList parts;
    for (const Holder& h : holders)
        parts << QCoreApplication::translate("Database", "%1 (PID %2)")
                     .arg(h.program.isEmpty() ? QCoreApplication::translate("Database", "a program") : h.program)
                     .arg(h.pid);
    return parts.join(QStringLiteral(", "));
}

} // namespace karsa
