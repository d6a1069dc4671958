#include "BasicCommands.h"
#include "DemoCommand.h"

namespace karsa::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> c;
    c.push_back(std::make_unique<InitCommand>());
    c.push_back(std::make_unique<DemoCommand>());
    c.push_back(std::make_unique<StatsCommand>());
    c.push_back(std::make_unique<CheckCommand>());
    c.push_back(std::make_unique<NipCommand>());
    return c;
}

} // namespace karsa::cli
