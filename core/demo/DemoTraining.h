#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace karsa {

struct DemoTrainingSummary
{
    int programmes = 0;
    int records = 0;
};

// The demo city's competency development: a believable training catalogue (managerial and
// socio-cultural programmes in several forms, technical bimtek and training for each teknis
// competency, leadership training, seminars, e-learning, internships) and the training attended
// last year and this year so far, so that JP compliance varies as in a real agency: some far
// behind, most near the minimum, some well above. Runs inside the demo's transaction, after the
// employees and positions exist. Deterministic for a seed and `today`.
class DemoTraining
{
public:
    static Result<DemoTrainingSummary> generate(QSqlDatabase db, const QDate& today, quint64 seed);
};

} // namespace karsa
