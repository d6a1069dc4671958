#pragma once

#include "security/UserSession.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace karsa {
class Database;
}

namespace karsa::ui {

// Sign-in to one database. A wrong password or a locked account keeps the dialog open with the
// reason; attempt() is what the OK button does (tests call it directly).
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database& database, QWidget* parent = nullptr);

    void setCredentials(const QString& username, const QString& password);
    bool attempt(); // true when signed in (the dialog is accepted)
    std::optional<UserSession> session() const { return m_session; }
    QString errorText() const;

private:
    Database& m_database;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    std::optional<UserSession> m_session;
};

} // namespace karsa::ui
