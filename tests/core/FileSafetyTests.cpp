// The database file is never damaged or silently changed: locks, permissions, busy writers,
// restore refusals, the audit trail across a restore, and the automatic backup rotation.
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/DatabaseFile.h"
#include "storage/FilePresence.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <sys/stat.h>

using namespace karsa;
using namespace karsa::test;

namespace {

int modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

qint64 count(QSqlDatabase db, const QString& table)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toLongLong();
}

QByteArray hashOf(const QString& path)
{
    QFile f(path); // never a file a connection of this test has open
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Sets an environment variable for the scope.
struct ScopedEnv
{
    QByteArray name;
    ScopedEnv(const char* n, const QByteArray& value) : name(n) { qputenv(n, value); }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};

} // namespace

TEST_CASE("Opening and closing another connection keeps the locks of the connections already open", "[core][filesafety]")
{
    TempDatabase db;
    makeMiniOrg(db.db(), QStringLiteral("U1"));
    REQUIRE(locksHeldOn(db.path()) >= 1);
    {
        auto second = Database::open(db.path(), Database::Mode::OpenExisting);
        REQUIRE(second.ok());
        CHECK(Database::inspect(db.path()).userVersion == Database::latestSchemaVersion());
    }
    CHECK(BackupManager::validate(db.path()).ok());
    CHECK(DatabaseFile::check(db.path()).value().isEmpty());
    CHECK(locksHeldOn(db.path()) >= 1);
    CHECK(QFileInfo::exists(db.path() + QStringLiteral("-wal")));
}

TEST_CASE("A new database, its WAL, SHM and backups are readable by their owner only", "[core][filesafety]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/karsa"));
    const QString path = folder + QStringLiteral("/city.db");
    auto db = Database::open(path, Database::Mode::CreateOrOpen);
    REQUIRE(db.ok());
    makeMiniOrg(db.value()->db());
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("data"))) == 0700);
    auto backup = BackupManager::automaticBackup(*db.value(), QStringLiteral("before-import"));
    REQUIRE(backup.ok());
    CHECK(modeOf(backup.value()) == 0600);
    CHECK(modeOf(BackupManager::folderFor(path)) == 0700);
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(BackupManager::backupTo(*db.value(), copy).ok());
    CHECK(modeOf(copy) == 0600);

    // An existing file of wider mode is narrowed when Karsa opens it.
    db.value().reset();
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    auto again = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(again.ok());
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("A writer that waits in vain for another's lock gets a plain message and changes nothing", "[core][filesafety]")
{
    ScopedEnv timeout("KARSA_BUSY_TIMEOUT_MS", "200");
    TempDatabase db;
    makeMiniOrg(db.db(), QStringLiteral("U1"));
    auto other = Database::open(db.path(), Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    Transaction holding(other.value()->db());
    REQUIRE(holding.isActive());
    REQUIRE(sql::exec(other.value()->db(), QStringLiteral("UPDATE units SET name = 'held' WHERE code = 'U1'")).ok());

    Transaction waiting(db.db());
    CHECK_FALSE(waiting.isActive());
    CHECK(waiting.beginError().message == DatabaseFile::busyMessage());
    CHECK_FALSE(waiting.beginError().message.contains(QStringLiteral("locked")));
    // A single statement outside a transaction gets the same words.
    const Status single = sql::exec(db.db(), QStringLiteral("UPDATE units SET name = 'mine' WHERE code = 'U1'"));
    REQUIRE_FALSE(single.ok());
    CHECK(single.error().message == DatabaseFile::busyMessage());

    holding.rollback();
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT name FROM units WHERE code = 'U1'"))->toString() == QStringLiteral("Unit U1"));
    Transaction now(db.db());
    CHECK(now.isActive()); // free again
}

TEST_CASE("A file is never created or upgraded by opening it for existing work", "[core][filesafety]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("mistyped.db"));
    for (auto mode : {Database::Mode::OpenExisting, Database::Mode::ExistingNoUpgrade}) {
        auto refused = Database::open(missing, mode);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("does not exist or is empty")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    CHECK_FALSE(Database::open(empty, Database::Mode::OpenExisting).ok());
    CHECK(QFileInfo(empty).size() == 0);

    // An older schema: refused for read-only work, untouched.
    const QString older = dir.filePath(QStringLiteral("older.db"));
    {
        auto db = Database::open(older, Database::Mode::CreateOrOpen);
        REQUIRE(db.ok());
        REQUIRE(sql::exec(db.value()->db(), QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1)).ok());
    }
    const QByteArray before = hashOf(older);
    auto refused = Database::open(older, Database::Mode::ExistingNoUpgrade);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("needs an upgrade")));
    CHECK(hashOf(older) == before);
    CHECK(BackupManager::automaticBackups(older).isEmpty());
}

