#include "AssessmentRepository.h"

#include "RowReader.h"
#include "Sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <QSqlQuery>

namespace karsa {

namespace {
Error fieldError(const QString& field, const QString& message)
{
    Error e;
    e.field = field;
    e.message = message;
    return e;
}
} // namespace

Status AssessmentRepository::validate(const Assessment& a)
{
    if (a.employeeId <= 0)
        return fieldError(QStringLiteral("employee"), QCoreApplication::translate("Assessment", "No employee was given"));
    if (a.competencyId <= 0)
        return fieldError(QStringLiteral("competency"), QCoreApplication::translate("Assessment", "No competency was given"));
    if (a.level < 1 || a.level > 5)
        return fieldError(QStringLiteral("level"), QCoreApplication::translate("Assessment", "The level %1 is not 1-5").arg(a.level));
    if (!a.assessedOn.isValid())
        return fieldError(QStringLiteral("assessed_on"), QCoreApplication::translate("Assessment", "The assessment date is missing or not a real date"));
    if (a.method.trimmed().isEmpty())
        return fieldError(QStringLiteral("method"), QCoreApplication::translate("Assessment", "The assessment method is empty"));
    return {};
}

const QStringList& AssessmentRepository::columns()
{
    static const QStringList c = {QStringLiteral("employee_id"), QStringLiteral("competency_id"), QStringLiteral("level"),
                                  QStringLiteral("assessed_on"), QStringLiteral("method"),        QStringLiteral("assessor"),
                                  QStringLiteral("evidence"),    QStringLiteral("status"),        QStringLiteral("created_at"),
                                  QStringLiteral("updated_at")};
    return c;
}

QVariantList AssessmentRepository::values(const Assessment& a, const QString& now)
{
    return {a.employeeId, a.competencyId, a.level, sql::date(a.assessedOn), a.method, sql::text(a.assessor),
            sql::text(a.evidence), assessmentStatusCode(a.status), now, now};
}

Result<qint64> AssessmentRepository::insert(const Assessment& a)
{
    if (Status s = validate(a); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO assessments (") + columns().join(u',') +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : values(a, sql::nowText()))
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status AssessmentRepository::setStatus(qint64 id, int expectedVersion, AssessmentStatus status)
{
    return sql::execVersioned(m_db, QStringLiteral("assessments"), id,
                              QStringLiteral("UPDATE assessments SET status = ?, updated_at = ?, "
                                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                              {assessmentStatusCode(status), sql::nowText(), id, expectedVersion},
                              QCoreApplication::translate("Assessment", "The assessment no longer exists"));
}

Status AssessmentRepository::update(const Assessment& a)
{
    if (a.id <= 0)
        return makeError(QCoreApplication::translate("Assessment", "No assessment was given"));
    if (Status s = validate(a); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE assessments SET employee_id = ?, competency_id = ?, level = ?, assessed_on = ?, "
                             "method = ?, assessor = ?, evidence = ?, status = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant& v : {QVariant(a.employeeId), QVariant(a.competencyId), QVariant(a.level), sql::date(a.assessedOn),
                              QVariant(a.method), sql::text(a.assessor), sql::text(a.evidence),
                              QVariant(assessmentStatusCode(a.status)), QVariant(sql::nowText()), QVariant(a.id),
                              QVariant(a.rowVersion)})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    return sql::checkVersioned(m_db, q, QStringLiteral("assessments"), a.id,
                               QCoreApplication::translate("Assessment", "The assessment no longer exists"));
}

Result<Assessment> AssessmentRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, employee_id, competency_id, level, assessed_on, method, assessor, evidence, status, "
                             "row_version FROM assessments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return makeError(QCoreApplication::translate("Assessment", "The assessment no longer exists"));
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.employeeId = q.value(1).toLongLong();
    a.competencyId = q.value(2).toLongLong();
    a.level = q.value(3).toInt();
    a.assessedOn = sql::toDate(q.value(4));
    a.method = q.value(5).toString();
    a.assessor = q.value(6).toString();
    a.evidence = q.value(7).toString();
    assessmentStatusFromCode(q.value(8).toString(), &a.status);
    a.rowVersion = q.value(9).toInt();
    return a;
}

Status AssessmentRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM assessments WHERE id = ?"), {id});
}

Result<QVector<Assessment>> AssessmentRepository::history(qint64 employeeId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, employee_id, competency_id, level, assessed_on, method, assessor, evidence, status, "
                             "row_version FROM assessments WHERE employee_id = ? ORDER BY assessed_on DESC, id DESC"));
    q.addBindValue(employeeId);
    if (!q.exec())
        return sql::errorFrom(q);
    QVector<Assessment> out;
    while (q.next()) {
        Assessment a;
        a.id = q.value(0).toLongLong();
        a.employeeId = q.value(1).toLongLong();
        a.competencyId = q.value(2).toLongLong();
        a.level = q.value(3).toInt();
        a.assessedOn = sql::toDate(q.value(4));
        a.method = q.value(5).toString();
        a.assessor = q.value(6).toString();
        a.evidence = q.value(7).toString();
        assessmentStatusFromCode(q.value(8).toString(), &a.status);
    a.rowVersion = q.value(9).toInt();
        out << a;
    }
    return out;
}

