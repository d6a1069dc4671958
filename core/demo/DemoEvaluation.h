#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace karsa {

// The demo city's evaluation history: one closed annual 360° cycle (last year) over one
// perangkat daerah, with raters from the position hierarchy, answers with believable rater
// habits (a few lenient and "halo" raters, self ratings a little high, some forms never
// returned), public feedback from service forms, hasil kerja from SKP and one calibration.
// Closing the cycle writes the results into the performance ratings (the talent 9-box).
class DemoEvaluation
{
public:
    struct Summary
    {
        qint64 cycleId = 0;
        int raters = 0, answered = 0, publicForms = 0;
        int newRatings = 0; // performance ratings the closed cycle added (others it updated)
    };
    // Runs inside the demo generator's transaction.
    static Result<Summary> generate(QSqlDatabase db, quint64 seed, const QDate& today);
};

} // namespace karsa
