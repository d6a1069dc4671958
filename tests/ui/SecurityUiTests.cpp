#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/DbCommand.h"
#include "common/Page.h"
#include "common/RowTableModel.h"
#include "common/TableExport.h"
#include "common/TablePanel.h"
#include "employees/EmployeesPage.h"
#include "profile/EmployeeProfile.h"
#include "profile/ProfileFormatter.h"
#include "security/ExportGuard.h"
#include "storage/EmployeeRepository.h"
#include "security/AuditPage.h"
#include "security/LoginDialog.h"
#include "security/LoginFlow.h"
#include "security/SecuritySettings.h"
#include "security/UserEditDialog.h"
#include "security/UsersPage.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace karsa;
using namespace karsa::ui;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

UserSession sessionFor(Role role, const QString& name)
{
    UserSession s;
    s.userId = 99;
    s.username = name;
    s.fullName = name;
    s.role = role;
    return s;
}

// Restores the real dialogs after a test replaced them.
struct PromptGuard
{
    ~PromptGuard() { LoginFlow::setPrompt({}); }
};
} // namespace

TEST_CASE("With login off the local officer works without any dialog", "[ui][security]")
{
    test::TempDatabase db;
    REQUIRE(SettingsRepository(db.db()).setValue(SecuritySettings::kLoginRequired, QStringLiteral("0")).ok());
    const auto session = LoginFlow::signIn(*db); // would block if it opened a dialog
    REQUIRE(session.has_value());
    CHECK(session->isLocalOfficer());
    CHECK(session->role == Role::Administrator);
}

TEST_CASE("The first administrator is created, then signs in; wrong passwords are explained", "[ui][security]")
{
    test::TempDatabase db;
    UserEditDialog first(db.db(), UserEditDialog::FirstAdministrator);
    first.setValues(QStringLiteral("admin"), QStringLiteral("Admin BKPSDM"), Role::Viewer, QStringLiteral("rahasia-sekali"),
                    QStringLiteral("rahasia-lain"));
    CHECK_FALSE(first.attempt());
    CHECK(first.errorText().contains(QStringLiteral("differ")));
    first.setValues(QStringLiteral("admin"), QStringLiteral("Admin BKPSDM"), Role::Viewer, QStringLiteral("rahasia-sekali"),
                    QStringLiteral("rahasia-sekali"));
    REQUIRE(first.attempt());
    auto account = UserRepository(db.db()).byId(first.userId());
    REQUIRE(account.ok());
    CHECK(account->role == Role::Administrator); // the first user is always an administrator

    LoginDialog login(*db);
    login.setCredentials(QStringLiteral("admin"), QStringLiteral("salah"));
    CHECK_FALSE(login.attempt());
    CHECK(login.errorText().contains(QStringLiteral("wrong")));
    login.setCredentials(QStringLiteral("admin"), QStringLiteral("rahasia-sekali"));
    REQUIRE(login.attempt());
    CHECK(login.session()->username == QStringLiteral("admin"));
    CHECK(login.session()->role == Role::Administrator);
}

TEST_CASE("A viewer sees no edit buttons, no Users or Audit pages, and core refuses the edit", "[ui][security]")
{
    test::TempDatabase db;
    MainWindow window(Database::open(db.path()).value());
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(nav);
    auto pageIndex = [&window](const char* className) {
        for (int i = 0; i < window.pages().size(); ++i)
            if (window.pages()[i]->inherits(className))
                return i;
        return -1;
    };
    const int users = pageIndex("karsa::ui::UsersPage");
    const int audit = pageIndex("karsa::ui::AuditPage");
    REQUIRE(users >= 0);
    REQUIRE(audit >= 0);
    CHECK_FALSE(nav->item(users)->isHidden()); // local officer = administrator

    window.workspace()->setSession(sessionFor(Role::Viewer, QStringLiteral("kaban")));
    CHECK(nav->item(users)->isHidden());
    CHECK(nav->item(audit)->isHidden());
    auto* employees = window.findChild<EmployeesPage*>();
    REQUIRE(employees);
    int editButtons = 0;
    for (QPushButton* b : employees->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Delete") || b->text() == QStringLiteral("New…"))
            editButtons += b->isHidden() ? 0 : 1;
    CHECK(editButtons == 0);
    const Status refused = DbCommand::execute(
        window.workspace(), QStringLiteral("test"), [](QSqlDatabase) { return Status(); }, [](QSqlDatabase) { return Status(); },
        Workspace::Units);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("kaban")));

    window.workspace()->setSession(sessionFor(Role::Operator, QStringLiteral("sari")));
    CHECK(nav->item(users)->isHidden());
    int visible = 0;
    for (QPushButton* b : employees->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Delete"))
            visible += b->isHidden() ? 0 : 1;
    CHECK(visible == 1);
    CHECK_FALSE(DbCommand::execute(window.workspace(), QStringLiteral("settings"), [](QSqlDatabase) { return Status(); },
                                   [](QSqlDatabase) { return Status(); }, Workspace::Settings)
                    .ok());
    CHECK(DbCommand::execute(window.workspace(), QStringLiteral("data"), [](QSqlDatabase) { return Status(); },
                             [](QSqlDatabase) { return Status(); }, Workspace::Units)
              .ok());
}

