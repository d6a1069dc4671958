#pragma once

#include "common/Page.h"

class QLabel;

namespace karsa::ui {

class RowTableModel;
class TablePanel;

// Pengguna: the accounts of this database with their roles; administrators add users, change
// roles, deactivate, reset passwords and lift lockouts.
class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(Workspace* workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Users"); }
    Permission requiredPermission() const override { return Permission::ManageUsers; }

    RowTableModel* model() const { return m_model; }
    TablePanel* panel() const { return m_panel; }

protected:
    void reload() override;

private:
    void addUser();
    void editUser(qint64 id);
    void unlockUser(qint64 id);

    RowTableModel* m_model = nullptr;
    TablePanel* m_panel = nullptr;
    QLabel* m_loginState = nullptr;
};

} // namespace karsa::ui
