#include "UsersPage.h"

#include "UserEditDialog.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"
#include "storage/UserRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace karsa::ui {

UsersPage::UsersPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<h2>Users</h2><p>Administrators manage users and settings; operators edit data and "
                                  "run imports; leadership (pimpinan) reads, prints and exports. Every change is kept in "
                                  "the audit trail.</p>"),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_loginState = new QLabel(this);
    m_loginState->setObjectName(QStringLiteral("loginState"));
    m_loginState->setWordWrap(true);
    layout->addWidget(m_loginState);
    m_model = new RowTableModel({{tr("User name"), ReportColumn::Type::Text, {}},
                                 {tr("Full name"), ReportColumn::Type::Text, {}},
                                 {tr("Role"), ReportColumn::Type::Text, {}},
                                 {tr("Status"), ReportColumn::Type::Text, {}},
                                 {tr("Last sign-in"), ReportColumn::Type::Text, {}}},
                                this);
    m_panel = new TablePanel(workspace, m_model, this);
    m_panel->table()->setObjectName(QStringLiteral("users"));
    m_panel->setReportTitle(tr("Users"), tr("users"));
    m_panel->setColumnWidths({150, 240, 200, 220, 180});
    auto* add = new QPushButton(tr("New user…"), this);
    add->setObjectName(QStringLiteral("newUser"));
    auto* edit = new QPushButton(tr("Edit…"), this);
    auto* unlock = new QPushButton(tr("Unlock"), this);
    m_panel->toolbar()->insertWidget(0, add);
    m_panel->toolbar()->insertWidget(1, edit);
    m_panel->toolbar()->insertWidget(2, unlock);
    layout->addWidget(m_panel, 1);
    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->currentId())
            editUser(id);
    });
    connect(unlock, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_panel->currentId())
            unlockUser(id);
    });
    connect(m_panel, &TablePanel::activatedId, this, &UsersPage::editUser);
    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & Workspace::AnySettings)
            invalidate();
    });
}

void UsersPage::reload()
{
    const bool required = UserRepository::loginRequired(workspace()->db());
    m_loginState->setText(required ? tr("Login is <b>on</b>: everyone signs in with a user name and password.")
                                   : tr("Login is <b>off</b>: whoever starts Karsa works as the local officer with "
                                        "administrator rights. Switch it on in Settings ▸ Security &amp; backups."));
    auto users = UserRepository(workspace()->db()).all();
    QVector<RowTableModel::Row> rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const UserAccount& a : users ? users.value() : QList<UserAccount>()) {
        RowTableModel::Row row;
        row.id = a.id;
        QString status = a.active ? tr("Active") : tr("Deactivated");
        if (a.lockedUntil.isValid() && a.lockedUntil > now)
            status = tr("Locked until %1").arg(IndonesianFormat::dateTime(a.lockedUntil.toLocalTime()));
        row.display = {a.username, a.fullName, roleLabel(a.role), status,
                       a.lastLoginAt.isValid() ? IndonesianFormat::dateTime(a.lastLoginAt.toLocalTime()) : QString()};
        if (!a.active)
            row.foreground = QColor(0x80, 0x80, 0x80);
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
    m_panel->updateCount();
}

void UsersPage::addUser()
{
    if (Status s = workspace()->session().require(Permission::ManageUsers); !s) {
        QMessageBox::warning(this, tr("Users"), s.error().describe());
        return;
    }
    UserEditDialog dialog(workspace()->db(), UserEditDialog::NewUser, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        invalidate();
}

void UsersPage::editUser(qint64 id)
{
    if (Status s = workspace()->session().require(Permission::ManageUsers); !s) {
        QMessageBox::warning(this, tr("Users"), s.error().describe());
        return;
    }
    auto account = UserRepository(workspace()->db()).byId(id);
    if (!account)
        return;
    UserEditDialog dialog(workspace()->db(), UserEditDialog::EditUser, account.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        invalidate();
}

void UsersPage::unlockUser(qint64 id)
{
    if (Status s = workspace()->session().require(Permission::ManageUsers); !s) {
        QMessageBox::warning(this, tr("Users"), s.error().describe());
        return;
    }
    if (Status s = UserRepository(workspace()->db()).unlock(id); !s)
        QMessageBox::warning(this, tr("Users"), s.error().describe());
    invalidate();
}

} // namespace karsa::ui
