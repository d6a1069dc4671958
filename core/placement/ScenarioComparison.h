#pragma once

#include "PlacementScenario.h"

namespace karsa {

// Employees leaving and entering one unit in two scenarios.
struct UnitMoves
{
    qint64 unitId = 0;
    int outA = 0, inA = 0;
    int outB = 0, inB = 0;
};

// An employee placed differently in the two scenarios (positionId 0 = not moved in that scenario).
struct PlacementDifference
{
    qint64 employeeId = 0;
    qint64 positionA = 0;
    qint64 positionB = 0;
    double scoreA = 0.0;
    double scoreB = 0.0;
};

struct ScenarioComparison
{
    PlacementFigures a;
    PlacementFigures b;
    int samePlacements = 0;                   // employees on the same position in both
    QVector<UnitMoves> units;                 // every unit with a move in either scenario, by unit id
    QVector<PlacementDifference> differences; // by employee id
};

// Side-by-side figures of two solved scenarios: totals and means, seats filled, moves out of and into
// each unit, and who is placed differently.
ScenarioComparison compareScenarios(const PlacementScenario& a, const PlacementScenario& b);

} // namespace karsa