TEST_CASE("Another process on the file is named, and restore is refused while it is open there", "[core][filesafety]")
{
    TempDatabase db;
    makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QString backup = db.dir() + QStringLiteral("/copy.db");
    REQUIRE(BackupManager::backupTo(*db, backup).ok());
    makeMiniOrg(db.db(), QStringLiteral("U2"));
    CHECK(FilePresence::others(db.path()).isEmpty()); // this process never counts itself

    std::unique_ptr<Database> current = Database::open(db.path(), Database::Mode::OpenExisting).value();
    db.close();
    {
        DatabaseHolder holder(current->path());
        REQUIRE(holder.isReady());
        const auto others = FilePresence::others(current->path());
        REQUIRE(others.size() == 1);
        CHECK(others.constFirst().pid == holder.pid());
        CHECK_FALSE(others.constFirst().program.isEmpty());

        const Status refused = BackupManager::restore(current, backup);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("open in another program")));
        CHECK(refused.error().message.contains(QStringLiteral("PID %1").arg(holder.pid())));
        REQUIRE(current);
        CHECK(count(current->db(), QStringLiteral("units")) == 2);
        CHECK(BackupManager::automaticBackups(current->path()).isEmpty()); // refused before anything
    }
    CHECK(FilePresence::others(current->path()).isEmpty()); // its lock went with it
    REQUIRE(BackupManager::restore(current, backup).ok());
    CHECK(count(current->db(), QStringLiteral("units")) == 1);
}

TEST_CASE("Restore carries the audit rows of the data it replaces into the restored database", "[core][filesafety]")
{
    TempDatabase db;
    REQUIRE(db->setActor(QStringLiteral("operator-a")).ok());
    makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QString backup = db.dir() + QStringLiteral("/monday.db");
    REQUIRE(BackupManager::backupTo(*db, backup).ok());
    // After the backup: changes whose audit rows the backup does not have.
    makeMiniOrg(db.db(), QStringLiteral("U2"));
    REQUIRE(sql::exec(db.db(), QStringLiteral("UPDATE units SET name = 'Renamed' WHERE code = 'U1'")).ok());
    const qint64 auditBefore = count(db.db(), QStringLiteral("audit_log"));
    const auto renamed = AuditLog::query(db.db(), AuditFilter{{}, {}, {}, QStringLiteral("units"), QStringLiteral("update"), {}, 0});
    REQUIRE(renamed->size() == 1);

    std::unique_ptr<Database> current = Database::open(db.path(), Database::Mode::OpenExisting).value();
    REQUIRE(current->setActor(QStringLiteral("admin")).ok());
    db.close();
    REQUIRE(BackupManager::restore(current, backup).ok());
    QSqlDatabase d = current->db();
    CHECK(count(d, QStringLiteral("units")) == 1);
    CHECK(sql::scalar(d, QStringLiteral("SELECT name FROM units"))->toString() == QStringLiteral("Unit U1"));
    // Every row of the replaced trail is there, with its own time and actor, plus the restore's rows.
    CHECK(count(d, QStringLiteral("audit_log")) >= auditBefore + 1);
    const auto carried = AuditLog::query(d, AuditFilter{{}, {}, {}, QStringLiteral("units"), QStringLiteral("update"), {}, 0});
    REQUIRE(carried->size() == 1);
    CHECK(carried->constFirst().actor == QStringLiteral("operator-a"));
    CHECK(carried->constFirst().at == renamed->constFirst().at);
    CHECK(carried->constFirst().newValues == renamed->constFirst().newValues);
    CHECK(sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'units' AND action = 'insert' "
                                        "AND new_values LIKE '%U2%'"))->toInt() == 1);
    const auto restores = AuditLog::query(d, AuditFilter{{}, {}, {}, {}, QStringLiteral("restore"), {}, 0});
    REQUIRE(restores->size() == 1);
    CHECK(restores->constFirst().newValues.contains(QStringLiteral("audit_rows_carried")));
    CHECK(DatabaseFile::check(current->path()).value().isEmpty());

    // Restoring the same backup again duplicates nothing.
    const qint64 once = count(d, QStringLiteral("audit_log"));
    REQUIRE(BackupManager::restore(current, backup).ok());
    CHECK(count(current->db(), QStringLiteral("audit_log")) <= once + 4); // its own backup/restore rows only
    CHECK(AuditLog::query(current->db(), AuditFilter{{}, {}, {}, QStringLiteral("units"), QStringLiteral("update"), {}, 0})->size() == 1);
}

