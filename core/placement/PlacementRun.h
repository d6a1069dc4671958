#pragma once

#include "EmptySeats.h"
#include "PlacementMatrix.h"
#include "PlacementScenario.h"

#include <memory>

namespace karsa {

// One solve of a scenario: the candidate matrix it was solved with, the solved scenario and why each
// empty seat stayed empty. The Penempatan page and `karsa-cli placement solve` both solve through
// runPlacement, so they show the same numbers.
struct PlacementRun
{
    std::shared_ptr<const PlacementMatrix> matrix;
    PlacementScenario scenario;
    QVector<EmptySeatExplanation> emptySeats; // per seat of scenario.seats
    double matrixMs = 0.0;
};

// Builds the matrix of scenario's vacancies (pool size, constraints) against data, solves it and explains
// the empty seats. The result is a new, unsaved result: scenario.id is reset to 0.
PlacementRun runPlacement(const AnalyticsData& data, const AnalyticsSettings& settings, PlacementScenario scenario);

} // namespace karsa
