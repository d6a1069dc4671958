#pragma once

#include "common/FieldErrors.h"
#include "storage/UserRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace karsa::ui {

// Adds a user, edits one (name, role, active, optionally a new password), or — on a database
// where login is on and nobody can sign in yet — creates the first administrator.
// attempt() is what OK does; tests fill the fields and call it.
class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { NewUser, EditUser, FirstAdministrator };
    UserEditDialog(QSqlDatabase db, Mode mode, const UserAccount& account = {}, QWidget* parent = nullptr);

    void setValues(const QString& username, const QString& fullName, Role role, const QString& password,
                   const QString& confirmation);
    bool attempt();
    qint64 userId() const { return m_id; }
    QString errorText() const;

private:
    QSqlDatabase m_db;
    Mode m_mode;
    qint64 m_id = 0;
    int m_rowVersion = 0; // of the account as shown
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_active = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
};

} // namespace karsa::ui
