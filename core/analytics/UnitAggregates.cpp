#include "UnitAggregates.h"

#include <algorithm>
#include <numeric>

namespace karsa {

namespace {

// Running sums of one unit; turned into an UnitAggregate at the end.
struct Accumulator
{
    int employees = 0, complete = 0, incomplete = 0, noStandard = 0;
    double jpmSum = 0.0;
    QVector<int> distribution;
    QVector<int> required, assessed, below;
    QVector<qint64> gapSum;

    void init(int bands, int competencies)
    {
        distribution.fill(0, bands);
        required.fill(0, competencies);
        assessed.fill(0, competencies);
        below.fill(0, competencies);
        gapSum.fill(0, competencies);
    }
    void add(const Accumulator& o)
    {
        employees += o.employees;
        complete += o.complete;
        incomplete += o.incomplete;
        noStandard += o.noStandard;
        jpmSum += o.jpmSum;
        for (int b = 0; b < distribution.size(); ++b)
            distribution[b] += o.distribution[b];
        for (int c = 0; c < required.size(); ++c) {
            required[c] += o.required[c];
            assessed[c] += o.assessed[c];
            below[c] += o.below[c];
            gapSum[c] += o.gapSum[c];
        }
    }
};

void addEmployee(Accumulator& acc, const AnalyticsData& data, const JpmResult& r, const CategoryScale& scale, int i)
{
    ++acc.employees;
    switch (r.status) {
    case JpmStatus::Complete: {
        ++acc.complete;
        acc.jpmSum += r.jpm;
        const int band = scale.bandIndex(r.jpm); // the scale given here, not the one of jpmForAll
        if (band >= 0)
            ++acc.distribution[band];
        break;
    }
    case JpmStatus::Incomplete:
        ++acc.incomplete;
        break;
    case JpmStatus::NoStandard:
        ++acc.noStandard;
        return;
    }
    const AnalyticsEmployee& e = data.employees()[i];
    const LevelSpan levels = data.levels(i);
    for (const StandardLine& s : data.positions()[e.positionIndex].standard) {
        const int c = data.competencyIndex(s.competencyId);
        if (c < 0)
            continue;
        ++acc.required[c];
        const int actual = levelOf(levels, s.competencyId);
        if (actual <= 0)
            continue;
        ++acc.assessed[c];
        acc.gapSum[c] += actual - s.required;
        if (actual < s.required)
            ++acc.below[c];
    }
}

UnitAggregate finishAggregate(const Accumulator& acc, const AnalyticsData& data, int unitIndex)
{
    UnitAggregate u;
    u.unitIndex = unitIndex;
    u.employees = acc.employees;
    u.complete = acc.complete;
    u.incomplete = acc.incomplete;
    u.noStandard = acc.noStandard;
    u.meanJpm = acc.complete ? roundTo2(acc.jpmSum / acc.complete) : 0.0;
    u.distribution = acc.distribution;
    for (int c = 0; c < acc.required.size(); ++c) {
        if (acc.required[c] == 0)
            continue;
        CompetencyAggregate a;
        a.competencyId = data.competencies()[c].id;
        a.required = acc.required[c];
        a.assessed = acc.assessed[c];
        a.meanGap = acc.assessed[c] ? roundTo2(double(acc.gapSum[c]) / acc.assessed[c]) : 0.0;
        a.belowStandard = acc.below[c];
        u.competencies.append(a);
    }
    return u;
}

} // namespace

QVector<UnitAggregate> unitAggregates(const AnalyticsData& data, const QVector<JpmResult>& jpm,
                                      const CategoryScale& scale)
{
    const auto& units = data.units();
    const int bands = scale.bands().size();
    const int comps = data.competencies().size();
    QVector<Accumulator> acc(units.size());
    for (Accumulator& a : acc)
        a.init(bands, comps);
    for (int i = 0; i < data.employees().size(); ++i) {
        const int u = data.employees()[i].unitIndex;
        if (u >= 0)
            addEmployee(acc[u], data, jpm[i], scale, i);
    }
    // Roll up: deepest units first, each adds its (already complete) sums to its parent.
    QVector<int> depth(units.size(), 0);
    for (int u = 0; u < units.size(); ++u)
        for (int p = units[u].parentIndex, guard = 0; p >= 0 && guard < units.size(); p = units[p].parentIndex, ++guard)
            ++depth[u];
    QVector<int> order(units.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&depth](int a, int b) { return depth[a] > depth[b]; });
    for (int u : order)
        if (units[u].parentIndex >= 0)
            acc[units[u].parentIndex].add(acc[u]);
    QVector<UnitAggregate> out;
    out.reserve(units.size());
    for (int u = 0; u < units.size(); ++u)
        out.append(finishAggregate(acc[u], data, u));
    return out;
}

UnitAggregate aggregateOf(const AnalyticsData& data, const QVector<JpmResult>& jpm, const CategoryScale& scale,
                          const QVector<int>& employeeIndexes)
{
    Accumulator acc;
    acc.init(scale.bands().size(), data.competencies().size());
    for (int i : employeeIndexes)
        addEmployee(acc, data, jpm[i], scale, i);
    return finishAggregate(acc, data, -1);
}

} // namespace karsa
