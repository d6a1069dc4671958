#include "PlacementRun.h"

#include "PlacementSolver.h"

#include <QElapsedTimer>

namespace karsa {

PlacementRun runPlacement(const AnalyticsData& data, const AnalyticsSettings& settings, PlacementScenario scenario)
{
    PlacementRun run;
    QElapsedTimer timer;
    timer.start();
    auto matrix = std::make_shared<PlacementMatrix>(PlacementMatrix::build(
        data, settings, scenario.referenceDate, scenario.vacancies, scenario.poolSize, scenario.constraints));
    run.matrixMs = timer.nsecsElapsed() / 1e6;
    scenario.id = 0;
    scenario.rowVersion = 0;
    solvePlacement(data, *matrix, scenario);
    run.emptySeats = explainEmptySeats(data, *matrix, scenario);
    run.matrix = std::move(matrix);
    run.scenario = std::move(scenario);
    return run;
}

} // namespace karsa
