// Pictures of the sign-in and user dialogs, for looking at their layout (run with
// `KARSA_SHOTS_DIR=/tmp/x karsa_ui_tests "[.security-shots]"`); not part of the suite.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "security/LoginDialog.h"
#include "security/UserEditDialog.h"
#include "settings/SettingsPage.h"
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
