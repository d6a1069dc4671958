#include "AssessmentsPage.h"

#include "BatchAssessmentPanel.h"
#include "SingleAssessmentPanel.h"
#include "shell/Workspace.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeDirectory.h"
#include "storage/PositionRepository.h"
#include "reports/IndonesianFormat.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

namespace {
struct Directory
{
    QVector<EmployeeListRow> employees;
    QVector<Position> positions;
    QVector<Competency> competencies;
};
} // namespace

AssessmentsPage::AssessmentsPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: #52606d;"));
    m_tabs = new QTabWidget(this);
    m_single = new SingleAssessmentPanel(workspace, m_tabs);
    m_batch = new BatchAssessmentPanel(workspace, m_tabs);
    m_tabs->addTab(m_single, tr("One employee"));
    m_tabs->addTab(m_batch, tr("Batch entry for a unit"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(workspace, &Workspace::dataChanged, this, [this](Workspace::DataKinds kinds) {
        if (kinds & (Workspace::Employees | Workspace::Positions | Workspace::Units | Workspace::Competencies))
            invalidate();
    });
    connect(workspace, &Workspace::analyticsReady, this, [this] {
        if (m_started)
            applySnapshot();
    });
}

void AssessmentsPage::reload()
{
    m_started = true;
    loadDirectory();
    applySnapshot();
}

void AssessmentsPage::applySnapshot()
{
    if (AnalyticsSnapshotPtr snapshot = workspace()->hasDatabase() ? workspace()->analytics() : nullptr)
        m_batch->setSnapshot(std::move(snapshot));
}

void AssessmentsPage::loadDirectory()
{
    if (!workspace()->hasDatabase())
        return;
    const int generation = ++m_generation;
    const Session session = workspace()->coreSession();
    m_status->setText(tr("Loading employees…"));
    auto* watcher = new QFutureWatcher<Result<Directory>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        auto result = watcher->result();
        if (!result) {
            m_status->setText(tr("The employee list could not be loaded: %1").arg(result.error().describe()));
            return;
        }
        Directory d = std::move(result).value();
        const int count = int(d.employees.size());
        m_single->setDirectory(std::move(d.employees), std::move(d.positions), std::move(d.competencies));
        m_status->setText(tr("%1 employees").arg(IndonesianFormat::integer(count)));
        emit directoryLoaded(count);
    });
    // A connection belongs to one thread: the worker opens its own.
    watcher->setFuture(QtConcurrent::run([session]() -> Result<Directory> {
        auto db = session.connect(Session::Access::ReadOnly);
        if (!db)
            return db.error();
        Directory d;
        auto employees = EmployeeDirectory::load(db.value()->db());
        if (!employees)
            return employees.error();
        auto positions = PositionRepository(db.value()->db()).all(true);
        if (!positions)
            return positions.error();
        auto competencies = CompetencyRepository(db.value()->db()).all(false);
        if (!competencies)
            return competencies.error();
        d.employees = std::move(employees).value();
        d.positions = std::move(positions).value();
        d.competencies = std::move(competencies).value();
        return d;
    }));
}

} // namespace karsa::ui
