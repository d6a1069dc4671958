#include "TrainingRecordRepository.h"

#include "RowReader.h"
#include "Sql.h"
#include "development/TrainingProgramme.h"

#include <QCoreApplication>
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

const QString kColumns = QStringLiteral(
    "id, employee_id, program_id, plan_item_id, title, form, provider, start_date, end_date, jp, certificate_no, "
    "result, row_version");

TrainingRecord readRecord(const RowReader::Row& r)
{
    TrainingRecord t;
    t.id = r.integer(0);
    t.employeeId = r.integer(1);
    t.programmeId = r.integer(2);
    t.planItemId = r.integer(3);
    t.title = r.text(4);
    t.form = r.text(5);
    t.provider = r.text(6);
    t.startDate = r.date(7);
    t.endDate = r.date(8);
    t.jp = r.real(9);
    t.certificateNo = r.text(10);
    trainingResultFromCode(r.text(11), &t.result);
    t.rowVersion = int(r.integer(12));
    return t;
}
} // namespace

Status TrainingRecordRepository::validate(const TrainingRecord& t)
{
    if (t.employeeId <= 0)
        return fieldError(QStringLiteral("employee"), QCoreApplication::translate("TrainingRecord", "No employee was given"));
    if (t.title.trimmed().isEmpty())
        return fieldError(QStringLiteral("title"), QCoreApplication::translate("TrainingRecord", "The training title is empty"));
    if (!TrainingForms::isKnown(t.form))
        return fieldError(QStringLiteral("form"),
                          QCoreApplication::translate("TrainingRecord", "'%1' is not a development form").arg(t.form));
    if (!t.startDate.isValid())
        return fieldError(QStringLiteral("start_date"),
                          QCoreApplication::translate("TrainingRecord", "The start date is missing or not a real date"));
    if (!t.endDate.isValid())
        return fieldError(QStringLiteral("end_date"),
                          QCoreApplication::translate("TrainingRecord", "The end date is missing or not a real date"));
    if (t.endDate < t.startDate)
        return fieldError(QStringLiteral("end_date"),
                          QCoreApplication::translate("TrainingRecord", "The end date is before the start date"));
    if (!(t.jp > 0) || t.jp > 2000)
        return fieldError(QStringLiteral("jp"),
                          QCoreApplication::translate("TrainingRecord", "The JP must be more than 0 and at most 2000"));
    return {};
}

Result<qint64> TrainingRecordRepository::insert(const TrainingRecord& t)
{
    if (Status s = validate(t); !s)
        return s.error();
    auto q = sql::prepare(m_db, QStringLiteral("INSERT INTO training_records (employee_id, program_id, plan_item_id, title, "
                                               "form, provider, start_date, end_date, jp, certificate_no, result, "
                                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v : QVariantList{t.employeeId, sql::id(t.programmeId), sql::id(t.planItemId), t.title.trimmed(),
                                          t.form, sql::text(t.provider), sql::date(t.startDate), sql::date(t.endDate),
                                          t.jp, sql::text(t.certificateNo.trimmed()), trainingResultCode(t.result),
                                          sql::nowText()})
        q->addBindValue(v);
    if (Status s = sql::exec(q.value()); !s)
        return s.error();
    return q->lastInsertId().toLongLong();
}

Status TrainingRecordRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM training_records WHERE id = ?"), {id});
}

Result<TrainingRecord> TrainingRecordRepository::byId(qint64 id) const
{
    std::optional<TrainingRecord> found;
    const Status s = RowReader::forEach(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM training_records WHERE id = ?"),
                                        {id}, [&](const RowReader::Row& r) { found = readRecord(r); });
    if (!s)
        return s.error();
    if (!found)
        return makeError(QCoreApplication::translate("TrainingRecord", "The training record no longer exists"));
    return *found;
}

