#include "BackupManager.h"

#include "AuditLog.h"
#include "SettingsRepository.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <filesystem>

namespace karsa {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QRegularExpression backupPattern(const QString& databasePath)
{
    return QRegularExpression(u'^' + QRegularExpression::escape(baseName(databasePath)) +
                              QStringLiteral("-\\d{8}-\\d{6}-\\d{3}-[a-z0-9-]+\\.db$"));
}

void removeSidecars(const QString& path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

Status replaceFile(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdWString()), std::filesystem::path(to.toStdWString()), ec);
    if (ec)
        return makeError(QCoreApplication::translate("Backup", "%1 could not be replaced: %2")
                             .arg(native(to), QString::fromLocal8Bit(ec.message().c_str())));
    return {};
}

} // namespace

QString BackupManager::folderFor(const QString& databasePath)
{
    const QFileInfo fi(databasePath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-backups"));
}

QStringList BackupManager::automaticBackups(const QString& databasePath)
{
    const QDir dir(folderFor(databasePath));
    const QRegularExpression pattern = backupPattern(databasePath);
    QStringList out;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (pattern.match(name).hasMatch())
            out << dir.filePath(name);
    return out;
}

Result<QString> BackupManager::automaticBackup(Database& database, const QString& reason)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return makeError(QCoreApplication::translate("Backup", "Cannot create the backup folder %1").arg(native(folder)));
    QString tag = reason.toLower();
    tag.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    if (tag.isEmpty())
        tag = QStringLiteral("auto");
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz");
    const QString target = QDir(folder).filePath(baseName(database.path()) + u'-' + stamp + u'-' + tag + QStringLiteral(".db"));
    if (Status s = database.backupTo(target); !s)
        return s.error();
    (void)AuditLog::record(database.db(), QStringLiteral("backup"), QString(), QString(),
                           QCoreApplication::translate("Backup", "Automatic backup (%1) to %2").arg(reason, native(target)));
    const int keep = qMax(1, SettingsRepository(database.db()).intValue(QStringLiteral("backup/keep_last"), 10));
    if (auto pruned = prune(database.path(), keep); !pruned)
        return pruned.error();
    return target;
}

Status BackupManager::backupTo(Database& database, const QString& target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return makeError(QCoreApplication::translate("Backup", "Choose a different file from the open database"));
    if (Status s = database.backupTo(target); !s)
        return s;
    return AuditLog::record(database.db(), QStringLiteral("backup"), QString(), QString(),
                            QCoreApplication::translate("Backup", "Backup copy saved to %1").arg(native(target)));
}

Result<int> BackupManager::prune(const QString& databasePath, int keep)
{
    const QStringList backups = automaticBackups(databasePath);
    int removed = 0;
    for (qsizetype i = qMax(1, keep); i < backups.size(); ++i) {
        if (!QFile::remove(backups[i]))
            return makeError(QCoreApplication::translate("Backup", "The old backup %1 could not be deleted").arg(native(backups[i])));
        ++removed;
    }
    return removed;
}

