#pragma once

#include "security/UserSession.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace karsa::cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failure = 1, BadInput = 2, Infeasible = 3, NotSignedIn = 4 };

// What every command gets: the database path (from --db, else the default location), the
// output streams, and helpers for printing.
class Context
{
public:
    QString dbPath;
    // Who runs the command: the signed-in user (--user, when sign-in is on) or the local officer
    // ("cli:<account>"). Every connection openDatabase() makes carries it.
    UserSession session = UserSession::localOfficer(QStringLiteral("cli"));
    QTextStream out{stdout};
    QTextStream err{stderr};

    // Opens the database; on failure prints the reason and returns null. Only `init` creates a database
    // and only `init`/`upgrade` upgrade an older one: a mistyped --db is never turned into a new file.
    std::unique_ptr<Database> openDatabase(Database::Mode mode = Database::Mode::ExistingNoUpgrade);
    int fail(const QString& message, int code = Failure); // prints "karsa-cli: message" to stderr
    void printJson(const QJsonDocument& doc);
};

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `karsa-cli help`
    // Declares options and positional arguments on parser (help is added by the runner).
    virtual void setup(QCommandLineParser& parser) const = 0;
    virtual int run(Context& context, const QCommandLineParser& parser) = 0;
    // True when the command paints (PDF reports): karsa-cli then runs a windowless QGuiApplication.
    virtual bool needsGui() const { return false; }
};

// Every subcommand; add new ones in Commands.cpp.
std::vector<std::unique_ptr<Command>> allCommands();

// Writes rows as RFC 4180 CSV (quotes where needed), one line per row, with the escaping rule of
// CsvRenderer::escapeField (formula-like text neutralised; plain numbers left as they are).
void writeCsvRow(QTextStream& out, const QStringList& cells);

} // namespace karsa::cli
