#include "DashboardFigures.h"

namespace karsa {

QVector<int> employeesInBand(const QVector<JpmResult>& jpm, const CategoryScale& scale, const QVector<int>& scope,
                             int band)
{
    QVector<int> out;
    for (int i : scope)
        if (jpm[i].status == JpmStatus::Complete && scale.bandIndex(jpm[i].jpm) == band)
            out.append(i);
    return out;
}

QVector<int> employeesIncomplete(const QVector<JpmResult>& jpm, const QVector<int>& scope)
{
    QVector<int> out;
    for (int i : scope)
        if (jpm[i].status == JpmStatus::Incomplete)
            out.append(i);
    return out;
}

QVector<int> employeesBelowStandard(const AnalyticsData& data, const QVector<JpmResult>& jpm, const QVector<int>& scope,
                                    qint64 competencyId)
{
    QVector<int> out;
    for (int i : scope) {
        if (jpm[i].status == JpmStatus::NoStandard)
            continue; // as unitAggregates(): no position or no standard
        const AnalyticsEmployee& e = data.employees()[i];
        if (e.positionIndex < 0)
            continue;
        for (const StandardLine& s : data.positions()[e.positionIndex].standard) {
            if (s.competencyId != competencyId)
                continue;
            const int actual = levelOf(data.levels(i), competencyId);
            if (actual > 0 && actual < s.required)
                out.append(i);
            break;
        }
    }
    return out;
}

double belowStandardPercent(const UnitAggregate& aggregate)
{
    qint64 assessed = 0, below = 0;
    for (const CompetencyAggregate& c : aggregate.competencies) {
        assessed += c.assessed;
        below += c.belowStandard;
    }
    return assessed ? roundTo2(100.0 * double(below) / double(assessed)) : 0.0;
}

QVector<int> breakdownUnits(const AnalyticsData& data, int unitIndex)
{
    const auto& units = data.units();
    QVector<int> out;
    if (unitIndex < 0) {
        for (int u = 0; u < units.size(); ++u)
            if (units[u].parentIndex < 0)
                out.append(u);
        if (out.size() != 1)
            return out;
        unitIndex = out.first();
        out.clear();
    }
    for (int u = 0; u < units.size(); ++u)
        if (units[u].parentIndex == unitIndex)
            out.append(u);
    return out;
}

} // namespace karsa
