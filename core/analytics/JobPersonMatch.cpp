#include "JobPersonMatch.h"

#include <QVarLengthArray>

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

int missingCounted(int required, const JpmOptions& options)
{
    return std::clamp(options.missingLevel, 0, std::max(0, required - 1));
}

JpmFormula::JpmFormula(StandardSpan standard, const JpmOptions& options) : m_standard(standard), m_options(options)
{
    // The factor turning one line's weighted level into JPM points: 100 / sum(weight x required) over
    // the line's part (teknis or not) times the part's share.
    double sumTeknis = 0.0, sumOther = 0.0;
    for (const StandardLine& s : standard)
        (s.teknis ? sumTeknis : sumOther) += s.weight * s.required;
    const bool split = options.teknisWeight >= 0.0 && sumTeknis > 0.0 && sumOther > 0.0;
    if (split) {
        const double tw = std::clamp(options.teknisWeight, 0.0, 1.0);
        m_teknis = tw * 100.0 / sumTeknis;
        m_other = (1.0 - tw) * 100.0 / sumOther;
    } else {
        const double sum = sumTeknis + sumOther;
        m_teknis = m_other = sum > 0.0 ? 100.0 / sum : 0.0;
    }
}

int JpmFormula::counted(size_t line, int actual, bool complete) const
{
    const int required = m_standard[line].required;
    if (actual <= 0)
        return missingCounted(required, m_options);
    return (m_options.capAtStandard || !complete) ? std::min(actual, required) : actual;
}

double JpmFormula::points(size_t line, int actual, bool complete) const
{
    const StandardLine& s = m_standard[line];
    return s.weight * counted(line, actual, complete) * (s.teknis ? m_teknis : m_other);
}

double JpmFormula::finish(double raw, bool complete)
{
    if (complete)
        return std::min(100.0, roundTo2(raw));
    // Rounded down (the small tolerance keeps 79.99999999 from becoming 79.99), and below 100 even when
    // the missing lines weigh next to nothing.
    const double down = std::floor(raw * 100.0 + 1e-6) / 100.0;
    return std::min(down, 99.99);
}

QVector<GapRow> computeGap(LevelSpan levels, StandardSpan standard, const JpmOptions& options)
{
    const JpmFormula formula(standard, options);
    bool complete = true;
    for (const StandardLine& s : standard)
        complete = complete && levelOf(levels, s.competencyId) > 0;
    QVector<GapRow> rows;
    rows.reserve(static_cast<qsizetype>(standard.size()));
    for (size_t l = 0; l < standard.size(); ++l) {
        const StandardLine& s = standard[l];
        GapRow r;
        r.competencyId = s.competencyId;
        r.required = s.required;
        r.actual = levelOf(levels, s.competencyId);
        r.assessed = r.actual > 0;
        r.gap = r.actual - s.required;
        r.shortfall = std::max(0, s.required - r.actual);
        r.weight = s.weight;
        r.teknis = s.teknis;
        r.counted = formula.counted(l, r.actual, complete);
        r.contribution = formula.points(l, r.actual, complete);
        rows.append(r);
    }
    return rows;
}

JpmResult computeJpm(LevelSpan levels, StandardSpan standard, const JpmOptions& options, const CategoryScale* scale)
{
    JpmResult result;
    if (standard.empty())
        return result;
    const JpmFormula formula(standard, options);
    QVarLengthArray<int, 16> actual(qsizetype(standard.size()));
    for (size_t l = 0; l < standard.size(); ++l) {
        actual[qsizetype(l)] = levelOf(levels, standard[l].competencyId);
        if (actual[qsizetype(l)] <= 0)
            result.missing.append(standard[l].competencyId);
    }
    const bool complete = result.missing.isEmpty();
    double raw = 0.0;
    for (size_t l = 0; l < standard.size(); ++l)
        raw += formula.points(l, actual[qsizetype(l)], complete);
    result.status = complete ? JpmStatus::Complete : JpmStatus::Incomplete;
    result.jpm = JpmFormula::finish(raw, complete);
    result.ikk = roundTo2(100.0 - result.jpm);
    if (scale && result.complete())
        result.category = scale->bandIndex(result.jpm);
    return result;
}

} // namespace karsa
