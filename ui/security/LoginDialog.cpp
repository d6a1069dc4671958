#include "LoginDialog.h"

#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace karsa::ui {

LoginDialog::LoginDialog(Database& database, QWidget* parent) : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Sign in — Karsa"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b><br>Sign in with your Karsa user name and password.")
                                 .arg(QFileInfo(database.path()).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)attempt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

void LoginDialog::setCredentials(const QString& username, const QString& password)
{
    m_username->setText(username);
    m_password->setText(password);
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool LoginDialog::attempt()
{
    auto account = UserRepository(m_database.db()).authenticate(m_username->text(), m_password->text());
    if (!account) {
        m_error->setText(account.error().describe());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_session = account->session();
    m_error->clear();
    accept();
    return true;
}

} // namespace karsa::ui
