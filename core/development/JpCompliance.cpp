#include "JpCompliance.h"

#include "analytics/DashboardFigures.h"
#include "analytics/JobPersonMatch.h"

#include <QCoreApplication>

#include <algorithm>

namespace karsa {

double jpInYear(const JpEntry& entry, int year, JpYearRule rule)
{
    if (!entry.start.isValid() || !entry.end.isValid() || entry.end < entry.start || entry.jp <= 0)
        return 0.0;
    if (rule == JpYearRule::EndDate)
        return entry.end.year() == year ? roundTo2(entry.jp) : 0.0;
    const QDate first(year, 1, 1), last(year, 12, 31);
    const QDate from = std::max(entry.start, first), to = std::min(entry.end, last);
    if (to < from)
        return 0.0;
    const qint64 days = entry.start.daysTo(entry.end) + 1;
    const qint64 inYear = from.daysTo(to) + 1;
    return roundTo2(entry.jp * double(inYear) / double(days));
}

QString jpStatusCode(JpStatus status)
{
    switch (status) {
    case JpStatus::Met:
        return QStringLiteral("met");
    case JpStatus::Behind:
        return QStringLiteral("behind");
    case JpStatus::None:
        return QStringLiteral("none");
    }
    return {};
}

QString jpStatusLabel(JpStatus status)
{
    switch (status) {
    case JpStatus::Met:
        return QCoreApplication::translate("Development", "Met");
    case JpStatus::Behind:
        return QCoreApplication::translate("Development", "Behind");
    case JpStatus::None:
        return QCoreApplication::translate("Development", "No JP yet");
    }
    return {};
}

QVector<EmployeeJp> JpCompliance::forEmployees(const AnalyticsData& data, const QVector<int>& employees,
                                               const QVector<JpEntry>& entries, int year,
                                               const DevelopmentSettings& settings)
{
    QHash<qint64, std::pair<double, int>> byEmployee;
    byEmployee.reserve(entries.size());
    for (const JpEntry& e : entries) {
        const double jp = jpInYear(e, year, settings.yearRule);
        if (jp <= 0)
            continue;
        auto& slot = byEmployee[e.employeeId];
        slot.first += jp;
        slot.second += 1;
    }
    QVector<EmployeeJp> out;
    out.reserve(employees.size());
    for (int i : employees) {
        EmployeeJp row;
        row.employeeIndex = i;
        row.minimum = settings.jpMinimum;
        const auto it = byEmployee.constFind(data.employees()[i].id);
        if (it != byEmployee.cend()) {
            row.realised = roundTo2(it->first);
            row.trainings = it->second;
        }
        row.status = row.realised >= row.minimum ? JpStatus::Met : row.realised > 0 ? JpStatus::Behind : JpStatus::None;
        out.append(row);
    }
    return out;
}

UnitJp JpCompliance::summarise(const QVector<EmployeeJp>& rows, int unitIndex)
{
    UnitJp u;
    u.unitIndex = unitIndex;
    for (const EmployeeJp& r : rows) {
        ++u.employees;
        u.totalJp += r.realised;
        switch (r.status) {
        case JpStatus::Met:
            ++u.met;
            break;
        case JpStatus::Behind:
            ++u.behind;
            break;
        case JpStatus::None:
            ++u.none;
            break;
        }
    }
    u.totalJp = roundTo2(u.totalJp);
    if (u.employees > 0) {
        u.averageJp = roundTo2(u.totalJp / u.employees);
        u.percentMet = roundTo2(100.0 * u.met / u.employees);
    }
    return u;
}

QVector<UnitJp> JpCompliance::byUnit(const AnalyticsData& data, const QVector<EmployeeJp>& rows, int scopeUnitIndex)
{
    const QVector<int> units = breakdownUnits(data, scopeUnitIndex);
    // Each unit index of the snapshot -> the breakdown unit it rolls up to (-1 = none).
    QVector<int> rollUp(data.units().size(), -1);
    for (int k = 0; k < units.size(); ++k)
        for (int u : data.unitSubtree(units[k]))
            rollUp[u] = k;
    QVector<QVector<EmployeeJp>> grouped(units.size());
    for (const EmployeeJp& r : rows) {
        const int unit = data.employees()[r.employeeIndex].unitIndex;
        if (unit >= 0 && rollUp[unit] >= 0)
            grouped[rollUp[unit]].append(r);
    }
    QVector<UnitJp> out;
    out.reserve(units.size());
    for (int k = 0; k < units.size(); ++k)
        out.append(summarise(grouped[k], units[k]));
    return out;
}

QVector<EmployeeJp> JpCompliance::behind(const AnalyticsData& data, const QVector<EmployeeJp>& rows)
{
    QVector<EmployeeJp> out;
    for (const EmployeeJp& r : rows)
        if (r.status != JpStatus::Met)
            out.append(r);
    std::sort(out.begin(), out.end(), [&](const EmployeeJp& a, const EmployeeJp& b) {
        if (a.shortfall() != b.shortfall())
            return a.shortfall() > b.shortfall();
        return data.employees()[a.employeeIndex].nip < data.employees()[b.employeeIndex].nip;
    });
    return out;
}

} // namespace karsa
