#pragma once

#include "PlacementMatrix.h"
#include "PlacementScenario.h"

namespace karsa {

// Fills the seats of scenario.vacancies from the candidates of matrix, obeying scenario.constraints,
// and writes scenario.seats, solved, solveMs and notes:
//  - a lock puts its employee on a seat of its position first, whatever the score or the filters;
//  - a candidate may take a seat when they pass the position's hard filters (or the officer added
//    them to its pool), score at least minScore, are not excluded from it and are not kept in place;
//  - an employee takes at most one seat; a seat with no such candidate stays empty (each seat has a
//    private "empty" alternative), so the problem never fails as a whole;
//  - among all such placements the one filling the most seats (fillFirst), then with the highest
//    total score, is chosen by the linear assignment solver;
//  - a unit move limit covers the unit and its sub-units (moving out of that subtree is leaving it) and
//    is enforced by repair: while a unit loses more employees than allowed, its
//    lowest-scoring movers beyond the limit are barred from seats outside the unit and the problem is
//    solved again (each repair is listed in notes; the result is then the best found, not a proven optimum).
void solvePlacement(const AnalyticsData& data, const PlacementMatrix& matrix, PlacementScenario& scenario);

} // namespace karsa
