#pragma once

#include "Command.h"

namespace karsa::cli {

// training: record attended training (from a plan item or ad hoc) and list the realisation of a year.
class TrainingCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("training"); }
    QString summary() const override
    {
        return QStringLiteral("Realised training: add --nip NIP (--program CODE | --title T --form F) --start D --end D ... | list --year Y.");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// catalogue: the training programmes.
class CatalogueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("catalogue"); }
    QString summary() const override
    {
        return QStringLiteral("Training catalogue: list [--json|--csv|--out FILE] | add --code C --name N --form F --jp N ... | edit --code C [--active false] ...");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

// validation: assessments awaiting validation (proposed by completed training) and the decisions.
class ValidationCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("validation"); }
    QString summary() const override
    {
        return QStringLiteral("Proposed assessments: list [--json] | validate --id N [--by NAME] | reject --id N [--by NAME].");
    }
    void setup(QCommandLineParser& parser) const override;
    int run(Context& context, const QCommandLineParser& parser) override;
};

} // namespace karsa::cli
