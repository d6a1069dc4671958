#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace karsa {

// Where a competency is used: the standards (SKJ lines) and assessments that refer to it. A used
// competency cannot be deleted (the schema restricts it).
struct CompetencyUsage
{
    int standards = 0;   // positions whose standard lists it
    int assessments = 0; // assessment records of it
    bool used() const { return standards > 0 || assessments > 0; }
};

Result<CompetencyUsage> competencyUsage(QSqlDatabase db, qint64 competencyId);

// Plain words for an officer: why the competency named name cannot be deleted.
QString competencyInUseMessage(const QString& name, const CompetencyUsage& usage);

// Deletes the competency (with its levels) unless a standard or an assessment uses it; then the
// error says so in plain words (also when the database's foreign key refuses it).
Status removeUnusedCompetency(QSqlDatabase db, qint64 competencyId, const QString& name);

} // namespace karsa