Result<BackupCheck> BackupManager::prepareCopy(const QString& backupPath, const QString& copyPath)
{
    const Database::FileInfo info = Database::inspect(backupPath);
    if (!info.exists)
        return makeError(QCoreApplication::translate("Backup", "%1 does not exist").arg(native(backupPath)));
    if (!info.sqlite || info.applicationId != Database::kApplicationId)
        return makeError(QCoreApplication::translate("Backup", "%1 is not a Karsa database backup; nothing was restored").arg(native(backupPath)));
    if (info.userVersion > Database::latestSchemaVersion())
        return makeError(QCoreApplication::translate("Backup", "%1 was written by a newer version of Karsa (schema %2); nothing was restored")
                             .arg(native(backupPath))
                             .arg(info.userVersion));
    QFile::remove(copyPath);
    removeSidecars(copyPath);
    if (!QFile::copy(backupPath, copyPath))
        return makeError(QCoreApplication::translate("Backup", "%1 could not be copied").arg(native(backupPath)));
    QFile(copyPath).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    BackupCheck check;
    {
        auto copy = Database::open(copyPath, Database::Mode::OpenExisting);
        if (!copy) {
            QFile::remove(copyPath);
            return makeError(QCoreApplication::translate("Backup", "%1 cannot be used: %2").arg(native(backupPath), copy.error().message));
        }
        auto integrity = sql::scalar(copy.value()->db(), QStringLiteral("PRAGMA integrity_check"));
        if (!integrity || integrity->toString() != u"ok") {
            copy.value().reset();
            QFile::remove(copyPath);
            removeSidecars(copyPath);
            return makeError(QCoreApplication::translate("Backup", "%1 is damaged (integrity check: %2); nothing was restored")
                                 .arg(native(backupPath), integrity ? integrity->toString() : integrity.error().message));
        }
        check.schemaVersion = copy.value()->schemaVersion();
        check.employees = sql::scalar(copy.value()->db(), QStringLiteral("SELECT COUNT(*) FROM employees")).value().toLongLong();
        check.users = sql::scalar(copy.value()->db(), QStringLiteral("SELECT COUNT(*) FROM users")).value().toLongLong();
        (void)sql::exec(copy.value()->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    removeSidecars(copyPath);
    // Opening an older backup migrated the copy and saved its own pre-upgrade backup: not needed.
    QDir(folderFor(copyPath)).removeRecursively();
    return check;
}

Result<BackupCheck> BackupManager::validate(const QString& backupPath)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(QCoreApplication::translate("Backup", "No temporary folder is available to check the backup"));
    return prepareCopy(backupPath, dir.filePath(QStringLiteral("check.db")));
}

Status BackupManager::restore(std::unique_ptr<Database>& current, const QString& backupPath)
{
    const QString path = current->path();
    const QString actor = current->actor();
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return makeError(QCoreApplication::translate("Backup", "The backup is the open database itself"));
    const QFileInfo fi(path);
    const QString copy = fi.absoluteDir().filePath(u'.' + fi.completeBaseName() + QStringLiteral("-restoring.db"));
    auto check = prepareCopy(backupPath, copy);
    if (!check)
        return check.error();
    auto safety = automaticBackup(*current, QStringLiteral("before-restore"));
    if (!safety) {
        QFile::remove(copy);
        return safety.error();
    }
    current.reset();
    auto reopenOriginal = [&](const Error& why) -> Status {
        auto again = Database::open(path, Database::Mode::OpenExisting);
        if (again) {
            current = std::move(again).value();
            (void)current->setActor(actor);
        }
        QFile::remove(copy);
        return why;
    };
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return reopenOriginal(makeError(QCoreApplication::translate("Backup", "The database is still open elsewhere (another window "
                                                                              "or program); close it and restore again")));
    removeSidecars(path);
    if (Status s = replaceFile(copy, path); !s)
        return reopenOriginal(s.error());
    auto reopened = Database::open(path, Database::Mode::OpenExisting);
    if (!reopened) {
        // Put the data back as it was before the restore.
        (void)QFile::remove(path);
        (void)QFile::copy(safety.value(), path);
        return reopenOriginal(reopened.error());
    }
    current = std::move(reopened).value();
    (void)current->setActor(actor);
    return AuditLog::record(current->db(), QStringLiteral("restore"), QString(), QString(),
                            QCoreApplication::translate("Backup", "Restored from %1; the data it replaced was saved as %2")
                                .arg(native(backupPath), native(safety.value())),
                            QJsonObject{{QStringLiteral("backup"), backupPath},
                                        {QStringLiteral("employees"), check->employees},
                                        {QStringLiteral("schema"), check->schemaVersion}});
}

Status BackupManager::restoreFile(const QString& databasePath, const QString& backupPath, const QString& actor)
{
    const Database::FileInfo info = Database::inspect(databasePath);
    if (info.exists && !info.empty) {
        auto current = Database::open(databasePath, Database::Mode::OpenExisting);
        if (!current)
            return current.error();
        std::unique_ptr<Database> db = std::move(current).value();
        if (Status s = db->setActor(actor); !s)
            return s;
        return restore(db, backupPath);
    }
    const QFileInfo fi(databasePath);
    if (!QDir().mkpath(fi.absolutePath()))
        return makeError(QCoreApplication::translate("Database", "Cannot create the folder %1").arg(native(fi.absolutePath())));
    const QString copy = fi.absoluteDir().filePath(u'.' + fi.completeBaseName() + QStringLiteral("-restoring.db"));
    auto check = prepareCopy(backupPath, copy);
    if (!check)
        return check.error();
    QFile::remove(databasePath);
    if (Status s = replaceFile(copy, databasePath); !s)
        return s;
    auto reopened = Database::open(databasePath, Database::Mode::OpenExisting);
    if (!reopened)
        return reopened.error();
    (void)reopened.value()->setActor(actor);
    return AuditLog::record(reopened.value()->db(), QStringLiteral("restore"), QString(), QString(),
                            QCoreApplication::translate("Backup", "Restored from %1").arg(native(backupPath)));
}

} // namespace karsa
