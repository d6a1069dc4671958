#include "AnalyticsEngine.h"

#include <algorithm>

namespace karsa {

namespace {
StandardSpan standardOf(const AnalyticsPosition& p)
{
    return {p.standard.constData(), static_cast<size_t>(p.standard.size())};
}
} // namespace

QVector<JpmResult> jpmForAll(const AnalyticsData& data, const AnalyticsSettings& settings, const CategoryScale* scale)
{
    const auto& positions = data.positions();
    QVector<JpmOptions> options;
    options.reserve(positions.size());
    for (const AnalyticsPosition& p : positions)
        options.append(settings.jpmOptions(p.code, p.jenjang));
    const auto& employees = data.employees();
    QVector<JpmResult> out(employees.size());
    for (int i = 0; i < employees.size(); ++i) {
        const int p = employees[i].positionIndex;
        if (p >= 0)
            out[i] = computeJpm(data.levels(i), standardOf(positions[p]), options[p], scale);
    }
    return out;
}

JpmResult jpmAgainst(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex, int positionIndex,
                     const CategoryScale* scale)
{
    if (positionIndex < 0)
        return {};
    const AnalyticsPosition& p = data.positions()[positionIndex];
    return computeJpm(data.levels(employeeIndex), standardOf(p), settings.jpmOptions(p.code, p.jenjang), scale);
}

QVector<GapRow> gapAgainst(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex,
                           int positionIndex)
{
    if (positionIndex < 0)
        return {};
    const AnalyticsPosition& p = data.positions()[positionIndex];
    return computeGap(data.levels(employeeIndex), standardOf(p), settings.jpmOptions(p.code, p.jenjang));
}

QVector<TalentResult> talentForAll(const AnalyticsData& data, const AnalyticsSettings& settings,
                                   const QVector<JpmResult>& jpm, const QDate& today)
{
    QVector<TalentResult> out(data.employees().size());
    for (int i = 0; i < out.size(); ++i)
        out[i] = placeTalent(jpm[i], data.ratings(i), data.sanctions(i), today, settings);
    return out;
}

QVector<SuccessionCandidate> successionPool(const AnalyticsData& data, const AnalyticsSettings& settings,
                                            const QVector<TalentResult>& talent, int positionIndex)
{
    QVector<SuccessionCandidate> pool;
    if (positionIndex < 0)
        return pool;
    for (int i = 0; i < talent.size(); ++i) {
        if (talent[i].box < 7)
            continue;
        pool.append({i, talent[i].box, jpmAgainst(data, settings, i, positionIndex), talent[i].rekamJejakFlag});
    }
    const auto& employees = data.employees();
    std::sort(pool.begin(), pool.end(), [&employees](const SuccessionCandidate& a, const SuccessionCandidate& b) {
        if (a.box != b.box)
            return a.box > b.box;
        if (a.jpm.complete() != b.jpm.complete())
            return a.jpm.complete();
        if (a.jpm.jpm != b.jpm.jpm)
            return a.jpm.jpm > b.jpm.jpm;
        return employees[a.employeeIndex].nip < employees[b.employeeIndex].nip;
    });
    return pool;
}

} // namespace karsa
