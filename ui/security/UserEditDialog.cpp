#include "UserEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace karsa::ui {

UserEditDialog::UserEditDialog(QSqlDatabase db, Mode mode, const UserAccount& account, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_mode(mode), m_id(account.id), m_rowVersion(account.rowVersion)
{
    setWindowTitle(mode == NewUser      ? tr("New user")
                   : mode == EditUser   ? tr("Edit user %1").arg(account.username)
                                        : tr("Create the first administrator"));
    auto* layout = new QVBoxLayout(this);
    if (mode == FirstAdministrator) {
        auto* intro = new QLabel(tr("Login is switched on for this database and nobody can sign in yet. Create the "
                                    "administrator account; the administrator adds the other users (Users page)."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto* form = new QFormLayout;
    m_username = new QLineEdit(account.username, this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setReadOnly(mode == EditUser);
    m_errors.addRow(form, QStringLiteral("username"), tr("User name"), m_username, this);
    m_fullName = new QLineEdit(account.fullName, this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_errors.addRow(form, QStringLiteral("fullName"), tr("Full name"), m_fullName, this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : allRoles())
        m_role->addItem(roleLabel(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(mode == FirstAdministrator ? Role::Administrator
                                                 : mode == NewUser          ? Role::Operator
                                                                            : account.role)));
    m_role->setEnabled(mode != FirstAdministrator);
    m_errors.addRow(form, QStringLiteral("role"), tr("Role"), m_role, this);
    if (mode == EditUser) {
        m_active = new QCheckBox(tr("Active (may sign in)"), this);
        m_active->setChecked(account.active);
        form->addRow(QString(), m_active);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    if (mode == EditUser)
        m_password->setPlaceholderText(tr("leave empty to keep the password"));
    m_errors.addRow(form, QStringLiteral("password"), mode == EditUser ? tr("New password") : tr("Password"), m_password, this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_errors.addRow(form, QStringLiteral("confirm"), tr("Repeat the password"), m_confirm, this);
    layout->addLayout(form);
    m_general = m_errors.general(this);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)attempt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
}

void UserEditDialog::setValues(const QString& username, const QString& fullName, Role role, const QString& password,
                               const QString& confirmation)
{
    if (!m_username->isReadOnly())
        m_username->setText(username);
    m_fullName->setText(fullName);
    if (m_role->isEnabled())
        m_role->setCurrentIndex(m_role->findData(int(role)));
    m_password->setText(password);
    m_confirm->setText(confirmation);
}

QString UserEditDialog::errorText() const
{
    QStringList out;
    for (const QLabel* label : findChildren<QLabel*>())
        if (label->objectName().endsWith(u"Error") && !label->isHidden() && !label->text().isEmpty())
            out << label->text();
    return out.join(u'\n');
}

bool UserEditDialog::attempt()
{
    m_errors.clear();
    const QString password = m_password->text();
    if (password != m_confirm->text()) {
        Error e = makeError(tr("The two passwords differ"));
        e.field = QStringLiteral("confirm");
        m_errors.show(e);
        return false;
    }
    const Role role = static_cast<Role>(m_role->currentData().toInt());
    UserRepository users(m_db);
    Status result;
    if (m_mode == EditUser) {
        result = users.update(m_id, m_rowVersion, m_fullName->text(), role, m_active->isChecked(), password);
    } else {
        auto id = users.create(m_username->text(), m_fullName->text(), role, password);
        if (id)
            m_id = id.value();
        else
            result = id.error();
    }
    if (!result) {
        m_errors.show(result.error());
        return false;
    }
    accept();
    return true;
}

} // namespace karsa::ui
