#pragma once

#include "common/Result.h"

#include <QMap>
#include <QString>

namespace karsa {

class SettingsRepository;

// The agency-variable rules of placement, read from settings ("placement/..."), each with a default
// that SettingsRepository::defaults() also writes so officers can edit it.
struct PlacementSettings
{
    int horizonMonths = 12; // "placement/horizon_months": retirements within this many months open a vacancy
    double minScore = 0.0;  // "placement/min_score": a candidate below this score is not placed
    int poolSize = 20;      // "placement/pool_size": best-ranked candidates per vacancy taken into the solver
    bool fillFirst = true;  // "placement/fill_first": fill as many vacancies as possible before maximising score
    int runnerUps = 3;      // "placement/runner_ups": runner-up candidates printed per vacancy

    static QMap<QString, QString> defaultValues();
    static PlacementSettings load(const SettingsRepository& settings);
};

} // namespace karsa
