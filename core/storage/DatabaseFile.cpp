#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QThread>
#include <QStringList>
#include <QUuid>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef KARSA_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace karsa {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A short-lived connection of its own (own name, removed on destruction) that never writes.
class ProbeConnection
{
public:
    enum Access { ReadOnly, QueryOnly, ReadWrite };
    ProbeConnection(const QString& path, Access access)
        : m_name(QStringLiteral("karsa-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(DatabaseFile::busyTimeoutMs());
        if (access == ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
        else if (access != ReadWrite)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
    }
    ~ProbeConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ProbeConnection(const ProbeConnection&) = delete;
    ProbeConnection& operator=(const ProbeConnection&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

Status moveFile(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdWString()), std::filesystem::path(to.toStdWString()), ec);
    if (ec)
        return makeError(QCoreApplication::translate("Backup", "%1 could not be written: %2")
                             .arg(native(to), QString::fromLocal8Bit(ec.message().c_str())));
    return {};
}

} // namespace

DatabaseFile::Header DatabaseFile::inspect(const QString& path)
{
    Header header;
    const QFileInfo fi(path);
    header.exists = fi.exists();
    if (!header.exists)
        return header;
    header.empty = fi.size() == 0;
    if (header.empty || !fi.isFile())
        return header;
    // Read-write but query-only where the file may be written, so the last connection to close still
    // tidies the -wal/-shm away; a read-only file is opened read-only.
    ProbeConnection probe(path, fi.isWritable() ? ProbeConnection::QueryOnly : ProbeConnection::ReadOnly);
    if (!probe.isOpen())
        return header;
    QSqlQuery q(probe.db());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return header; // "file is not a database"
    header.sqlite = true;
    header.applicationId = q.value(0).toUInt();
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        header.userVersion = q.value(0).toInt();
    return header;
}

int DatabaseFile::busyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("KARSA_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 15000;
}

Status DatabaseFile::makePrivateFolder(const QString& folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return {};
    // Create the missing parents one by one so each folder Karsa makes is 0700.
    QStringList missing;
    QString current = absolute;
    while (!current.isEmpty() && !QFileInfo(current).exists()) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& dir : missing) {
        if (!QDir().mkdir(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner) &&
            !QFileInfo(dir).isDir())
            return makeError(QCoreApplication::translate("Database", "Cannot create the folder %1").arg(native(dir)));
    }
    return {};
}

Status DatabaseFile::createPrivate(const QString& path)
{
    const QFileInfo fi(path);
    if (Status s = makePrivateFolder(fi.absolutePath()); !s)
        return s;
    // The file does not exist yet, so no connection of this process can hold a lock on it.
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(QCoreApplication::translate("Database", "Cannot create %1: %2").arg(native(path), f.errorString()));
    f.close();
    return {};
}

void DatabaseFile::restrictToOwner(const QString& path)
{
#ifdef Q_OS_UNIX
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const QByteArray encoded = QFile::encodeName(file);
        struct stat st;
        if (::stat(encoded.constData(), &st) == 0 && (st.st_mode & 077) != 0 && st.st_uid == ::geteuid())
            (void)::chmod(encoded.constData(), st.st_mode & 0700);
    }
#else
    Q_UNUSED(path);
#endif
}

Status DatabaseFile::copyTo(QSqlDatabase source, const QString& target, bool verify)
{
    const QFileInfo fi(target);
    const QString partial = fi.absoluteDir().filePath(u'.' + fi.fileName() + u'-' +
                                                      QUuid::createUuid().toString(QUuid::Id128).left(8) +
                                                      QStringLiteral(".partial"));
    if (Status s = createPrivate(partial); !s)
        return s;
    auto fail = [&](const Error& error) -> Status {
        QFile::remove(partial);
        return error;
    };
    QSqlQuery q(source);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return fail(makeError(QCoreApplication::translate("Backup", "The copy %1 could not be written: %2")
                                  .arg(native(target), q.lastError().text())));
    q.addBindValue(partial);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        if (isBusyError(e.nativeErrorCode(), e.databaseText()))
            return fail(makeError(busyMessage()));
        return fail(makeError(QCoreApplication::translate("Backup", "The copy %1 could not be written: %2")
                                  .arg(native(target), e.databaseText().isEmpty() ? e.text() : e.databaseText())));
    }
    q.finish();
    if (verify) {
        auto findings = check(partial);
        if (!findings)
            return fail(findings.error());
        if (!findings->isEmpty())
            return fail(makeError(QCoreApplication::translate("Backup", "The copy %1 failed its check (%2); it was not kept")
                                      .arg(native(target), findings.value())));
    }
    if (Status s = moveFile(partial, target); !s)
        return fail(s.error());
    return {};
}

