#include "VacancyFinder.h"

#include "analytics/CandidateRanking.h"

#include <algorithm>

namespace karsa {

QVector<Vacancy> findVacancies(const AnalyticsData& data, const QHash<qint64, int>& formation,
                               const AnalyticsSettings& settings, const QDate& today, int horizonMonths)
{
    const auto& positions = data.positions();
    QVector<int> holders(positions.size(), 0);
    QVector<Vacancy> byPosition(positions.size());
    const QDate until = today.addMonths(std::max(0, horizonMonths));
    for (const AnalyticsEmployee& e : data.employees()) {
        if (e.positionIndex < 0)
            continue;
        ++holders[e.positionIndex];
        const AnalyticsPosition& p = positions[e.positionIndex];
        const QDate retires = retirementDate(e.birthDate, settings.retirementAge.value(p.jenjang, 58));
        if (!retires.isValid() || retires > until)
            continue;
        Vacancy& v = byPosition[e.positionIndex];
        ++v.retiring;
        v.retirees.append(e.id);
        const QDate opens = std::max(retires, today);
        if (!v.opensOn.isValid() || opens < v.opensOn)
            v.opensOn = opens;
    }
    QVector<Vacancy> out;
    for (int i = 0; i < positions.size(); ++i) {
        Vacancy v = byPosition[i];
        v.positionId = positions[i].id;
        v.openNow = std::max(0, formation.value(positions[i].id, 1) - holders[i]);
        if (v.openNow > 0)
            v.opensOn = today;
        if (v.seatCount() > 0)
            out.append(std::move(v));
    }
    std::stable_sort(out.begin(), out.end(), [&data](const Vacancy& a, const Vacancy& b) {
        if (a.opensOn != b.opensOn)
            return a.opensOn < b.opensOn;
        return data.positions()[data.positionIndex(a.positionId)].code <
               data.positions()[data.positionIndex(b.positionId)].code;
    });
    return out;
}

} // namespace karsa
