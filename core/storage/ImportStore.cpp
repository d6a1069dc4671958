#include "ImportStore.h"

#include "EmployeeRepository.h"
#include "RowReader.h"
#include "Sql.h"
#include "import/ImportPreview.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace karsa {

Result<QHash<QString, qint64>> ImportStore::employeeIdsByNip() const
{
    QHash<QString, qint64> ids;
    Status s = RowReader::forEach(m_db, QStringLiteral("SELECT id, nip FROM employees"), {},
                                  [&](const RowReader::Row& r) { ids.insert(r.text(1), r.integer(0)); });
    if (!s)
        return s.error();
    return ids;
}

Status ImportStore::forEachAssessment(const std::function<void(const StoredAssessment&)>& onRow) const
{
    StoredAssessment a;
    return RowReader::forEach(
        m_db, QStringLiteral("SELECT id, employee_id, competency_id, assessed_on, method, level, assessor, evidence, row_version "
                       "FROM assessments"),
        {}, [&](const RowReader::Row& r) {
            a.id = r.integer(0);
            a.employeeId = r.integer(1);
            a.competencyId = r.integer(2);
            a.assessedOn = r.date(3);
            a.method = r.text(4);
            a.level = int(r.integer(5));
            a.assessor = r.text(6);
            a.evidence = r.text(7);
            a.rowVersion = int(r.integer(8));
            onRow(a);
        });
}

Result<qint64> ImportStore::assessmentCount() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM assessments"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status ImportStore::updateEmployees(const QVector<Employee>& employees)
{
    if (employees.isEmpty())
        return {};
    QString sets;
    for (const QString& c : EmployeeRepository::columns())
        sets += c + QStringLiteral(" = ?, ");
    auto q = sql::prepare(m_db, QStringLiteral("UPDATE employees SET ") + sets +
                                    QStringLiteral("row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!q)
        return q.error();
    const QString now = sql::nowText();
    for (const Employee& e : employees) {
        QVariantList v = EmployeeRepository::values(e, now);
        v << e.id << e.rowVersion;
        for (int i = 0; i < v.size(); ++i)
            q->bindValue(i, v.at(i));
        if (Status s = sql::exec(q.value()); !s)
            return s;
        if (q->numRowsAffected() != 1)
            return makeError(QCoreApplication::translate(
                "Import", "The employee with NIP %1 was changed by someone else during the import; analyze the file again")
                                 .arg(e.nip));
    }
    return {};
}

Status ImportStore::updateAssessments(const QVector<AssessmentChange>& changes)
{
    if (changes.isEmpty())
        return {};
    auto q = sql::prepare(m_db, QStringLiteral("UPDATE assessments SET level = ?, assessor = ?, evidence = ?, updated_at = ?, "
                                               "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!q)
        return q.error();
    const QString now = sql::nowText();
    for (const AssessmentChange& c : changes) {
        q->bindValue(0, c.level);
        q->bindValue(1, sql::text(c.assessor));
        q->bindValue(2, sql::text(c.evidence));
        q->bindValue(3, now);
        q->bindValue(4, c.id);
        q->bindValue(5, c.rowVersion);
        if (Status s = sql::exec(q.value()); !s)
            return s;
        if (Status s = sql::checkVersioned(m_db, q.value(), QStringLiteral("assessments"), c.id); !s)
            return s;
    }
    return {};
}

Status ImportStore::dropAssessmentIndex()
{
    return sql::exec(m_db, QStringLiteral("DROP INDEX IF EXISTS idx_assessments_employee"));
}

Status ImportStore::setLargeCache(bool on)
{
    // Negative: KiB. 256 MiB while loading millions of rows; SQLite's default (2 MiB) after.
    return sql::exec(m_db, on ? QStringLiteral("PRAGMA cache_size = -262144") : QStringLiteral("PRAGMA cache_size = -2000"));
}

Status ImportStore::createAssessmentIndex()
{
    return sql::exec(m_db, QStringLiteral("CREATE INDEX IF NOT EXISTS idx_assessments_employee "
                                          "ON assessments(employee_id, competency_id, assessed_on)"));
}

Status ImportStore::recordBatch(const ImportPreview& p, int unitsCreated, int positionsCreated, const QString& backupFile)
{
    return sql::exec(m_db,
                     QStringLiteral("INSERT INTO import_batches (kind, file_name, file_format, rows_in_file, rows_added, "
                                    "rows_updated, rows_unchanged, units_created, positions_created, backup_file, applied_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {importKindCode(p.kind), p.fileName, sql::text(p.format), p.dataRows, p.added, p.updated, p.unchanged,
                      unitsCreated, positionsCreated, sql::text(backupFile), sql::nowText()});
}

Result<qint64> ImportStore::batchCount() const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM import_batches"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace karsa