Result<QVector<CurrentLevel>> AssessmentRepository::current(qint64 employeeId) const
{
    // A plain scan in storage order, then sorting in memory, is several times faster than letting
    // SQLite walk the (employee, competency, date) index and fetch every row's status from the table.
    struct Entry
    {
        qint64 employeeId, competencyId, id;
        QDate date;
        int level;
    };
    QVector<Entry> entries;
    QVariantList binds;
    if (employeeId > 0)
        binds << employeeId;
    Status s = RowReader::forEach(
        m_db,
        QStringLiteral("SELECT employee_id, competency_id, level, assessed_on, id FROM assessments WHERE status = 'validated'%1")
            .arg(employeeId > 0 ? QStringLiteral(" AND employee_id = ?") : QString()),
        binds, [&entries](const RowReader::Row& r) {
            entries.append({r.integer(0), r.integer(1), r.integer(4), r.date(3), int(r.integer(2))});
        });
    if (!s)
        return s.error();
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.employeeId != b.employeeId)
            return a.employeeId < b.employeeId;
        if (a.competencyId != b.competencyId)
            return a.competencyId < b.competencyId;
        if (a.date != b.date)
            return a.date < b.date;
        return a.id < b.id;
    });
    QVector<CurrentLevel> out;
    out.reserve(entries.size());
    for (const Entry& e : std::as_const(entries)) {
        // A later assessment of the same competency replaces the earlier one.
        if (out.isEmpty() || out.last().employeeId != e.employeeId || out.last().competencyId != e.competencyId)
            out.append({e.employeeId, e.competencyId, e.level, e.date});
        else
            out.last() = {e.employeeId, e.competencyId, e.level, e.date};
    }
    return out;
}

QString PerformanceRepository::predikatFor(int hasilKerja, int perilaku)
{
    if (hasilKerja < 0)
        return perilaku < 0 ? QStringLiteral("sangat_kurang") : QStringLiteral("butuh_perbaikan");
    if (perilaku < 0)
        return QStringLiteral("kurang");
    if (hasilKerja > 0 && perilaku > 0)
        return QStringLiteral("sangat_baik");
    return QStringLiteral("baik");
}

Status PerformanceRepository::upsert(const PerformanceRating& r)
{
    if (r.hasilKerja < -1 || r.hasilKerja > 1 || r.perilaku < -1 || r.perilaku > 1)
        return makeError(QCoreApplication::translate("Performance", "A rating must be below, meeting or above expectation"));
    const QString predikat = r.predikat.isEmpty() ? predikatFor(r.hasilKerja, r.perilaku) : r.predikat;
    // Not version-checked: an upsert keyed on (employee, year) that loads a rating (SKP import, demo
    // data), whatever was there before; it is not the write-back of a row an officer opened.
    return sql::exec(m_db,
                     QStringLiteral("INSERT INTO performance_ratings (employee_id, year, hasil_kerja, perilaku, predikat, source, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(employee_id, year) DO UPDATE SET "
                                    "hasil_kerja = excluded.hasil_kerja, perilaku = excluded.perilaku, predikat = excluded.predikat, "
                                    "source = excluded.source, updated_at = excluded.updated_at, row_version = row_version + 1"),
                     {r.employeeId, r.year, r.hasilKerja, r.perilaku, predikat,
                      r.source.isEmpty() ? QStringLiteral("skp") : r.source, sql::nowText()});
}

namespace {
Result<QVector<PerformanceRating>> readRatings(QSqlQuery& q)
{
    if (!q.exec())
        return sql::errorFrom(q);
    QVector<PerformanceRating> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                    q.value(4).toInt(), q.value(5).toString(), q.value(6).toString()});
    return out;
}
const QString kRatingSelect =
    QStringLiteral("SELECT id, employee_id, year, hasil_kerja, perilaku, predikat, source FROM performance_ratings ");
} // namespace

Result<QVector<PerformanceRating>> PerformanceRepository::forEmployee(qint64 employeeId) const
{
    QSqlQuery q(m_db);
    q.prepare(kRatingSelect + QStringLiteral("WHERE employee_id = ? ORDER BY year"));
    q.addBindValue(employeeId);
    return readRatings(q);
}

Result<QVector<PerformanceRating>> PerformanceRepository::all(int fromYear, int toYear) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kRatingSelect + QStringLiteral("WHERE year BETWEEN ? AND ? ORDER BY employee_id, year"));
    q.addBindValue(fromYear);
    q.addBindValue(toYear);
    return readRatings(q);
}

Result<qint64> PerformanceRepository::addDisciplinary(const DisciplinaryRecord& d)
{
    if (d.level != u"ringan" && d.level != u"sedang" && d.level != u"berat")
        return fieldError(QStringLiteral("level"), QCoreApplication::translate("Performance", "The sanction level must be ringan, sedang or berat"));
    if (!d.decidedOn.isValid())
        return fieldError(QStringLiteral("decided_on"), QCoreApplication::translate("Performance", "The decision date is missing"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO disciplinary_records (employee_id, level, decided_on, ends_on, description, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(d.employeeId), QVariant(d.level), sql::date(d.decidedOn), sql::date(d.endsOn),
                              sql::text(d.description), QVariant(sql::nowText())})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QVector<DisciplinaryRecord>> PerformanceRepository::disciplinary(qint64 employeeId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, employee_id, level, decided_on, ends_on, description FROM disciplinary_records%1 "
                             "ORDER BY employee_id, decided_on")
                  .arg(employeeId > 0 ? QStringLiteral(" WHERE employee_id = ?") : QString()));
    if (employeeId > 0)
        q.addBindValue(employeeId);
    if (!q.exec())
        return sql::errorFrom(q);
    QVector<DisciplinaryRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), sql::toDate(q.value(3)),
                    sql::toDate(q.value(4)), q.value(5).toString()});
    return out;
}

} // namespace karsa
