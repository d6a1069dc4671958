#include "DashboardData.h"

#include "analytics/DashboardFigures.h"

#include <algorithm>

namespace karsa::ui {

DashboardData DashboardData::compute(AnalyticsSnapshotPtr snapshot, int unitIndex)
{
    DashboardData d;
    d.snapshot = snapshot;
    d.unitIndex = unitIndex;
    if (!snapshot || !snapshot->scale())
        return d;
    const AnalyticsData& data = snapshot->data;
    const CategoryScale& scale = *snapshot->scale();
    d.scope = data.employeesInScope(unitIndex);
    const QVector<UnitAggregate> all = unitAggregates(data, snapshot->jpm, scale);
    d.total = unitIndex >= 0 ? all[unitIndex] : aggregateOf(data, snapshot->jpm, scale, d.scope);
    d.boxes = boxCounts(snapshot->talent, snapshot->jpm, d.scope);

    QVector<UnitAggregate> parts;
    for (int u : breakdownUnits(data, unitIndex))
        if (all[u].employees > 0)
            parts.append(all[u]);
    d.headcount = parts;
    std::stable_sort(d.headcount.begin(), d.headcount.end(),
                     [](const UnitAggregate& a, const UnitAggregate& b) { return a.employees > b.employees; });
    if (d.headcount.size() > kTopUnits)
        d.headcount.resize(kTopUnits);

    for (const UnitAggregate& a : std::as_const(parts))
        if (belowStandardPercent(a) > 0.0)
            d.shortfall.append(a);
    std::stable_sort(d.shortfall.begin(), d.shortfall.end(), [](const UnitAggregate& a, const UnitAggregate& b) {
        return belowStandardPercent(a) > belowStandardPercent(b);
    });
    if (d.shortfall.size() > kTopUnits)
        d.shortfall.resize(kTopUnits);

    for (const CompetencyAggregate& c : d.total.competencies)
        if (c.assessed > 0)
            d.gaps.append(c);
    std::stable_sort(d.gaps.begin(), d.gaps.end(),
                     [](const CompetencyAggregate& a, const CompetencyAggregate& b) { return a.meanGap < b.meanGap; });
    if (d.gaps.size() > kTopCompetencies)
        d.gaps.resize(kTopCompetencies);
    return d;
}

} // namespace karsa::ui
