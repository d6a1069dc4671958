#include "DevelopmentPage.h"

#include "CataloguePanel.h"
#include "CompliancePanel.h"
#include "PlansPanel.h"
#include "RealisationPanel.h"
#include "ValidationPanel.h"
#include "shell/Workspace.h"
#include "reports/IndonesianFormat.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace karsa::ui {

namespace {
using OverviewResult = Result<std::shared_ptr<const DevelopmentOverview>>;

OverviewResult loadOverview(const Session& session, int year)
{
    auto db = session.connect(Session::Access::ReadOnly);
    if (!db)
        return db.error();
    auto overview = DevelopmentOverview::load(db.value()->db(), year);
    if (!overview)
        return overview.error();
    return std::make_shared<const DevelopmentOverview>(std::move(overview).value());
}
} // namespace

DevelopmentPage::DevelopmentPage(Workspace* workspace, QWidget* parent) : Page(workspace, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year:"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("developmentYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(workspace->today().year());
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Unit:"), this));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("developmentUnit"));
    m_unit->setMinimumWidth(360);
    m_unit->setMaxVisibleItems(25);
    bar->addWidget(m_unit);
    m_status = new QLabel(this);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_plans = new PlansPanel(workspace, m_tabs);
    m_records = new RealisationPanel(workspace, m_tabs);
    m_compliance = new CompliancePanel(workspace, m_tabs);
    m_validation = new ValidationPanel(workspace, m_tabs);
    m_catalogue = new CataloguePanel(workspace, m_tabs);
    m_tabs->addTab(m_plans, tr("Plans"));
    m_tabs->addTab(m_records, tr("Realisation"));
    m_tabs->addTab(m_compliance, tr("JP compliance"));
    m_tabs->addTab(m_validation, tr("Pending validation"));
    m_tabs->addTab(m_catalogue, tr("Catalogue"));
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { load(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        applyScope();
        emit refreshed();
    });
    connect(workspace, &Workspace::analyticsReady, this, [this] {
        if (m_waiting)
            reload();
    });
    connect(workspace, &Workspace::dataChanged, this, [this] { invalidate(); });
}

void DevelopmentPage::setYear(int year)
{
    m_year->setValue(year);
}

void DevelopmentPage::setScopeUnit(int unitIndex)
{
    const int row = m_unit->findData(unitIndex);
    if (row >= 0)
        m_unit->setCurrentIndex(row);
}

void DevelopmentPage::reload()
{
    AnalyticsSnapshotPtr snapshot = workspace()->hasDatabase() ? workspace()->analytics() : nullptr;
    m_waiting = !snapshot;
    if (!snapshot) {
        m_status->setText(tr("Computing the analytics…"));
        return;
    }
    m_context.snapshot = std::move(snapshot);
    fillUnits();
    load();
}

void DevelopmentPage::fillUnits()
{
    const QVariant keep = m_unit->currentData();
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"), -1);
    const auto& units = m_context.snapshot->data.units();
    QVector<QVector<int>> children(units.size() + 1);
    for (int i = 0; i < units.size(); ++i)
        children[units[i].parentIndex >= 0 ? units[i].parentIndex : units.size()].append(i);
    std::function<void(int, int)> add = [&](int parent, int depth) {
        for (int i : children[parent]) {
            m_unit->addItem(QString(depth * 3, u' ') + units[i].name, i);
            add(i, depth + 1);
        }
    };
    add(int(units.size()), 0);
    const int row = m_unit->findData(keep);
    m_unit->setCurrentIndex(row >= 0 ? row : 0);
}

void DevelopmentPage::load()
{
    if (!m_context.snapshot || !workspace()->hasDatabase())
        return;
    const int generation = ++m_generation;
    const int year = m_year->value();
    m_status->setText(tr("Loading %1…").arg(year));
    auto* watcher = new QFutureWatcher<OverviewResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        OverviewResult result = watcher->result();
        if (!result) {
            m_status->setText(result.error().describe());
            return;
        }
        m_context.overview = std::move(result).value();
        m_context.year = m_context.overview->year;
        m_context.catalogue = std::make_shared<const PlanCatalogue>(m_context.overview->programmes);
        applyScope();
        emit refreshed();
    });
    const Session session = workspace()->coreSession();
    watcher->setFuture(QtConcurrent::run([session, year] { return loadOverview(session, year); }));
}

void DevelopmentPage::applyScope()
{
    if (!m_context.ready())
        return;
    const AnalyticsData& data = m_context.snapshot->data;
    m_context.unitIndex = m_unit->currentData().isValid() ? m_unit->currentData().toInt() : -1;
    m_context.scope = data.employeesInScope(m_context.unitIndex);
    m_context.inScope = QVector<bool>(data.employees().size(), false);
    for (int i : std::as_const(m_context.scope))
        m_context.inScope[i] = true;
    const DevelopmentOverview& o = *m_context.overview;
    m_status->setText(tr("%1 · %2 employees · %3 plans · %4 trainings · minimum %5 JP")
                          .arg(m_context.scopeName())
                          .arg(IndonesianFormat::integer(m_context.scope.size()))
                          .arg(IndonesianFormat::integer(o.plans.size()))
                          .arg(IndonesianFormat::integer(o.records.size()))
                          .arg(o.settings.jpMinimum));
    m_plans->setContext(m_context);
    m_records->setContext(m_context);
    m_compliance->setContext(m_context);
    m_validation->setContext(m_context);
    m_catalogue->setContext(m_context);
}

} // namespace karsa::ui
