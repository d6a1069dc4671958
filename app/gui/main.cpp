// karsa: the desktop application. Opens the database given on the command line, or the
// default one; a new default database is filled with the demo city on first run.
#include "common/Progress.h"
#include "demo/DemoCityGenerator.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

using namespace karsa;

namespace {

// Builds the demo city in a worker with a cancellable progress dialog. Returns false on failure.
bool createDemoCity(const QString& path, int employees)
{
    QProgressDialog dialog(QObject::tr("Creating the demo city of Surabaya…"), QObject::tr("Cancel"), 0, 100);
    dialog.setWindowTitle(QStringLiteral("Karsa"));
    dialog.setMinimumDuration(0);
    dialog.setWindowModality(Qt::ApplicationModal);
    Progress progress([&dialog](qint64 done, qint64 total, const QString& stage) {
        if (total > 0)
            QMetaObject::invokeMethod(&dialog, [&dialog, done, total, stage] {
                dialog.setValue(int(done * 100 / total));
                if (!stage.isEmpty())
                    dialog.setLabelText(stage);
            });
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress] { progress.cancel(); });
    QFutureWatcher<Result<DemoSummary>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &dialog, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([path, employees, &progress]() -> Result<DemoSummary> {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        DemoOptions options;
        options.employees = employees;
        return DemoCityGenerator::generate(*db.value(), options, &progress);
    }));
    dialog.exec();
    watcher.waitForFinished();
    const auto result = watcher.result();
    if (!result && !progress.cancelled()) {
        QMessageBox::warning(nullptr, QStringLiteral("Karsa"),
                             QObject::tr("The demo city could not be created: %1").arg(result.error().describe()));
        return false;
    }
    return result.ok();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Karsa"));
    QApplication::setApplicationName(QStringLiteral("Karsa"));
    QApplication::setApplicationVersion(QStringLiteral(KARSA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Karsa — competency-based career management for ASN"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption noDemo(QStringLiteral("no-demo"), QObject::tr("Do not create the demo city in a new database."));
    parser.addOption(noDemo);
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The database to open (default: %1).").arg(Database::defaultPath()));
    parser.process(app);

    const bool useDefault = parser.positionalArguments().isEmpty();
    const QString path = useDefault ? Database::defaultPath() : parser.positionalArguments().constFirst();
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("Karsa"), db.error().describe());
        return 1;
    }
    if (db.value()->wasCreated() && useDefault && !parser.isSet(noDemo)) {
        auto& database = *db.value();
        const QString p = database.path();
        db.value().reset();
        createDemoCity(p, 2000);
        db = Database::open(p, Database::Mode::OpenExisting);
        if (!db) {
            QMessageBox::critical(nullptr, QStringLiteral("Karsa"), db.error().describe());
            return 1;
        }
    }
    ui::MainWindow window(std::move(db).value());
    window.show();
    return app.exec();
}
