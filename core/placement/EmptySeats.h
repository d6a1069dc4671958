#pragma once

#include "PlacementMatrix.h"
#include "PlacementScenario.h"
#include "analytics/AnalyticsData.h"

namespace karsa {

// Why a seat of a solved scenario stayed empty, the first that applies in this order.
enum class EmptySeatReason {
    Filled,                 // the seat is not empty
    NoEligibleCandidate,    // nobody in the city passes the position's hard filters
    AllBelowMinimumScore,   // every eligible candidate scores below the scenario's minimum score
    ExcludedByConstraint,   // those above the minimum are excluded from it or kept in place by the officer
    TakenByOtherSeats,      // those above the minimum all hold other seats of the scenario
    UnitMoveLimit,          // the remaining ones would leave a unit with a move limit (barred by the repair)
    LowerTotal,             // fill-first is off and leaving it empty keeps the higher total score
};

struct EmptySeatExplanation
{
    EmptySeatReason reason = EmptySeatReason::Filled;
    int candidates = 0;    // candidates of the vacancy's pool the reason speaks of
    double minScore = 0.0; // the scenario's minimum score
    bool poolFull = false; // the pool holds only the best poolSize of the eligible: more may exist
    QString text() const;  // a translated sentence, with the counts and the minimum score
    QString code() const;  // "no_eligible", "below_min_score", ... (CLI)
};

// One explanation per seat of scenario.seats (Filled for the filled ones), from the matrix the scenario
// was solved with: its candidate pools, the cells' hard filters and scores, and the constraints.
QVector<EmptySeatExplanation> explainEmptySeats(const AnalyticsData& data, const PlacementMatrix& matrix,
                                                const PlacementScenario& scenario);

} // namespace karsa
