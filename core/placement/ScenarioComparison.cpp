#include "ScenarioComparison.h"

#include <QMap>

namespace karsa {

ScenarioComparison compareScenarios(const PlacementScenario& a, const PlacementScenario& b)
{
    ScenarioComparison out;
    out.a = a.figures();
    out.b = b.figures();
    QMap<qint64, UnitMoves> units;
    QMap<qint64, PlacementDifference> placed;
    for (const PlacementSeat& s : a.seats) {
        if (!s.filled())
            continue;
        if (s.leavesUnit()) {
            ++units[s.fromUnitId].outA;
            ++units[s.toUnitId].inA;
        }
        PlacementDifference& d = placed[s.employeeId];
        d.positionA = s.positionId;
        d.scoreA = s.score;
    }
    for (const PlacementSeat& s : b.seats) {
        if (!s.filled())
            continue;
        if (s.leavesUnit()) {
            ++units[s.fromUnitId].outB;
            ++units[s.toUnitId].inB;
        }
        PlacementDifference& d = placed[s.employeeId];
        d.positionB = s.positionId;
        d.scoreB = s.score;
    }
    for (auto it = units.begin(); it != units.end(); ++it) {
        it.value().unitId = it.key();
        out.units.append(it.value());
    }
    for (auto it = placed.begin(); it != placed.end(); ++it) {
        if (it.value().positionA == it.value().positionB) {
            ++out.samePlacements;
            continue;
        }
        it.value().employeeId = it.key();
        out.differences.append(it.value());
    }
    return out;
}

} // namespace karsa
