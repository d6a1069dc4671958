#include "BackupManager.h"
#include "session/Session.h"

#include "AuditLog.h"
#include "DatabaseFile.h"
#include "FilePresence.h"
#include "SettingsRepository.h"
#include "Sql.h"
#include "security/SecuritySettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
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

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QRegularExpression backupPattern(const QString& databasePath)
{
    return QRegularExpression(u'^' + QRegularExpression::escape(baseName(databasePath)) +
                              QStringLiteral("-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.db$"));
}

bool isScheduled(const QString& reason)
{
    return reason == u"daily" || reason == u"exit";
}

struct BackupName
{
    QString path;
    QDateTime madeAt;
    QString reason;
};

QList<BackupName> listBackups(const QString& databasePath)
{
    const QDir dir(BackupManager::folderFor(databasePath));
    const QRegularExpression pattern = backupPattern(databasePath);
    QList<BackupName> out;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        const auto m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), kStampFormat);
        at.setTimeSpec(Qt::UTC);
        out.append({dir.filePath(name), at, m.captured(2)});
    }
    return out;
}

int setting(QSqlDatabase db, const QString& key, int fallback, int minimum)
{
    return qMax(minimum, SettingsRepository(db).intValue(key, fallback));
}

Status moveFile(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdWString()), std::filesystem::path(to.toStdWString()), ec);
    if (ec)
        return makeError(QCoreApplication::translate("Backup", "%1 could not be replaced: %2")
                             .arg(native(to), QString::fromLocal8Bit(ec.message().c_str())));
    return {};
}

QString openElsewhereMessage(const QList<FilePresence::Holder>& holders)
{
    return QCoreApplication::translate("Backup", "The database is open in another program (%1); close it there and restore "
                                                 "again. Nothing was changed.")
        .arg(FilePresence::describe(holders));
}

// Inserts the audit rows of `replacedFile` that `db` does not have (same time, actor, action, record
// and values), keeping their original time and actor; returns how many.
Result<qint64> carryAuditRows(QSqlDatabase db, const QString& replacedFile)
{
    if (Status s = sql::exec(db, QStringLiteral("ATTACH DATABASE ? AS replaced"), {replacedFile}); !s)
        return s.error();
    Result<qint64> carried = qint64(0);
    {
        const qint64 before = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM main.audit_log")).value().toLongLong();
        Status s = sql::exec(db, QStringLiteral(
            "INSERT INTO main.audit_log (at, actor, action, table_name, record_id, old_values, new_values, detail) "
            "SELECT r.at, r.actor, r.action, r.table_name, r.record_id, r.old_values, r.new_values, r.detail "
            "FROM replaced.audit_log r WHERE NOT EXISTS (SELECT 1 FROM main.audit_log m WHERE m.at = r.at "
            "AND m.actor = r.actor AND m.action = r.action AND m.table_name = r.table_name AND m.record_id = r.record_id "
            "AND m.detail = r.detail AND m.old_values IS r.old_values AND m.new_values IS r.new_values) ORDER BY r.id"));
        if (!s)
            carried = s.error();
        else
            carried = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM main.audit_log")).value().toLongLong() - before;
    }
    (void)sql::exec(db, QStringLiteral("DETACH DATABASE replaced"));
    return carried;
}

} // namespace

QString BackupManager::folderFor(const QString& databasePath)
{
    const QFileInfo fi(databasePath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-backups"));
}

QStringList BackupManager::automaticBackups(const QString& databasePath)
{
    QStringList out;
    for (const BackupName& b : listBackups(databasePath))
        out << b.path;
    return out;
}

Result<QString> BackupManager::writeBackup(Database& database, const QString& reason, const QDateTime& nowUtc)
{
    const QString folder = folderFor(database.path());
    if (Status s = DatabaseFile::makePrivateFolder(folder); !s)
        return makeError(QCoreApplication::translate("Backup", "Cannot create the backup folder %1").arg(native(folder)));
    QString tag = reason.toLower();
    tag.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]+")), QStringLiteral("-"));
    if (tag.isEmpty())
        tag = QStringLiteral("auto");
    const QString stamp = nowUtc.toUTC().toString(kStampFormat);
    const QString target = QDir(folder).filePath(baseName(database.path()) + u'-' + stamp + u'-' + tag + QStringLiteral(".db"));
    if (Status s = database.backupTo(target, true); !s)
        return s.error();
    (void)AuditLog::record(database.db(), QStringLiteral("backup"), QString(), QString(),
                           QCoreApplication::translate("Backup", "Automatic backup (%1) to %2").arg(reason, native(target)));
    return target;
}

Result<QString> BackupManager::automaticBackup(Database& database, const QString& reason)
{
    auto target = writeBackup(database, reason, QDateTime::currentDateTimeUtc());
    if (!target)
        return target;
    const int keep = setting(database.db(), SecuritySettings::kBackupKeepLast, 10, 1);
    if (auto pruned = prune(database.path(), keep); !pruned)
        return pruned.error();
    return target;
}

