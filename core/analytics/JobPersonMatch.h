#pragma once

#include "CategoryScale.h"

#include <QVector>

#include <span>

namespace karsa {

// One line of a position's standard as the analytics need it: the competency, the required level,
// the line's weight (position_standards.weight, default 1) and whether the competency is teknis.
struct StandardLine
{
    qint64 competencyId = 0;
    int required = 0;
    double weight = 1.0;
    bool teknis = false;
};

// An employee's current level of one competency (latest validated assessment).
struct LevelEntry
{
    qint64 competencyId = 0;
    int level = 0;
};

// An employee's current levels, sorted by competencyId ascending.
using LevelSpan = std::span<const LevelEntry>;
using StandardSpan = std::span<const StandardLine>;

// How the JPM is computed; every switch is a setting (AnalyticsSettings).
struct JpmOptions
{
    bool capAtStandard = false; // count at most the required level per competency (no compensation)
    // Share of the teknis part, 0..1 (e.g. 0.4 for 40 % teknis / 60 % manajerial + sosial kultural);
    // negative = no weighting: one ratio over the whole standard. Applies only when the standard
    // has both teknis and non-teknis lines.
    double teknisWeight = -1.0;
    // The level a competency of the standard without a current assessment is counted at
    // ("jpm/missing_level", default 0). It is never counted as met: at most one level below the
    // required level (missingCounted).
    int missingLevel = 0;
};

// How a result with a missing assessment is scored (domain.md 2.1, "incomplete"): a missing
// competency counts at missingCounted(); the assessed ones count at most their required level
// (a surplus cannot make up for a competency nobody assessed, whatever capAtStandard says); the sum
// is rounded down to 2 decimals and stays below 100. So an incomplete result never reaches the score
// of a complete one that meets the standard.
int missingCounted(int required, const JpmOptions& options);

// The gap of one competency (domain.md 2.2): gap = actual - required (negative is a shortfall);
// shortfall = max(0, required - actual). A competency without a current assessment is not
// assessed: actual and gap are then meaningless and shortfall counts the whole required level.
struct GapRow
{
    qint64 competencyId = 0;
    int required = 0;
    int actual = 0;
    bool assessed = false;
    int gap = 0;
    int shortfall = 0;
    double weight = 1.0;
    bool teknis = false;
    double contribution = 0.0; // JPM points this competency contributes (sum over rows = unclamped JPM)
    int counted = 0;           // the level counted in the JPM (missingCounted() when not assessed)
};

enum class JpmStatus {
    Complete,   // every competency of the standard has a current assessment
    Incomplete, // some have none: see missing; jpm then counts them at missingCounted() (see JpmOptions)
    NoStandard  // the position has no standard (or the employee no position): no JPM at all
};

struct JpmResult
{
    JpmStatus status = JpmStatus::NoStandard;
    double jpm = 0.0;        // rounded to 2 decimals, clamped at 100
    double ikk = 0.0;        // 100 - jpm
    QVector<qint64> missing; // competencies of the standard without a current assessment
    int category = -1;       // band index in the scale used; -1 when incomplete or no band

    bool complete() const { return status == JpmStatus::Complete; }
};

double roundTo2(double value);
int levelOf(LevelSpan levels, qint64 competencyId); // 0 when not assessed

// Per-competency gaps against a standard, in the standard's order, with each line's contribution.
QVector<GapRow> computeGap(LevelSpan levels, StandardSpan standard, const JpmOptions& options = {});

// JPM % = sum(actual) / sum(required) x 100 over the standard (domain.md 2.1, 2.3), weighted by the
// standard's line weights, optionally capped per competency and split teknis / non-teknis; rounded to
// 2 decimals and clamped at 100; IKK = 100 - JPM. The category comes from scale (when given) and only
// for a complete result. A result with a missing assessment is scored as JpmOptions describes.
JpmResult computeJpm(LevelSpan levels, StandardSpan standard, const JpmOptions& options = {},
                     const CategoryScale* scale = nullptr);

// The one JPM formula, line by line, for callers that hold the levels in another form (the placement
// pools read a dense level table): computeJpm and computeGap are built on it.
class JpmFormula
{
public:
    JpmFormula(StandardSpan standard, const JpmOptions& options);
    // JPM points of line `line` of the standard at level `actual` (0 = not assessed) in a result that
    // is complete or not.
    double points(size_t line, int actual, bool complete) const;
    // The level line `line` counts at.
    int counted(size_t line, int actual, bool complete) const;
    // The JPM from the sum of points: rounded (complete) or rounded down below 100 (incomplete).
    static double finish(double raw, bool complete);

private:
    StandardSpan m_standard;
    JpmOptions m_options;
    double m_teknis = 0.0;
    double m_other = 0.0;
};

} // namespace karsa
