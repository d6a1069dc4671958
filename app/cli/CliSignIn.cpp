#include "CliSignIn.h"

#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace karsa::cli {

QString CliSignIn::readPassword(const QString& prompt)
{
    if (qEnvironmentVariableIsSet("KARSA_PASSWORD"))
        return qEnvironmentVariable("KARSA_PASSWORD");
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return QString();
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios old {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    return line;
#else
    Q_UNUSED(prompt);
    return QString();
#endif
}

Result<UserSession> CliSignIn::signIn(const QString& databasePath, const QString& userName)
{
    const UserSession local = UserSession::localOfficer(QStringLiteral("cli"));
    const QFileInfo fi(databasePath);
    if (!fi.isFile() || fi.size() == 0)
        return local;
    auto db = Database::open(databasePath, Database::Mode::ExistingNoUpgrade);
    if (!db)
        return local; // the command itself reports why the file cannot be used
    UserRepository users(db.value()->db());
    auto admins = users.activeAdministrators();
    const bool required = UserRepository::loginRequired(db.value()->db()) && admins && admins.value() > 0;
    if (!required && userName.isEmpty())
        return local;
    if (userName.isEmpty())
        return makeError(QCoreApplication::translate("CliSignIn", "Sign-in is required for this database: give --user NAME and the "
                                                                  "password (KARSA_PASSWORD, or typed when asked). Nothing was done."));
    const QString password = readPassword(QCoreApplication::translate("CliSignIn", "Password for %1: ").arg(userName));
    auto account = users.authenticate(userName, password);
    if (!account) {
        Error e = account.error();
        e.message += QCoreApplication::translate("CliSignIn", " Nothing was done.");
        return e;
    }
    return account->session();
}

} // namespace karsa::cli