TEST_CASE("The audit page lists changes with old and new values and filters them", "[ui][audit]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    workspace.setSession(sessionFor(Role::Administrator, QStringLiteral("admin")));
    test::makeMiniOrg(workspace.db());
    REQUIRE(sql::exec(workspace.db(), QStringLiteral("UPDATE units SET name = 'Dinas Baru' WHERE code = 'U1'")).ok());
    AuditPage page(&workspace);
    QAbstractItemModelTester tester(page.model(), kFatal);
    page.activate();
    CHECK(page.model()->rowCount() > 2);
    AuditFilter filter;
    filter.table = QStringLiteral("units");
    filter.action = QStringLiteral("update");
    page.setFilter(filter);
    REQUIRE(page.model()->rowCount() == 1);
    const QModelIndex change = page.model()->index(0, 5);
    CHECK(change.data().toString().contains(QStringLiteral("→ Dinas Baru")));
    CHECK(page.model()->index(0, 1).data().toString() == QStringLiteral("admin"));
    page.panel()->table()->selectRow(0);
    CHECK(page.detailText().contains(QStringLiteral("Before:")));
    CHECK(page.detailText().contains(QStringLiteral("\"name\": \"Dinas Baru\"")));
    filter.actor = QStringLiteral("admin");
    page.setFilter(filter);
    CHECK(page.model()->rowCount() == 1);
    filter.action = QStringLiteral("delete");
    page.setFilter(filter);
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("The users page lists accounts with their roles", "[ui][security]")
{
    test::TempDatabase db;
    UserRepository users(db.db());
    REQUIRE(users.create(QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator, QStringLiteral("12345678")).ok());
    REQUIRE(users.create(QStringLiteral("kaban"), QStringLiteral("Kepala Badan"), Role::Viewer, QStringLiteral("12345678")).ok());
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    UsersPage page(&workspace);
    QAbstractItemModelTester tester(page.model(), kFatal);
    page.activate();
    REQUIRE(page.model()->rowCount() == 2);
    QStringList roles;
    for (int r = 0; r < 2; ++r)
        roles << page.model()->index(r, 2).data().toString();
    CHECK(roles.contains(QStringLiteral("Leadership (read only)")));
    CHECK(roles.contains(QStringLiteral("Administrator")));
}

TEST_CASE("Exports from the GUI mask NIK for non-administrators and land in the audit trail", "[ui][audit][security]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    workspace.setSession(sessionFor(Role::Operator, QStringLiteral("sari")));
    ReportTable table;
    table.title = QStringLiteral("Kontak Pegawai");
    table.columns = {ReportColumn::text(QStringLiteral("c0"), QStringLiteral("Name")),
                     ReportColumn::text(QStringLiteral("c1"), QStringLiteral("NIK"))};
    table.addRow({QStringLiteral("Budi"), QStringLiteral("3578012609860001")});
    const QString csv = db.dir() + QStringLiteral("/kontak.csv");
    REQUIRE(writeDocument(&workspace, ReportDocument::fromTable(table), csv).ok());
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(f.readAll());
    CHECK(written.contains(QStringLiteral("3578**********01")));
    CHECK_FALSE(written.contains(QStringLiteral("3578012609860001")));
    // Read by the administrator: an operator may not read the audit trail.
    auto exports = AuditLog::query(db.db(), AuditFilter{{}, {}, {}, {}, QStringLiteral("export"), {}, 0});
    REQUIRE(exports->size() == 1);
    CHECK(exports->constFirst().actor == QStringLiteral("sari"));
    CHECK(exports->constFirst().detail.contains(QStringLiteral("kontak.csv")));
    CHECK(exports->constFirst().detail.contains(QStringLiteral("NIK masked")));
}

TEST_CASE("Restoring a backup from the main window reopens the restored data and signs in again", "[ui][backup]")
{
    PromptGuard guard;
    test::TempDatabase db;
    test::makeMiniOrg(db.db(), QStringLiteral("U1"));
    const QString backup = db.dir() + QStringLiteral("/before.db");
    REQUIRE(BackupManager::backupTo(*db, backup).ok());
    test::makeMiniOrg(db.db(), QStringLiteral("U2"));
    db.close();
    MainWindow window(Database::open(db.path(), Database::Mode::OpenExisting).value());
    int prompts = 0;
    LoginFlow::setPrompt([&prompts](Database&) {
        ++prompts;
        return std::optional<UserSession>(sessionFor(Role::Administrator, QStringLiteral("admin")));
    });
    REQUIRE(window.restoreFromBackup(backup).ok());
    CHECK(prompts == 1);
    CHECK(window.workspace()->session().username == QStringLiteral("admin"));
    CHECK(sql::scalar(window.workspace()->db(), QStringLiteral("SELECT COUNT(*) FROM units"))->toInt() == 1);
    CHECK(BackupManager::automaticBackups(db.path()).size() == 1);

    // A file that is not a backup changes nothing.
    const QString junk = db.dir() + QStringLiteral("/junk.db");
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("junk");
    }
    window.workspace()->setSession(sessionFor(Role::Administrator, QStringLiteral("admin")));
    const Status refused = window.restoreFromBackup(junk);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not a Karsa database backup")));
    CHECK(prompts == 1);
    REQUIRE(window.workspace()->hasDatabase());
    CHECK(sql::scalar(window.workspace()->db(), QStringLiteral("SELECT COUNT(*) FROM units"))->toInt() == 1);
}

