#pragma once

#include "Command.h"

namespace karsa::cli {

// plan: generate, show, approve, item status, swap and export development plans.
class PlanCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override
    {
        return QStringLiteral("Development plans: generate|show|approve|item|swap|export --year Y (--nip NIP | --unit CODE | --all).");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// jp: JP compliance of every employee in scope for a year.
class JpCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("jp"); }
    QString summary() const override
    {
        return QStringLiteral("JP compliance for a year: --year Y [--unit CODE] [--behind] [--json|--csv|--out FILE].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

} // namespace karsa::cli