TEST_CASE("A backup that fails its foreign-key check is refused", "[core][filesafety]")
{
    TempDatabase db;
    makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QString broken = db.dir() + QStringLiteral("/broken.db");
    REQUIRE(BackupManager::backupTo(*db, broken).ok());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fk-breaker"));
        raw.setDatabaseName(broken);
        REQUIRE(raw.open());
        REQUIRE(sql::exec(raw, QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        REQUIRE(sql::exec(raw, QStringLiteral("UPDATE positions SET unit_id = 999999")).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fk-breaker"));
    auto check = BackupManager::validate(broken);
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().message.contains(QStringLiteral("refer to rows that do not exist")));
    std::unique_ptr<Database> current = Database::open(db.path(), Database::Mode::OpenExisting).value();
    db.close();
    CHECK_FALSE(BackupManager::restore(current, broken).ok());
    CHECK(count(current->db(), QStringLiteral("positions")) == 1);
}

TEST_CASE("Scheduled backups keep the newest of each of the last days, then one per week", "[core][filesafety]")
{
    TempDatabase db;
    SettingsRepository settings(db.db());
    REQUIRE(settings.setValue(QStringLiteral("backup/keep_daily"), QStringLiteral("3")).ok());
    REQUIRE(settings.setValue(QStringLiteral("backup/keep_weekly"), QStringLiteral("2")).ok());
    // Noon local time on each of 30 consecutive days, two backups on each day.
    const QDateTime start(QDate(2026, 10, 1), QTime(12, 0));
    QStringList written;
    for (int day = 0; day < 30; ++day) {
        for (int hour : {0, 5}) {
            const QDateTime at = start.addDays(day).addSecs(hour * 3600).toUTC();
            auto made = BackupManager::scheduledBackup(*db, hour == 0 ? QStringLiteral("daily") : QStringLiteral("exit"), at);
            REQUIRE(made.ok());
            written << made.value();
        }
    }
    const QStringList kept = BackupManager::automaticBackups(db.path());
    // 3 days (the newest of each: the exit backups of Oct 30, 29, 28) + 2 older weeks.
    REQUIRE(kept.size() == 5);
    CHECK(kept.at(0) == written.at(59));
    CHECK(kept.at(1) == written.at(57));
    CHECK(kept.at(2) == written.at(55));
    QSet<int> weeks;
    for (int i = 3; i < 5; ++i) {
        const QString name = QFileInfo(kept.at(i)).fileName();
        CHECK(name.endsWith(QStringLiteral("-exit.db")));
        const QDate d = QDateTime::fromString(name.mid(name.indexOf(u'-') + 1, 19), QStringLiteral("yyyyMMdd-HHmmss-zzz"))
                            .date();
        int year = 0;
        weeks.insert(d.weekNumber(&year));
    }
    CHECK(weeks.size() == 2);
    // Event backups are a pool of their own: the daily rule never removes them.
    REQUIRE(BackupManager::automaticBackup(*db, QStringLiteral("before-import")).ok());
    REQUIRE(BackupManager::scheduledBackup(*db, QStringLiteral("daily"), start.addDays(31).toUTC()).ok());
    CHECK(BackupManager::automaticBackups(db.path()).filter(QStringLiteral("before-import")).size() == 1);
}

TEST_CASE("The daily backup is made once a day, checked, and a failed one leaves nothing and prunes nothing", "[core][filesafety]")
{
    TempDatabase db;
    makeMiniOrg(db.db());
    REQUIRE(SettingsRepository(db.db()).setValue(QStringLiteral("backup/keep_daily"), QStringLiteral("1")).ok());
    REQUIRE(SettingsRepository(db.db()).setValue(QStringLiteral("backup/keep_weekly"), QStringLiteral("0")).ok());
    const QDateTime monday = QDateTime(QDate(2026, 11, 30), QTime(8, 0)).toUTC();
    auto first = BackupManager::dailyBackupIfDue(*db, monday);
    REQUIRE(first.ok());
    REQUIRE_FALSE(first->isEmpty());
    CHECK(BackupManager::validate(first.value())->employees == 0);
    auto again = BackupManager::dailyBackupIfDue(*db, monday.addSecs(3600));
    REQUIRE(again.ok());
    CHECK(again->isEmpty()); // not due twice on one day

    // Tuesday's backup cannot be given its name (a folder is in the way): it fails, leaves no partial
    // file and Monday's copy is not pruned although only one day is kept.
    const QDateTime tuesday = monday.addDays(1);
    const QString folder = BackupManager::folderFor(db.path());
    const QString blocked = QDir(folder).filePath(QFileInfo(db.path()).completeBaseName() + u'-' +
                                                  tuesday.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QStringLiteral("-daily.db"));
    REQUIRE(QDir().mkpath(blocked + QStringLiteral("/x")));
    auto failed = BackupManager::dailyBackupIfDue(*db, tuesday);
    REQUIRE_FALSE(failed.ok());
    CHECK(QFileInfo::exists(first.value()));
    const QStringList leftovers = QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    CHECK(leftovers.isEmpty());
    QDir(blocked).removeRecursively();
    auto tuesdays = BackupManager::dailyBackupIfDue(*db, tuesday.addSecs(60));
    REQUIRE(tuesdays.ok());
    CHECK_FALSE(QFileInfo::exists(first.value())); // pruned only after a good one was written
    CHECK(BackupManager::automaticBackups(db.path()) == QStringList{tuesdays.value()});
}

TEST_CASE("A damaged file is restored from a backup and kept beside it", "[core][filesafety]")
{
    TempDatabase db;
    makeMiniOrg(db.db(), QStringLiteral("U1"));
    auto good = BackupManager::dailyBackupIfDue(*db, QDateTime::currentDateTimeUtc());
    REQUIRE(good.ok());
    const QString path = db.path();
    db.close();
    {
        QFile f(path); // no connection is open: damaging the first page is safe for the test
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(4096, 'x'));
    }
    REQUIRE_FALSE(Database::open(path, Database::Mode::OpenExisting).ok());
    const auto candidates = BackupManager::candidates(path);
    REQUIRE(candidates.size() == 1);
    CHECK(candidates.constFirst().usable);
    REQUIRE(BackupManager::restoreFile(path, good.value(), UserSession{0, QStringLiteral("local:test"), {}, Role::Administrator}).ok());
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    CHECK(count(opened.value()->db(), QStringLiteral("units")) == 1);
    const QStringList aside = QFileInfo(path).absoluteDir().entryList({QStringLiteral("test-damaged-*.db")});
    CHECK(aside.size() == 1);
}
