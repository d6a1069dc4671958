// karsa: the desktop application. Opens the database given on the command line, else the last
// one used, else the default one — offering the demo city, an empty start or another file on
// first run.
#include "common/AppIcon.h"
#include "common/Translations.h"
#include "shell/FirstRun.h"
#include "shell/LetterheadDialog.h"
#include "security/LoginFlow.h"
#include "shell/MainWindow.h"
#include "shell/RecoveryDialog.h"
#include "shell/Workspace.h"
#include "reports/ReportFonts.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace karsa;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Karsa"));
    QApplication::setApplicationName(QStringLiteral("Karsa"));
    QApplication::setApplicationVersion(QStringLiteral(KARSA_VERSION));
    QApplication::setWindowIcon(ui::applicationIcon());
    // Lets the desktop match the window to its menu entry (and icon) on Wayland and in task bars.
    QGuiApplication::setDesktopFileName(ui::applicationId());
    ui::installTranslations(ui::currentLanguage());
    ReportFonts::registerFolder(ReportFonts::bundledFolder()); // Windows: the report fonts of the installer

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Karsa — competency-based career management for ASN"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QObject::tr("When the database is new, fill it with the demo city without asking."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The database to open."));
    parser.process(app);

    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().constFirst();
    } else {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = Database::defaultPath();
    }
    const bool firstRun = !QFileInfo::exists(path) || QFileInfo(path).size() == 0;

    bool makeDemo = false;
    bool openedExisting = false;
    if (firstRun && parser.isSet(demo)) {
        makeDemo = true;
    } else if (firstRun) {
        ui::FirstRunDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        if (dialog.choice() == ui::FirstRunDialog::OpenFile) {
            const QString chosen = QFileDialog::getOpenFileName(nullptr, QObject::tr("Open database"), QString(),
                                                                QObject::tr("Karsa database (*.db *.karsa);;All files (*)"));
            if (chosen.isEmpty())
                return 0;
            path = chosen;
            openedExisting = true;
        }
        makeDemo = dialog.choice() == ui::FirstRunDialog::DemoCity;
    }
    if (makeDemo)
        ui::createDemoCityWithProgress(path, 2000);

    auto db = Database::open(path);
    // A file that cannot be opened is never a dead end: restore one of its backups or open another.
    for (int attempt = 0; !db && attempt < 5; ++attempt) {
        if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
            QMessageBox::critical(nullptr, QStringLiteral("Karsa"), db.error().describe());
            return 1;
        }
        ui::RecoveryDialog recovery(path, db.error().describe());
        recovery.exec();
        if (recovery.choice() == ui::RecoveryDialog::Quit)
            return 1;
        if (recovery.choice() == ui::RecoveryDialog::OpenOther)
            path = recovery.otherFile();
        db = Database::open(path, Database::Mode::OpenExisting);
    }
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("Karsa"), db.error().describe());
        return 1;
    }
    // A database made just now: ask for the letterhead and the signing official of printed
    // reports (skipped for an existing file; "Later" leaves a reminder in Settings).
    if (firstRun && QFileInfo(path).size() > 0 && !openedExisting && !parser.isSet(demo)) {
        ui::LetterheadDialog letterhead(db.value()->db());
        letterhead.exec();
    }
    // Sign in (or create the first administrator) before any data is shown; login off: no dialog.
    const std::optional<UserSession> session = ui::LoginFlow::signIn(*db.value());
    if (!session)
        return 0;
    ui::MainWindow window(std::move(db).value());
    window.workspace()->setSession(*session);
    window.workspace()->setAutomaticBackups(true);
    window.show();
    return app.exec();
}
