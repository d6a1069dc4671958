#pragma once

#include "Command.h"

namespace karsa::cli {

class BackupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return QStringLiteral("Write a consistent backup copy of the database to FILE."); }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

class RestoreCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override
    {
        return QStringLiteral("Replace the database with a checked backup FILE (the current data is backed up first).");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

class AuditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return QStringLiteral("List the audit trail [--since DATE] [--until DATE] [--user U] [--table T] [--csv|--json].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

class UserCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override
    {
        return QStringLiteral("Manage users: list | add NAME | role NAME ROLE | password NAME | unlock NAME | "
                              "deactivate NAME | login on|off.");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// Records in the audit trail that a command exported data for use elsewhere: printed (--csv, --json)
// or written to target (--out, --pdf, --xlsx FILE; "stdout" when printed).
void recordCommandExport(Context& context, const QString& command, const QStringList& arguments,
                         const QString& target);

} // namespace karsa::cli
