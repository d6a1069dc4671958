#include "PlacementScenario.h"

namespace karsa {

PlacementFigures PlacementScenario::figures() const
{
    PlacementFigures f;
    f.seatCount = int(seats.size());
    double jpmSum = 0.0;
    for (const PlacementSeat& s : seats) {
        if (!s.filled())
            continue;
        ++f.filled;
        f.totalScore += s.score;
        jpmSum += s.jpm;
    }
    if (f.filled > 0) {
        f.meanJpm = jpmSum / f.filled;
        f.meanScore = f.totalScore / f.filled;
    }
    return f;
}

QHash<qint64, int> PlacementScenario::movesOutOfUnits() const
{
    QHash<qint64, int> out;
    for (const PlacementSeat& s : seats)
        if (s.leavesUnit())
            ++out[s.fromUnitId];
    return out;
}

} // namespace karsa
