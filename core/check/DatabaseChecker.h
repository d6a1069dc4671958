#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace karsa {

struct CheckFinding
{
    QString check;   // e.g. "integrity", "foreign_keys", "nip"
    QString subject; // the record concerned, e.g. "employee 19860926 201505 1 001"
    QString message;
};

struct CheckReport
{
    QVector<CheckFinding> findings;
    int checksRun = 0;
    qint64 employeesChecked = 0;
    bool clean() const { return findings.isEmpty(); }
};

// Checks a database: SQLite integrity, foreign keys, and Karsa's domain invariants (valid and
// consistent NIPs, known golongan and jenjang, every position has a standard, levels 1-5, the
// unit tree has no cycles, an employee works in the unit of their position).
class DatabaseChecker
{
public:
    static constexpr int kMaxFindingsPerCheck = 50;
    static Result<CheckReport> run(QSqlDatabase db, Progress* progress = nullptr);
};

// Row counts per entity, for `karsa-cli stats` and the status bar.
struct EntityCount
{
    QString entity; // table name
    qint64 count = 0;
};
Result<QVector<EntityCount>> countEntities(QSqlDatabase db);

} // namespace karsa
