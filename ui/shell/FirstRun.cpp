#include "FirstRun.h"

#include "common/Progress.h"
#include "demo/DemoCityGenerator.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

FirstRunDialog::FirstRunDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Karsa"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<h3>Welcome to Karsa</h3><p>There is no database yet. How would you like to start?</p>"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_demo = new QRadioButton(tr("Create the demo city of Surabaya (2,000 employees) to explore Karsa"), this);
    m_empty = new QRadioButton(tr("Start with an empty database for the agency's own data"), this);
    m_open = new QRadioButton(tr("Open an existing Karsa database file…"), this);
    m_demo->setChecked(true);
    layout->addWidget(m_demo);
    layout->addWidget(m_empty);
    layout->addWidget(m_open);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    if (m_empty->isChecked())
        return Empty;
    if (m_open->isChecked())
        return OpenFile;
    return DemoCity;
}

bool createDemoCityWithProgress(const QString& path, int employees, QWidget* parent)
{
    QProgressDialog dialog(QObject::tr("Creating the demo city of Surabaya…"), QObject::tr("Cancel"), 0, 100, parent);
    dialog.setWindowTitle(QStringLiteral("Karsa"));
    dialog.setMinimumDuration(0);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
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
    // The finished signal is delivered through the event loop, so it cannot arrive before exec().
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &dialog, &QDialog::accept);
    watcher.setFuture(QtConcurrent::run([path, employees, &progress]() -> Result<DemoSummary> {
        auto db = Database::open(path, Database::Mode::CreateOrOpen);
        if (!db)
            return db.error();
        DemoOptions options;
        options.employees = employees;
        return DemoCityGenerator::generate(*db.value(), options, &progress);
    }));
    dialog.exec();
    watcher.waitForFinished();
    const auto result = watcher.result();
    if (!result && !progress.cancelled())
        QMessageBox::warning(parent, QStringLiteral("Karsa"),
                             QObject::tr("The demo city could not be created: %1").arg(result.error().describe()));
    return result.ok();
}

} // namespace karsa::ui
