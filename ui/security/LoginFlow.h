#pragma once

#include "security/UserSession.h"

#include <functional>
#include <optional>

class QWidget;

namespace karsa {
class Database;
}

namespace karsa::ui {

// Who works on a database that is being opened. Login off: the local officer, no dialog. Login on
// and nobody able to sign in: the first administrator is created (UserEditDialog), then signed in.
// Otherwise the sign-in dialog. nullopt when the officer cancels.
// Tests and tools replace the dialogs with setPrompt() so nothing ever waits for a click.
class LoginFlow
{
public:
    using Prompt = std::function<std::optional<UserSession>(Database&)>;
    static std::optional<UserSession> signIn(Database& database, QWidget* parent = nullptr);
    static void setPrompt(Prompt prompt); // empty = the real dialogs
};

} // namespace karsa::ui