Result<QString> BackupManager::scheduledBackup(Database& database, const QString& reason, const QDateTime& nowUtc)
{
    auto target = writeBackup(database, reason, nowUtc);
    if (!target)
        return target;
    const int keepDaily = setting(database.db(), SecuritySettings::kBackupKeepDaily, 7, 1);
    const int keepWeekly = setting(database.db(), SecuritySettings::kBackupKeepWeekly, 4, 0);
    if (auto pruned = pruneScheduled(database.path(), keepDaily, keepWeekly); !pruned)
        return pruned.error();
    return target;
}

Result<QString> BackupManager::dailyBackupIfDue(Database& database, const QDateTime& nowUtc)
{
    const QDate today = nowUtc.toLocalTime().date();
    for (const BackupName& b : listBackups(database.path())) {
        if (isScheduled(b.reason) && b.madeAt.toLocalTime().date() == today)
            return QString();
    }
    return scheduledBackup(database, QStringLiteral("daily"), nowUtc);
}

Status BackupManager::backupTo(Database& database, const QString& target)
{
    if (Status allowed = Session::require(database.db(), Permission::MakeBackup); !allowed)
        return allowed;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath())
        return makeError(QCoreApplication::translate("Backup", "Choose a different file from the open database"));
    if (Status s = database.backupTo(target, true); !s)
        return s;
    return AuditLog::record(database.db(), QStringLiteral("backup"), QString(), QString(),
                            QCoreApplication::translate("Backup", "Backup copy saved to %1").arg(native(target)));
}

Result<int> BackupManager::prune(const QString& databasePath, int keep)
{
    int kept = 0;
    int removed = 0;
    for (const BackupName& b : listBackups(databasePath)) {
        if (isScheduled(b.reason))
            continue;
        if (kept++ < qMax(1, keep))
            continue;
        if (!QFile::remove(b.path))
            return makeError(QCoreApplication::translate("Backup", "The old backup %1 could not be deleted").arg(native(b.path)));
        ++removed;
    }
    return removed;
}

