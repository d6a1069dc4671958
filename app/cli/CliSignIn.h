#pragma once

#include "common/Result.h"
#include "security/UserSession.h"

namespace karsa::cli {

// Who runs a karsa-cli command. When the database requires sign-in (setting security/login_required
// and at least one active administrator) the command runs only for a user who gives their name
// (--user) and password (KARSA_PASSWORD, else asked on the terminal without echo); a wrong password
// counts toward the lockout exactly as in the window. Without sign-in the command runs as the local
// officer ("cli:<account>"), or as --user when one is given and their password is right. A missing
// database or one that cannot be opened is left to the command (which says why).
class CliSignIn
{
public:
    static Result<UserSession> signIn(const QString& databasePath, const QString& userName);
    static QString readPassword(const QString& prompt);
};

} // namespace karsa::cli
