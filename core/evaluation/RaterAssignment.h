#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

// Raters from the position hierarchy for every employee in a cycle's scope: the holder(s) of the
// superior position as atasan (the next position up when it is vacant), up to maxPeers holders of
// positions under the same superior as rekan, up to maxSubordinates holders of positions under the
// employee's own as bawahan, and the employee as diri. Peers and subordinates are picked in a
// stable pseudo-random order; raters already assigned are kept. Returns the new rater ids.
class RaterAssignment
{
public:
    static Result<QVector<qint64>> generate(QSqlDatabase db, qint64 cycleId, int maxPeers, int maxSubordinates);
};

} // namespace karsa
