#include "AnalyticsCommands.h"
#include "BasicCommands.h"
#include "DemoCommand.h"
#include "EvaluationCommands.h"
#include "PlacementCommands.h"
#include "ImportCommands.h"
#include "SecurityCommands.h"
#include "DevelopmentCommands.h"
#include "TrainingCommands.h"

namespace karsa::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<InitCommand>());
    c.push_back(std::make_unique<UpgradeCommand>());
    c.push_back(std::make_unique<DemoCommand>());
    c.push_back(std::make_unique<StatsCommand>());
    c.push_back(std::make_unique<CheckCommand>());
    c.push_back(std::make_unique<NipCommand>());
    c.push_back(std::make_unique<GapCommand>());
    c.push_back(std::make_unique<JpmCommand>());
    c.push_back(std::make_unique<TalentCommand>());
    c.push_back(std::make_unique<RankCommand>());
    c.push_back(std::make_unique<BenchCommand>());
    c.push_back(std::make_unique<EvalCommand>());
    c.push_back(std::make_unique<SolveAssignmentCommand>());
    c.push_back(std::make_unique<PlacementCommand>());
    c.push_back(std::make_unique<ImportCommand>());
    c.push_back(std::make_unique<ImportSampleCommand>());
    c.push_back(std::make_unique<BackupCommand>());
    c.push_back(std::make_unique<RestoreCommand>());
    c.push_back(std::make_unique<AuditCommand>());
    c.push_back(std::make_unique<UserCommand>());
    c.push_back(std::make_unique<PlanCommand>());
    c.push_back(std::make_unique<JpCommand>());
    c.push_back(std::make_unique<TrainingCommand>());
    c.push_back(std::make_unique<CatalogueCommand>());
    c.push_back(std::make_unique<ValidationCommand>());
    return c;
}

} // namespace karsa::cli
