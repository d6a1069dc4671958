// The window and the database file: start-up on a damaged file, other processes on the same file,
// changes written elsewhere, and the scheduled backups.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "shell/MainWindow.h"
#include "shell/RecoveryDialog.h"
#include "shell/Workspace.h"
#include "storage/BackupManager.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace karsa;
using namespace karsa::ui;

namespace {
qint64 unitsIn(QSqlDatabase db)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM units"))->toLongLong();
}

void damageFirstPage(const QString& path)
{
    QFile f(path); // no connection is open on it here
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(4096, '\0'));
}
} // namespace

TEST_CASE("Start-up on a damaged database offers its newest good backup and restores it", "[ui][filesafety]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto older = BackupManager::scheduledBackup(*db, QStringLiteral("daily"), now.addDays(-2));
    REQUIRE(older.ok());
    test::makeMiniOrg(db.db(), QStringLiteral("U2"));
    auto good = BackupManager::scheduledBackup(*db, QStringLiteral("daily"), now.addDays(-1));
    REQUIRE(good.ok());
    test::makeMiniOrg(db.db(), QStringLiteral("U3"));
    auto newest = BackupManager::scheduledBackup(*db, QStringLiteral("exit"), now);
    REQUIRE(newest.ok());
    const QString path = db.path();
    db.close();
    damageFirstPage(newest.value()); // the newest backup is bad too
    damageFirstPage(path);
    auto refused = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE_FALSE(refused.ok());

    RecoveryDialog dialog(path, refused.error().describe());
    REQUIRE(dialog.candidates().size() == 3);
    CHECK_FALSE(dialog.candidates().at(0).usable);
    CHECK(dialog.candidates().at(1).usable);
    CHECK(dialog.candidates().at(1).check.employees == 0);
    CHECK(dialog.selectedRow() == 1); // the newest good one
    REQUIRE(dialog.restoreSelected().ok());
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    CHECK(unitsIn(opened.value()->db()) == 2);
    CHECK(QFileInfo(path).absoluteDir().entryList({QStringLiteral("test-damaged-*.db")}).size() == 1);
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("karsa-recovery-dialog.png")));
}

TEST_CASE("A second program on the same file is named in the status bar, and its changes refresh the pages", "[ui][filesafety]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QString path = db.path();
    db.close();
    MainWindow window(Database::open(path, Database::Mode::OpenExisting).value());
    Workspace* workspace = window.workspace();
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("othersUsingFile"));
    REQUIRE(label);
    workspace->pollFile();
    CHECK(workspace->othersUsingFile().isEmpty());
    CHECK(label->isHidden());
    {
        test::DatabaseHolder holder(path);
        REQUIRE(holder.isReady());
        workspace->pollFile();
        CHECK(workspace->othersUsingFile().contains(QStringLiteral("PID %1").arg(holder.pid())));
        CHECK(label->text().contains(QStringLiteral("PID %1").arg(holder.pid())));
        CHECK_FALSE(label->isHidden());
    }
    workspace->pollFile();
    CHECK(workspace->othersUsingFile().isEmpty());
    CHECK(label->isHidden());

    // A write by another connection is noticed and the pages are told to refresh.
    QSignalSpy changed(workspace, &Workspace::dataChanged);
    QSignalSpy external(workspace, &Workspace::externalChange);
    CHECK_FALSE(workspace->pollFile());
    {
        auto other = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(other.ok());
        test::makeMiniOrg(other.value()->db(), QStringLiteral("U2"));
    }
    CHECK(workspace->pollFile());
    CHECK(external.count() == 1);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<Workspace::DataKinds>() == Workspace::DataKinds(Workspace::Everything));
    CHECK(unitsIn(workspace->db()) == 2);
    CHECK_FALSE(workspace->pollFile()); // seen once
}

TEST_CASE("The window makes the daily backup when it opens a file and one on closing after changes", "[ui][filesafety]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QString path = db.path();
    db.close();
    MainWindow window(Database::open(path, Database::Mode::OpenExisting).value());
    Workspace* workspace = window.workspace();
    QSignalSpy made(workspace, &Workspace::backupMade);
    workspace->setAutomaticBackups(true);
    REQUIRE(made.wait(20000));
    const QStringList afterOpen = BackupManager::automaticBackups(path);
    REQUIRE(afterOpen.size() == 1);
    CHECK(afterOpen.constFirst().endsWith(QStringLiteral("-daily.db")));
    CHECK_FALSE(workspace->pollFile()); // the backup's own audit row is not "a change elsewhere"

    // Closing without changes: no backup; after a change: the exit backup.
    CHECK(workspace->exitBackup().value().isEmpty());
    test::makeMiniOrg(workspace->db(), QStringLiteral("U2"));
    workspace->notifyChanged(Workspace::Units);
    window.show();
    REQUIRE(window.close());
    const QStringList afterClose = BackupManager::automaticBackups(path);
    // The same day: the exit backup is the newest of the day, the one the daily rule keeps.
    REQUIRE(afterClose.size() == 1);
    CHECK(afterClose.constFirst().endsWith(QStringLiteral("-exit.db")));
    CHECK(BackupManager::validate(afterClose.constFirst()).ok());
}
