#pragma once

#include "Command.h"

namespace karsa::cli {

// karsa-cli import employees|assessments|standards FILE [--dry-run] [--json] [--no-backup]
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Import employees (SIASN), assessments or standards from CSV/XLSX: KIND FILE [--dry-run] [--json].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// karsa-cli import-sample DIR --employees N --per-employee K: synthetic files for benchmarks.
class ImportSampleCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import-sample"); }
    QString summary() const override
    {
        return QStringLiteral("Write a synthetic SIASN employee CSV and assessment CSV: DIR [--employees N] [--per-employee K].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

} // namespace karsa::cli
