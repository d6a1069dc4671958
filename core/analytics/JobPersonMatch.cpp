#include "JobPersonMatch.h"

#include <algorithm>
#include <cmath>

namespace karsa {

double roundTo2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

int levelOf(LevelSpan levels, qint64 competencyId)
{
    const auto it = std::lower_bound(levels.begin(), levels.end(), competencyId,
                                     [](const LevelEntry& e, qint64 id) { return e.competencyId < id; });
    return it != levels.end() && it->competencyId == competencyId ? it->level : 0;
}

namespace {

// The factor turning one line's weighted level into JPM points: 100 / sum(weight x required) over
// the line's part (teknis or not) times the part's share.
struct Factors
{
    double teknis = 0.0;
    double other = 0.0;
};

Factors factorsFor(StandardSpan standard, const JpmOptions& options)
{
    double sumTeknis = 0.0, sumOther = 0.0;
    for (const StandardLine& s : standard)
        (s.teknis ? sumTeknis : sumOther) += s.weight * s.required;
    Factors f;
    const bool split = options.teknisWeight >= 0.0 && sumTeknis > 0.0 && sumOther > 0.0;
    if (split) {
        const double tw = std::clamp(options.teknisWeight, 0.0, 1.0);
        f.teknis = tw * 100.0 / sumTeknis;
        f.other = (1.0 - tw) * 100.0 / sumOther;
    } else {
        const double sum = sumTeknis + sumOther;
        f.teknis = f.other = sum > 0.0 ? 100.0 / sum : 0.0;
    }
    return f;
}

int counted(int actual, int required, const JpmOptions& options)
{
    return options.capAtStandard ? std::min(actual, required) : actual;
}

} // namespace

QVector<GapRow> computeGap(LevelSpan levels, StandardSpan standard, const JpmOptions& options)
{
    const Factors f = factorsFor(standard, options);
    QVector<GapRow> rows;
    rows.reserve(static_cast<qsizetype>(standard.size()));
    for (const StandardLine& s : standard) {
        GapRow r;
        r.competencyId = s.competencyId;
        r.required = s.required;
        r.actual = levelOf(levels, s.competencyId);
        r.assessed = r.actual > 0;
        r.gap = r.actual - s.required;
        r.shortfall = std::max(0, s.required - r.actual);
        r.weight = s.weight;
        r.teknis = s.teknis;
        r.contribution = s.weight * counted(r.actual, s.required, options) * (s.teknis ? f.teknis : f.other);
        rows.append(r);
    }
    return rows;
}

JpmResult computeJpm(LevelSpan levels, StandardSpan standard, const JpmOptions& options, const CategoryScale* scale)
{
    JpmResult result;
    if (standard.empty())
        return result;
    const Factors f = factorsFor(standard, options);
    double raw = 0.0;
    for (const StandardLine& s : standard) {
        const int actual = levelOf(levels, s.competencyId);
        if (actual <= 0)
            result.missing.append(s.competencyId);
        else
            raw += s.weight * counted(actual, s.required, options) * (s.teknis ? f.teknis : f.other);
    }
    result.status = result.missing.isEmpty() ? JpmStatus::Complete : JpmStatus::Incomplete;
    result.jpm = std::min(100.0, roundTo2(raw));
    result.ikk = roundTo2(100.0 - result.jpm);
    if (scale && result.complete())
        result.category = scale->bandIndex(result.jpm);
    return result;
}

} // namespace karsa