TEST_CASE("The profile report carries NIK and contact data, masked for leadership exports", "[ui][security]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    Employee e;
    e.nip = QStringLiteral("198609262015051001");
    e.name = QStringLiteral("Budi Santoso");
    e.birthDate = QDate(1986, 9, 26);
    e.unitId = org.unitId;
    e.positionId = org.positionId;
    e.nik = QStringLiteral("3578012609860001");
    e.email = QStringLiteral("budi@surabaya.go.id");
    auto id = EmployeeRepository(db.db()).insert(e);
    REQUIRE(id.ok());
    auto snapshot = AnalyticsSnapshot::compute(Session(db.path(), UserSession::localOfficer()), QDate(2026, 11, 29));
    REQUIRE(snapshot.ok());
    const EmployeeProfile profile = EmployeeProfile::build(snapshot.value(), db.db(), id.value());
    const ReportDocument document = ProfileFormatter::document(profile, Letterhead(), QImage(), QDate(2026, 11, 29));
    auto valueOf = [](const ReportDocument& doc, const QString& label) {
        for (const ReportSection& s : doc.sections)
            if (const auto* kv = std::get_if<KeyValueSection>(&s))
                for (const auto& [k, v] : kv->items)
                    if (k == label)
                        return v;
        return QString();
    };
    CHECK(valueOf(document, QStringLiteral("NIK")) == e.nik);
    auto forViewer = ExportGuard::prepare(db.db(), sessionFor(Role::Viewer, QStringLiteral("kaban")), document);
    REQUIRE(forViewer.ok());
    CHECK(forViewer->masked);
    CHECK(valueOf(forViewer->document, QStringLiteral("NIK")) == QStringLiteral("3578**********01"));
    CHECK(valueOf(forViewer->document, QStringLiteral("E-mail")) == QStringLiteral("b***@surabaya.go.id"));
    CHECK(valueOf(forViewer->document, QStringLiteral("Phone")) == QStringLiteral("—"));
    auto forAdmin = ExportGuard::prepare(db.db(), sessionFor(Role::Administrator, QStringLiteral("admin")), document);
    CHECK(valueOf(forAdmin->document, QStringLiteral("NIK")) == e.nik);
}
