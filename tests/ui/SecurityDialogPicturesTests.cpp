// Pictures of the sign-in and user dialogs, for looking at their layout (run with
// `KARSA_SHOTS_DIR=/tmp/x karsa_ui_tests "[.security-shots]"`); not part of the suite.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "security/LoginDialog.h"
#include "security/UserEditDialog.h"
#include "common/TableExport.h"
#include "profile/EmployeeProfile.h"
#include "profile/ProfileFormatter.h"
#include "settings/SettingsPage.h"
#include "storage/EmployeeRepository.h"
#include "shell/Workspace.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QTabWidget>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("Pictures of the sign-in, first administrator and user dialogs", "[.security-shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    test::TempDatabase db;
    UserEditDialog first(db.db(), UserEditDialog::FirstAdministrator);
    first.show();
    first.setValues(QStringLiteral("ad"), QStringLiteral("Admin BKPSDM"), Role::Administrator, QStringLiteral("123"),
                    QStringLiteral("123"));
    CHECK_FALSE(first.attempt());
    REQUIRE(first.grab().save(QDir(dir).filePath(QStringLiteral("first-admin.png"))));
    first.setValues(QStringLiteral("admin"), QStringLiteral("Admin BKPSDM"), Role::Administrator, QStringLiteral("rahasia-sekali"),
                    QStringLiteral("rahasia-sekali"));
    REQUIRE(first.attempt());

    LoginDialog login(*db);
    login.show();
    login.setCredentials(QStringLiteral("admin"), QStringLiteral("salah"));
    CHECK_FALSE(login.attempt());
    REQUIRE(login.grab().save(QDir(dir).filePath(QStringLiteral("login.png"))));

    auto account = UserRepository(db.db()).byId(first.userId());
    UserEditDialog edit(db.db(), UserEditDialog::EditUser, account.value());
    edit.show();
    REQUIRE(edit.grab().save(QDir(dir).filePath(QStringLiteral("edit-user.png"))));
}

TEST_CASE("Picture of the Security & backups settings tab", "[.security-shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    SettingsPage page(&workspace);
    page.resize(1100, 700);
    page.show();
    page.activate();
    auto* tabs = page.findChild<QTabWidget*>();
    REQUIRE(tabs);
    tabs->setCurrentIndex(tabs->count() - 1);
    REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("settings-security.png"))));
}

TEST_CASE("A profile exported by leadership, with NIK and contacts masked", "[.security-shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    Employee e;
    e.nip = QStringLiteral("198609262015051001");
    e.name = QStringLiteral("Budi Santoso");
    e.birthDate = QDate(1986, 9, 26);
    e.unitId = org.unitId;
    e.positionId = org.positionId;
    e.nik = QStringLiteral("3578012609860001");
    e.phone = QStringLiteral("081234567890");
    e.email = QStringLiteral("budi@surabaya.go.id");
    e.address = QStringLiteral("Jl. Jimerto 25, Surabaya");
    const qint64 id = EmployeeRepository(db.db()).insert(e).value();
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    UserSession viewer;
    viewer.userId = 5;
    viewer.username = QStringLiteral("kaban");
    viewer.role = Role::Viewer;
    workspace.setSession(viewer);
    auto snapshot = AnalyticsSnapshot::compute(Session(db.path(), UserSession::localOfficer()), QDate(2026, 11, 29)).value();
    const ReportDocument doc = ProfileFormatter::document(EmployeeProfile::build(snapshot, workspace.db(), id), Letterhead(),
                                                          QImage(), QDate(2026, 11, 29));
    REQUIRE(writeDocument(&workspace, doc, QDir(dir).filePath(QStringLiteral("profile-masked.pdf"))).ok());
    REQUIRE(writeDocument(&workspace, doc, QDir(dir).filePath(QStringLiteral("profile-masked.xlsx"))).ok());
}
