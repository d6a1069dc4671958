// karsa-cli: the command-line interface to Karsa, for batch work and for checking the product
// from outside. `karsa-cli help` lists the commands.
#include "Command.h"
#include "CliSignIn.h"
#include "SecurityCommands.h"
#include "reports/ReportFonts.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace karsa;
using namespace karsa::cli;

namespace {

void printUsage(QTextStream& s, const std::vector<std::unique_ptr<Command>>& commands)
{
    s << "Usage: karsa-cli [--db FILE] [--user NAME] <command> [options]\n\n"
      << "Karsa: competency-based career management for ASN (BKPSDM Kota Surabaya).\n"
      << "Without --db the default database is used: " << Database::defaultPath() << "\n"
      << "--lang id (or KARSA_LANG=id) prints messages in Bahasa Indonesia.\n"
      << "--user NAME signs in (needed when sign-in is on); the password comes from KARSA_PASSWORD or is\n"
      << "asked for on the terminal. Without valid credentials commands exit with code 4.\n\nCommands:\n";
    for (const auto& c : commands)
        s << "  " << c->name().leftJustified(18) << c->summary() << "\n";
    s << "\n`karsa-cli <command> --help` describes a command's options.\n";
    s.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // Commands that paint (PDF reports) get a GUI application without a window (fonts, QPainter):
    // those that say so (needsGui) and any run that writes a .pdf or asks for --pdf.
    bool gui = false;
    for (int i = 1; i < argc && !gui; ++i) {
        const QByteArray arg = QByteArray(argv[i]).toLower();
        gui = arg.endsWith(".pdf") || arg == "--pdf" || arg.startsWith("--pdf=");
        for (const auto& c : allCommands())
            gui = gui || (c->name() == QString::fromLocal8Bit(argv[i]) && c->needsGui());
    }
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Karsa"));
    QCoreApplication::setApplicationName(QStringLiteral("Karsa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KARSA_VERSION));
    if (gui)
        ReportFonts::registerFolder(ReportFonts::bundledFolder()); // Windows: the report fonts of the installer

    // Messages from core in Bahasa Indonesia on request; English by default, for scripts.
    QString language = qEnvironmentVariable("KARSA_LANG");
    Context context;
    QString userName;
    context.dbPath = qEnvironmentVariable("KARSA_DB", Database::defaultPath());
    const auto commands = allCommands();

    QStringList args = app.arguments();
    args.removeFirst();
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u"--")) {
        const QString opt = args.takeFirst();
        if (opt == u"--db") {
            if (args.isEmpty())
                return context.fail(QStringLiteral("--db needs a file name"), BadInput);
            context.dbPath = args.takeFirst();
        } else if (opt.startsWith(u"--db=")) {
            context.dbPath = opt.mid(5);
        } else if (opt == u"--user") {
            if (args.isEmpty())
                return context.fail(QStringLiteral("--user needs a user name"), BadInput);
            userName = args.takeFirst();
        } else if (opt.startsWith(u"--user=")) {
            userName = opt.mid(7);
        } else if (opt == u"--lang") {
            if (args.isEmpty())
                return context.fail(QStringLiteral("--lang needs id or en"), BadInput);
            language = args.takeFirst();
        } else if (opt == u"--help") {
            printUsage(context.out, commands);
            return Ok;
        } else if (opt == u"--version") {
            context.out << "karsa-cli " << KARSA_VERSION << Qt::endl;
            return Ok;
        } else {
            return context.fail(QStringLiteral("unknown option %1 (see karsa-cli help)").arg(opt), BadInput);
        }
    }
    if (language == u"id") {
        auto* translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/karsa_core_id.qm")))
            QCoreApplication::installTranslator(translator);
    }
    if (args.isEmpty() || args.first() == u"help") {
        printUsage(args.isEmpty() ? context.err : context.out, commands);
        return args.isEmpty() ? BadInput : Ok;
    }
    const QString name = args.takeFirst();
    for (const auto& command : commands) {
        if (command->name() != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.addHelpOption();
        command->setup(parser);
        QStringList full{QStringLiteral("karsa-cli ") + name};
        full += args;
        if (!parser.parse(full))
            return context.fail(parser.errorText() + QStringLiteral(" (see karsa-cli ") + name + QStringLiteral(" --help)"), BadInput);
        if (parser.isSet(QStringLiteral("help"))) {
            context.out << parser.helpText();
            return Ok;
        }
        // With sign-in on, every command but help and nip runs as a signed-in user, or not at all.
        if (name != u"nip") {
            auto signedIn = CliSignIn::signIn(context.dbPath, userName);
            if (!signedIn)
                return context.fail(signedIn.error().describe(), NotSignedIn);
            context.session = signedIn.value();
        }
        const int code = command->run(context, parser);
        // Data printed or written to a file for use elsewhere is an export: it goes into the audit
        // trail (--csv/--json on standard output, --out/--pdf/--xlsx files of reports).
        const QStringList used = parser.optionNames();
        const bool exported = std::any_of(used.cbegin(), used.cend(), [](const QString& option) {
            return option == u"csv" || option == u"json" || option == u"out" || option == u"pdf" || option == u"xlsx";
        });
        if (code == Ok && exported) {
            QString target = QStringLiteral("stdout");
            for (const QString& option : {QStringLiteral("out"), QStringLiteral("pdf"), QStringLiteral("xlsx")})
                if (used.contains(option) && !parser.value(option).isEmpty())
                    target = parser.value(option);
            recordCommandExport(context, name, args, target);
        }
        return code;
    }
    return context.fail(QStringLiteral("unknown command '%1' (see karsa-cli help)").arg(name), BadInput);
}