Status DatabaseFile::copyFile(const QString& source, const QString& target, bool verify)
{
    if (!QFileInfo(source).isFile())
        return makeError(QCoreApplication::translate("Backup", "%1 does not exist").arg(native(source)));
    // VACUUM INTO opens its target with the flags of the source connection, so the source cannot be
    // read-only; nothing is written to it.
    ProbeConnection probe(source, ProbeConnection::ReadWrite);
    if (!probe.isOpen())
        return makeError(QCoreApplication::translate("Backup", "%1 cannot be read: %2").arg(native(source), probe.error()));
    return copyTo(probe.db(), target, verify);
}

Result<QString> DatabaseFile::check(const QString& path)
{
    ProbeConnection probe(path, ProbeConnection::ReadOnly);
    if (!probe.isOpen())
        return makeError(QCoreApplication::translate("Backup", "%1 cannot be read: %2").arg(native(path), probe.error()));
    QStringList findings;
    QSqlQuery q(probe.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        return QString(q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            findings << line;
    }
    if (!findings.isEmpty())
        return findings.join(QStringLiteral("; "));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return QString(q.lastError().databaseText());
    int broken = 0;
    QString first;
    while (q.next()) {
        if (broken++ == 0)
            first = QStringLiteral("%1 → %2").arg(q.value(0).toString(), q.value(2).toString());
    }
    if (broken > 0)
        return QCoreApplication::translate("Backup", "%n row(s) refer to rows that do not exist (first: %1)", nullptr, broken)
            .arg(first);
    return QString();
}

bool DatabaseFile::canReplaceContents()
{
#ifdef KARSA_NATIVE_SQLITE
    return true;
#else
    return false;
#endif
}

Status DatabaseFile::replaceContents(QSqlDatabase target, const QString& source)
{
#ifdef KARSA_NATIVE_SQLITE
    const QVariant handle = target.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(QStringLiteral("The database connection has no SQLite handle"));
    sqlite3* destination = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3* from = nullptr;
    const QByteArray encoded = QFile::encodeName(source);
    if (sqlite3_open_v2(encoded.constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(from));
        sqlite3_close(from);
        return makeError(QCoreApplication::translate("Backup", "%1 cannot be read: %2").arg(native(source), why));
    }
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", from, "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(from);
        return makeError(QCoreApplication::translate("Backup", "The backup could not be written into the database: %1").arg(why));
    }
    int rc = SQLITE_OK;
    QElapsedTimer waited;
    waited.start();
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waited.elapsed() > busyTimeoutMs())
                break;
            QThread::msleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    sqlite3_close(from);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return makeError(busyMessage());
    if (rc != SQLITE_DONE)
        return makeError(QCoreApplication::translate("Backup", "The backup could not be written into the database: %1")
                             .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
#else
    Q_UNUSED(target);
    Q_UNUSED(source);
    return makeError(QStringLiteral("This build cannot restore into an open database"));
#endif
}

bool DatabaseFile::isBusyError(const QString& nativeCode, const QString& text)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok);
    if (ok && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return true;
    return text.contains(u"database is locked") || text.contains(u"database table is locked");
}

QString DatabaseFile::busyMessage()
{
    return QCoreApplication::translate("Database",
                                       "The database file is busy in another program (another Karsa window or karsa-cli) "
                                       "and did not become free in time. Nothing was changed; try again in a moment.");
}

} // namespace karsa