Result<int> BackupManager::pruneScheduled(const QString& databasePath, int keepDaily, int keepWeekly)
{
    QSet<QDate> days;
    QSet<int> weeks;
    int removed = 0;
    for (const BackupName& b : listBackups(databasePath)) { // newest first
        if (!isScheduled(b.reason))
            continue;
        const QDate day = b.madeAt.toLocalTime().date();
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear) + isoYear * 100;
        bool keep = false;
        if (!days.contains(day) && days.size() < qMax(1, keepDaily)) {
            days.insert(day);
            keep = true;
        } else if (!days.contains(day) && !weeks.contains(week) && weeks.size() < keepWeekly) {
            weeks.insert(week);
            keep = true;
        }
        if (keep)
            continue;
        if (!QFile::remove(b.path))
            return makeError(QCoreApplication::translate("Backup", "The old backup %1 could not be deleted").arg(native(b.path)));
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
    // The backup itself is checked (read-only): a copy would rebuild damaged indexes and hide it.
    auto findings = DatabaseFile::check(backupPath);
    if (!findings)
        return findings.error();
    if (!findings->isEmpty())
        return makeError(QCoreApplication::translate("Backup", "%1 is damaged (%2); nothing was restored").arg(native(backupPath), findings.value()));
    if (Status s = DatabaseFile::copyFile(backupPath, copyPath, false); !s)
        return s.error();
    BackupCheck check;
    {
        auto copy = Database::open(copyPath, Database::Mode::OpenExisting);
        if (!copy) {
            QFile::remove(copyPath);
            return makeError(QCoreApplication::translate("Backup", "%1 cannot be used: %2").arg(native(backupPath), copy.error().message));
        }
        check.schemaVersion = copy.value()->schemaVersion();
        check.employees = sql::scalar(copy.value()->db(), QStringLiteral("SELECT COUNT(*) FROM employees")).value().toLongLong();
        check.users = sql::scalar(copy.value()->db(), QStringLiteral("SELECT COUNT(*) FROM users")).value().toLongLong();
    }
    // An older backup was upgraded: check the upgraded copy too.
    if (info.userVersion < Database::latestSchemaVersion()) {
        auto upgraded = DatabaseFile::check(copyPath);
        if (!upgraded || !upgraded->isEmpty()) {
            QFile::remove(copyPath);
            return makeError(QCoreApplication::translate("Backup", "%1 cannot be used after upgrading it (%2); nothing was restored")
                                 .arg(native(backupPath), upgraded ? upgraded.value() : upgraded.error().message));
        }
    }
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

QList<BackupCandidate> BackupManager::candidates(const QString& databasePath)
{
    QList<BackupCandidate> out;
    for (const BackupName& b : listBackups(databasePath)) {
        BackupCandidate c;
        c.path = b.path;
        c.madeAt = b.madeAt;
        c.reason = b.reason;
        c.size = QFileInfo(b.path).size();
        auto check = validate(b.path);
        c.usable = check.ok();
        if (check)
            c.check = check.value();
        else
            c.problem = check.error().message;
        out.append(c);
    }
    return out;
}

Status BackupManager::restore(std::unique_ptr<Database>& current, const QString& backupPath)
{
    if (Status allowed = Session::require(current->db(), Permission::RestoreBackup); !allowed)
        return allowed;
    const QString path = current->path();
    const UserSession user = current->session();
    const QString actor = current->actor();
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return makeError(QCoreApplication::translate("Backup", "The backup is the open database itself"));
    if (const auto holders = FilePresence::others(path); !holders.isEmpty())
        return makeError(openElsewhereMessage(holders));
    QTemporaryDir temp;
    if (!temp.isValid())
        return makeError(QCoreApplication::translate("Backup", "No temporary folder is available to check the backup"));
    const QString copy = temp.filePath(QStringLiteral("restoring.db"));
    auto check = prepareCopy(backupPath, copy);
    if (!check)
        return check.error();
    auto safety = automaticBackup(*current, QStringLiteral("before-restore"));
    if (!safety)
        return safety.error();

    auto reopen = [&]() -> Status {
        current.reset();
        auto again = Database::open(path, Database::Mode::OpenExisting);
        if (!again)
            return again.error();
        current = std::move(again).value();
        if (Status s = current->setSession(user); !s)
            return s;
        return current->setActor(actor);
    };
    if (DatabaseFile::canReplaceContents()) {
        if (Status s = DatabaseFile::replaceContents(current->db(), copy); !s) {
            (void)DatabaseFile::replaceContents(current->db(), safety.value());
            (void)reopen();
            return s;
        }
    } else {
        // Without SQLite's backup API: swap the file while this process holds the only connection.
        current.reset();
        const QString swapped = QFileInfo(path).absoluteDir().filePath(u'.' + QFileInfo(path).fileName() + QStringLiteral(".restoring"));
        if (Status s = DatabaseFile::copyFile(copy, swapped, true); !s) {
            (void)reopen();
            return s;
        }
        if (Status s = moveFile(swapped, path); !s) {
            QFile::remove(swapped);
            (void)reopen();
            return s;
        }
    }
    if (Status s = reopen(); !s)
        return s;
    auto carried = carryAuditRows(current->db(), safety.value());
    if (!carried)
        return makeError(QCoreApplication::translate("Backup", "The backup was restored, but the audit trail of the replaced data could "
                                                               "not be carried over (it is kept in %1): %2")
                             .arg(native(safety.value()), carried.error().message));
    return AuditLog::record(current->db(), QStringLiteral("restore"), QString(), QString(),
                            QCoreApplication::translate("Backup", "Restored from %1; the data it replaced was saved as %2")
                                .arg(native(backupPath), native(safety.value())),
                            QJsonObject{{QStringLiteral("backup"), backupPath},
                                        {QStringLiteral("employees"), check->employees},
                                        {QStringLiteral("schema"), check->schemaVersion},
                                        {QStringLiteral("audit_rows_carried"), carried.value()}});
}

Status BackupManager::restoreFile(const QString& databasePath, const QString& backupPath, const UserSession& user)
{
    const QFileInfo fi(databasePath);
    if (fi.exists() && fi.size() > 0) {
        if (const auto holders = FilePresence::others(databasePath); !holders.isEmpty())
            return makeError(openElsewhereMessage(holders));
        auto current = Database::open(databasePath, Database::Mode::OpenExisting);
        if (current) {
            std::unique_ptr<Database> db = std::move(current).value();
            if (Status s = db->setSession(user); !s)
                return s;
            return restore(db, backupPath);
        }
    }
    QTemporaryDir temp;
    if (!temp.isValid())
        return makeError(QCoreApplication::translate("Backup", "No temporary folder is available to check the backup"));
    const QString copy = temp.filePath(QStringLiteral("restoring.db"));
    auto check = prepareCopy(backupPath, copy);
    if (!check)
        return check.error();
    QString setAside;
    if (fi.exists()) {
        // The file cannot be opened (damaged, or not a Karsa database): keep it beside the restored one.
        setAside = fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral("-damaged-") +
                                             QDateTime::currentDateTimeUtc().toString(kStampFormat) + QStringLiteral(".db"));
        if (Status s = moveFile(databasePath, setAside); !s)
            return s;
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(databasePath + suffix))
                (void)moveFile(databasePath + suffix, setAside + suffix);
        }
    }
    if (Status s = DatabaseFile::copyFile(copy, databasePath, true); !s)
        return s;
    auto reopened = Database::open(databasePath, Database::Mode::OpenExisting);
    if (!reopened)
        return reopened.error();
    (void)reopened.value()->setSession(user);
    const QString detail = setAside.isEmpty()
                               ? QCoreApplication::translate("Backup", "Restored from %1").arg(native(backupPath))
                               : QCoreApplication::translate("Backup", "Restored from %1; the file it replaced could not be opened "
                                                                       "and was kept as %2")
                                     .arg(native(backupPath), native(setAside));
    return AuditLog::record(reopened.value()->db(), QStringLiteral("restore"), QString(), QString(), detail);
}

} // namespace karsa
