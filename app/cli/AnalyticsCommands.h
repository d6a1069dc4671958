#pragma once

#include "Command.h"

namespace karsa::cli {

// gap: per-competency gap of one employee against the current and optionally a target position.
class GapCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("gap"); }
    QString summary() const override
    {
        return QStringLiteral("Competency gaps of one employee: --nip NIP [--position CODE] [--json].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// jpm: Job Person Match and category of every employee in scope.
class JpmCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("jpm"); }
    QString summary() const override
    {
        return QStringLiteral("JPM and category of every employee: [--unit CODE] [--scale NAME] [--json|--csv].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// talent: the 9-box of every employee in scope, or the succession pool of a position.
class TalentCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("talent"); }
    QString summary() const override
    {
        return QStringLiteral("Talent 9-box of every employee: [--unit CODE] [--pool POSITION] [--json|--csv].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// rank: candidates for a position, with exclusions and per-competency contributions.
class RankCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("rank"); }
    QString summary() const override
    {
        return QStringLiteral("Rank candidates for a position: --position CODE [--limit N] [--json].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// bench: times the analytics on the open database.
class BenchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override
    {
        return QStringLiteral("Time JPM for everyone, one ranking and the unit aggregates (JSON, ms).");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

} // namespace karsa::cli
