#pragma once

#include "Database.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>

namespace karsa {

// What a backup file holds, found by checking it and opening a copy of it (never the file itself).
struct BackupCheck
{
    int schemaVersion = 0;
    qint64 employees = 0;
    qint64 users = 0;
};

// One automatic backup as the officer chooses among them (the start-up recovery offer).
struct BackupCandidate
{
    QString path;
    QDateTime madeAt; // UTC, from the file name
    QString reason;   // daily, exit, before-import, before-restore, before-vN, ...
    qint64 size = 0;
    bool usable = false;
    BackupCheck check;   // when usable
    QString problem;     // when not
};

// Backup copies and restore. Automatic backups go to the folder "<name>-backups" next to the
// database (0700), named "<name>-YYYYMMDD-HHMMSS-mmm-<reason>.db" (UTC, 0600). Each is written to a
// temporary name, checked with integrity_check and only then given its name, so a failed backup
// leaves nothing behind and pruning never removes a good copy for a bad one.
// Two pools, each pruned after a verified backup of its own kind:
// - scheduled backups ("daily" on the first open of a day, "exit" on closing the window after
//   changes): the newest of each of the last backup/keep_daily days, then the newest of each older
//   ISO week for backup/keep_weekly weeks;
// - event backups (before an import, an upgrade, a restore): the newest backup/keep_last.
class BackupManager
{
public:
    static QString folderFor(const QString& databasePath);
    // Newest first, both pools.
    static QStringList automaticBackups(const QString& databasePath);

    // An event backup: a checked copy in the backup folder, then pruning of the event pool.
    static Result<QString> automaticBackup(Database& database, const QString& reason);
    // A scheduled backup ("daily" or "exit") stamped `nowUtc`, then pruning of the scheduled pool.
    static Result<QString> scheduledBackup(Database& database, const QString& reason, const QDateTime& nowUtc);
    // The daily backup when none was made yet on `nowUtc`'s local day; an empty string when not due.
    static Result<QString> dailyBackupIfDue(Database& database, const QDateTime& nowUtc);
    // A copy the officer asked for, at target; recorded in the audit trail.
    static Status backupTo(Database& database, const QString& target);
    // Deletes all but the newest `keep` event backups of the database; returns how many went.
    static Result<int> prune(const QString& databasePath, int keep);
    // Applies the daily/weekly rule to the scheduled backups; returns how many went.
    static Result<int> pruneScheduled(const QString& databasePath, int keepDaily, int keepWeekly);

    // Checks a backup without changing it: a Karsa database of this or an older schema that passes
    // PRAGMA integrity_check and foreign_key_check, and whose copy opens (and migrates).
    static Result<BackupCheck> validate(const QString& backupPath);
    // The automatic backups of a database, newest first, each checked.
    static QList<BackupCandidate> candidates(const QString& databasePath);

    // Replaces the contents of the open database with the backup. Refused while another process has
    // the file open (FilePresence names it). Validates the backup, makes an event backup of the
    // current data ("before-restore"), writes the backup into the file through SQLite's backup API,
    // carries every audit row of the replaced data that the backup lacks into the restored database
    // (so the audit trail cannot be erased by a restore), records the restore and reopens `current`.
    // On failure `current` is (again) the database it was, and the message says why.
    static Status restore(std::unique_ptr<Database>& current, const QString& backupPath);
    // The same for a database that is not open (karsa-cli restore, start-up recovery). A missing file
    // is created; a file that cannot be opened (damaged, or not a Karsa database) is kept beside it as
    // "<name>-damaged-<stamp>.db" and the backup takes its place.
    static Status restoreFile(const QString& databasePath, const QString& backupPath, const UserSession& user);

private:
    static Result<BackupCheck> prepareCopy(const QString& backupPath, const QString& copyPath);
    static Result<QString> writeBackup(Database& database, const QString& reason, const QDateTime& nowUtc);
};

} // namespace karsa
