#pragma once

#include "Command.h"

namespace karsa::cli {

// solve-assignment: the rectangular linear assignment solver on a CSV matrix read from stdin.
class SolveAssignmentCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("solve-assignment"); }
    QString summary() const override
    {
        return QStringLiteral("Optimal assignment of a CSV matrix on stdin: [--maximize] < matrix.csv (JSON out).");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// placement: vacancies, candidate pools, solving and saving scenarios, comparison and the report.
class PlacementCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("placement"); }
    QString summary() const override
    {
        return QStringLiteral("Placement: vacancies | candidates | solve | scenarios | compare | report | delete.");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

} // namespace karsa::cli
