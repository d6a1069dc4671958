#pragma once

#include "Database.h"
#include "common/Result.h"

#include <QStringList>

#include <memory>

namespace karsa {

// What a backup file holds, found by opening a copy of it (never the file itself).
struct BackupCheck
{
    int schemaVersion = 0;
    qint64 employees = 0;
    qint64 users = 0;
};

// Backup copies and restore. Automatic backups go to the folder "<name>-backups" next to the
// database, named "<name>-YYYYMMDD-HHMMSS-mmm-<reason>.db", and only the newest N are kept
// (setting backup/keep_last). Importers call automaticBackup(db, "before-import") before applying.
class BackupManager
{
public:
    static QString folderFor(const QString& databasePath);
    // Newest first.
    static QStringList automaticBackups(const QString& databasePath);

    // A consistent copy (VACUUM INTO) in the backup folder, then pruning to the newest N.
    // Returns the file written.
    static Result<QString> automaticBackup(Database& database, const QString& reason);
    // A copy the officer asked for, at target; recorded in the audit trail.
    static Status backupTo(Database& database, const QString& target);
    // Deletes all but the newest `keep` automatic backups of the database; returns how many went.
    static Result<int> prune(const QString& databasePath, int keep);

    // Checks a backup without changing it: a Karsa database of this or an older schema, whose copy
    // opens (and migrates) and passes PRAGMA integrity_check.
    static Result<BackupCheck> validate(const QString& backupPath);

    // Replaces the open database with the backup: validates it, makes an automatic backup of the
    // current data ("before-restore"), closes `current`, puts the backup in its place and reopens
    // it into `current` (recording the restore in the audit trail). On failure `current` stays (or
    // is again) the database it was, and the message says why.
    static Status restore(std::unique_ptr<Database>& current, const QString& backupPath);
    // The same for a database that is not open (karsa-cli restore); a missing target is created.
    static Status restoreFile(const QString& databasePath, const QString& backupPath, const QString& actor);

private:
    static Result<BackupCheck> prepareCopy(const QString& backupPath, const QString& copyPath);
};

} // namespace karsa