Result<QVector<TrainingRecord>> TrainingRecordRepository::forYear(int year, qint64 employeeId) const
{
    QVector<TrainingRecord> out;
    QString statement = QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM training_records WHERE start_date <= ? AND end_date >= ?");
    QVariantList values{QDate(year, 12, 31).toString(Qt::ISODate), QDate(year, 1, 1).toString(Qt::ISODate)};
    if (employeeId > 0) {
        statement += QStringLiteral(" AND employee_id = ?");
        values << employeeId;
    }
    statement += QStringLiteral(" ORDER BY end_date, id");
    const Status s = RowReader::forEach(m_db, statement, values, [&](const RowReader::Row& r) { out.append(readRecord(r)); });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<JpEntry>> TrainingRecordRepository::jpEntries(int year) const
{
    QVector<JpEntry> out;
    const Status s = RowReader::forEach(
        m_db,
        QStringLiteral("SELECT employee_id, start_date, end_date, jp FROM training_records "
                       "WHERE start_date <= ? AND end_date >= ?"),
        {QDate(year, 12, 31).toString(Qt::ISODate), QDate(year, 1, 1).toString(Qt::ISODate)},
        [&](const RowReader::Row& r) { out.append({r.integer(0), r.date(1), r.date(2), r.real(3)}); });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<AssessmentProposal>> ProposalRepository::pending() const
{
    QVector<AssessmentProposal> out;
    const Status s = RowReader::forEach(
        m_db,
        QStringLiteral("SELECT a.id, a.employee_id, a.competency_id, a.level, a.assessed_on, a.method, a.evidence, "
                       "a.training_record_id, t.title, a.row_version FROM assessments a "
                       "LEFT JOIN training_records t ON t.id = a.training_record_id "
                       "WHERE a.status = 'needs_validation' ORDER BY a.assessed_on, a.id"),
        {}, [&](const RowReader::Row& r) {
            AssessmentProposal p;
            p.assessmentId = r.integer(0);
            p.employeeId = r.integer(1);
            p.competencyId = r.integer(2);
            p.level = int(r.integer(3));
            p.assessedOn = r.date(4);
            p.method = r.text(5);
            p.evidence = r.text(6);
            p.trainingRecordId = r.integer(7);
            p.trainingTitle = r.text(8);
            p.rowVersion = int(r.integer(9));
            out.append(p);
        });
    if (!s)
        return s.error();
    return out;
}

Status ProposalRepository::decide(qint64 assessmentId, int expectedVersion, bool validate, const QString& by, const QDateTime& at)
{
    if (by.trimmed().isEmpty())
        return fieldError(QStringLiteral("decided_by"),
                          QCoreApplication::translate("TrainingRecord", "Say who validates or rejects the assessment"));
    auto status = sql::scalar(m_db, QStringLiteral("SELECT status FROM assessments WHERE id = ?"), {assessmentId});
    if (!status)
        return status.error();
    if (!status->isValid())
        return makeError(QCoreApplication::translate("TrainingRecord", "The assessment no longer exists"));
    const QString gone = QCoreApplication::translate("TrainingRecord", "The assessment no longer exists");
    auto version = sql::rowVersion(m_db, QStringLiteral("assessments"), assessmentId);
    if (!version)
        return version.error();
    if (version.value() != expectedVersion) // decided (or edited) elsewhere since the officer read it
        return sql::conflictError(m_db, QStringLiteral("assessments"), assessmentId);
    if (status->toString() != u"needs_validation")
        return makeError(QCoreApplication::translate("TrainingRecord", "The assessment was already decided"));
    return sql::execVersioned(
        m_db, QStringLiteral("assessments"), assessmentId,
        QStringLiteral("UPDATE assessments SET status = ?, decided_by = ?, decided_at = ?, updated_at = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {validate ? QStringLiteral("validated") : QStringLiteral("rejected"), by.trimmed(),
         at.toUTC().toString(Qt::ISODate), sql::nowText(), assessmentId, expectedVersion},
        gone);
}

Status ProposalRepository::reopen(qint64 assessmentId, int expectedVersion)
{
    return sql::execVersioned(
        m_db, QStringLiteral("assessments"), assessmentId,
        QStringLiteral("UPDATE assessments SET status = 'needs_validation', decided_by = NULL, "
                       "decided_at = NULL, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {sql::nowText(), assessmentId, expectedVersion},
        QCoreApplication::translate("TrainingRecord", "The assessment no longer exists"));
}

Result<std::pair<QString, QDateTime>> ProposalRepository::decision(qint64 assessmentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT decided_by, decided_at FROM assessments WHERE id = ?"));
    q.addBindValue(assessmentId);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return makeError(QCoreApplication::translate("TrainingRecord", "The assessment no longer exists"));
    return std::make_pair(q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate));
}

} // namespace karsa
