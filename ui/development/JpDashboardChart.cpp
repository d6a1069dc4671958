#include "JpDashboardChart.h"

#include "common/ChartHelpers.h"
#include "development/DevelopmentSettings.h"
#include "reports/IndonesianFormat.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QFutureWatcher>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace karsa::ui {

namespace {
struct Computed
{
    QString error;
    int year = 0;
    double minimum = 0;
    QVector<EmployeeJp> rows;
    QVector<UnitJp> units;
    UnitJp total;
};

Computed compute(const Session& session, AnalyticsSnapshotPtr snapshot, int unitIndex)
{
    Computed c;
    c.year = snapshot->today.year();
    auto db = session.connect(Session::Access::ReadOnly);
    if (!db) {
        c.error = db.error().describe();
        return c;
    }
    auto settings = DevelopmentSettings::load(SettingsRepository(db.value()->db()));
    auto entries = TrainingRecordRepository(db.value()->db()).jpEntries(c.year);
    if (!settings || !entries) {
        c.error = !settings ? settings.error().describe() : entries.error().describe();
        return c;
    }
    c.minimum = settings->jpMinimum;
    const AnalyticsData& data = snapshot->data;
    c.rows = JpCompliance::forEmployees(data, data.employeesInScope(unitIndex), entries.value(), c.year, settings.value());
    c.total = JpCompliance::summarise(c.rows, unitIndex);
    for (const UnitJp& u : JpCompliance::byUnit(data, c.rows, unitIndex))
        if (u.employees > 0)
            c.units.append(u);
    std::stable_sort(c.units.begin(), c.units.end(), [](const UnitJp& a, const UnitJp& b) { return a.percentMet < b.percentMet; });
    if (c.units.size() > 8)
        c.units.resize(8);
    return c;
}
} // namespace

JpDashboardChart::JpDashboardChart(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = charts::createChartWidget(this, QStringLiteral("jpComplianceChart"));
    layout->addWidget(m_chart);
}

void JpDashboardChart::show(AnalyticsSnapshotPtr snapshot, int unitIndex, const Session& session)
{
    if (!snapshot || !session.isValid())
        return;
    const int generation = ++m_generation;
    charts::setMessage(m_chart, tr("JP compliance"), tr("Computing…"));
    auto* watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, snapshot] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Computed c = watcher->result();
        if (!c.error.isEmpty()) {
            charts::setMessage(m_chart, tr("JP compliance"), c.error);
            return;
        }
        m_snapshot = snapshot;
        m_rows = c.rows;
        m_units = c.units;
        m_total = c.total;
        QStringList labels, tips;
        QVector<double> values;
        for (const UnitJp& u : std::as_const(m_units)) {
            labels << snapshot->data.units()[u.unitIndex].name;
            values << u.percentMet;
            tips << tr("%1: %2 of %3 met, %4 behind, %5 without JP")
                        .arg(labels.last())
                        .arg(u.met)
                        .arg(u.employees)
                        .arg(u.behind)
                        .arg(u.none);
        }
        const QString title = tr("JP %1: %2 met %3 JP (units with the lowest share)")
                                  .arg(c.year)
                                  .arg(IndonesianFormat::percent(c.total.percentMet, 1))
                                  .arg(c.minimum);
        if (labels.isEmpty()) {
            charts::setMessage(m_chart, title, tr("No sub-units with employees."));
        } else {
            charts::setHorizontalBars(
                m_chart, title, labels, values, charts::colorGood(),
                [this](int i) {
                    if (!m_snapshot || i < 0 || i >= m_units.size())
                        return;
                    const int unit = m_units[i].unitIndex;
                    QVector<bool> inUnit(m_snapshot->data.employees().size(), false);
                    for (int e : m_snapshot->data.employeesInScope(unit))
                        inUnit[e] = true;
                    QVector<int> behind;
                    for (const EmployeeJp& r : JpCompliance::behind(m_snapshot->data, m_rows))
                        if (inUnit[r.employeeIndex])
                            behind.append(r.employeeIndex);
                    emit openEmployeeList(tr("Behind the JP minimum — %1").arg(m_snapshot->data.units()[unit].name), behind);
                },
                1, tips);
        }
        emit updated();
    });
    watcher->setFuture(QtConcurrent::run([session, snapshot, unitIndex] { return compute(session, snapshot, unitIndex); }));
}

} // namespace karsa::ui
