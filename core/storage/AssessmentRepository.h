#pragma once

#include "common/Result.h"
#include "domain/Assessment.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

// The current level of one competency for one employee: the latest validated assessment.
struct CurrentLevel
{
    qint64 employeeId = 0;
    qint64 competencyId = 0;
    int level = 0;
    QDate assessedOn;
};

class AssessmentRepository
{
public:
    explicit AssessmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static Status validate(const Assessment& assessment);
    static const QStringList& columns(); // for BulkInserter
    static QVariantList values(const Assessment& assessment, const QString& now);

    Result<qint64> insert(const Assessment& assessment);
    // Optimistic: refused with sql::conflictError when the row_version is not expectedVersion.
    Status setStatus(qint64 id, int expectedVersion, AssessmentStatus status);
    // Corrects a stored assessment (competency, level, date, method, assessor, evidence, status) by id.
    Status update(const Assessment& assessment); // optimistic: rowVersion must match
    Result<Assessment> byId(qint64 id) const;
    Status remove(qint64 id);
    Result<QVector<Assessment>> history(qint64 employeeId) const; // newest first
    // Latest validated level per (employee, competency), for one employee or (0) everyone,
    // ordered by employee then competency.
    Result<QVector<CurrentLevel>> current(qint64 employeeId = 0) const;

private:
    QSqlDatabase m_db;
};

class PerformanceRepository
{
public:
    explicit PerformanceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static QString predikatFor(int hasilKerja, int perilaku); // domain.md 4.2 matrix, default table
    Status upsert(const PerformanceRating& rating);        // one rating per employee and year
    Result<QVector<PerformanceRating>> forEmployee(qint64 employeeId) const;
    Result<QVector<PerformanceRating>> all(int fromYear, int toYear) const;

    Result<qint64> addDisciplinary(const DisciplinaryRecord& record);
    Result<QVector<DisciplinaryRecord>> disciplinary(qint64 employeeId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace karsa
