#include "LoginFlow.h"

#include "LoginDialog.h"
#include "UserEditDialog.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

namespace karsa::ui {

namespace {
LoginFlow::Prompt& prompt()
{
    static LoginFlow::Prompt p;
    return p;
}
} // namespace

void LoginFlow::setPrompt(Prompt p)
{
    prompt() = std::move(p);
}

std::optional<UserSession> LoginFlow::signIn(Database& database, QWidget* parent)
{
    if (!UserRepository::loginRequired(database.db()))
        return UserSession::localOfficer();
    if (prompt())
        return prompt()(database);
    UserRepository users(database.db());
    auto admins = users.activeAdministrators();
    if (admins && admins.value() == 0) {
        UserEditDialog first(database.db(), UserEditDialog::FirstAdministrator, {}, parent);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        auto account = users.byId(first.userId());
        if (!account)
            return std::nullopt;
        return account->session();
    }
    LoginDialog dialog(database, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

} // namespace karsa::ui
