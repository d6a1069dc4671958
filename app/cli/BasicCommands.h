#pragma once

#include "Command.h"

namespace karsa::cli {

class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create (or upgrade) the database with reference data."); }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

class UpgradeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("upgrade"); }
    QString summary() const override
    {
        return QStringLiteral("Upgrade an existing database to this version's schema (a backup is made first).");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

class StatsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return QStringLiteral("Count the records of each kind [--json]."); }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return QStringLiteral("Check SQLite integrity, foreign keys and domain rules (exit 1 on findings) [--json].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

class NipCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("nip"); }
    QString summary() const override { return QStringLiteral("Decode and validate NIPs (exit 2 if any is invalid) [--json]."); }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

} // namespace karsa::cli
