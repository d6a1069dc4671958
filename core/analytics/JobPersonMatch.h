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
};

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
};

enum class JpmStatus {
    Complete,   // every competency of the standard has a current assessment
    Incomplete, // some have none: see missing; jpm is then only a lower bound (missing counted as 0)
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
// for a complete result.
JpmResult computeJpm(LevelSpan levels, StandardSpan standard, const JpmOptions& options = {},
                     const CategoryScale* scale = nullptr);

} // namespace karsa
