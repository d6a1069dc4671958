#pragma once

#include "common/Result.h"
#include "domain/Employee.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

namespace karsa {

struct ImportPreview;

// The SQL the importers need beyond the repositories: fast lookups over whole tables, batched
// updates with one prepared statement, index handling for large assessment loads, and the
// import_batches record. Writers are called inside the import's transaction.
class ImportStore
{
public:
    explicit ImportStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QHash<QString, qint64>> employeeIdsByNip() const;

    struct StoredAssessment
    {
        qint64 id = 0;
        qint64 employeeId = 0;
        qint64 competencyId = 0;
        QDate assessedOn;
        QString method;
        int level = 0;
        QString assessor;
        QString evidence;
        int rowVersion = 0;
    };
    Status forEachAssessment(const std::function<void(const StoredAssessment&)>& onRow) const;
    Result<qint64> assessmentCount() const;

    // Updates employees whose id and rowVersion are set; fails when one was changed meanwhile.
    Status updateEmployees(const QVector<Employee>& employees);
    // An assessment row the analysis found with other values, with the row_version it read then;
    // updateAssessments() refuses with sql::conflictError when the row was changed meanwhile.
    struct AssessmentChange
    {
        qint64 id = 0;
        int rowVersion = 0;
        int level = 0;
        QString assessor;
        QString evidence;
    };
    Status updateAssessments(const QVector<AssessmentChange>& changes);
    // The assessments secondary index, dropped during a large load and rebuilt after it.
    Status dropAssessmentIndex();
    // A larger page cache for the duration of a bulk load on this connection (and back).
    Status setLargeCache(bool on);
    Status createAssessmentIndex();

    Status recordBatch(const ImportPreview& preview, int unitsCreated, int positionsCreated, const QString& backupFile);
    Result<qint64> batchCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace karsa
