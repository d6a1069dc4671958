#include "EvaluationRepository.h"

#include "session/Session.h"

#include "RaterAssignment.h"

#include "storage/AuditLog.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace karsa {

namespace {
Error fieldError(const QString& field, const QString& message)
{
    Error e = makeError(message);
    e.field = field;
    return e;
}
const QString kCycleSelect =
    QStringLiteral("SELECT id, name, period, year, quarter, unit_id, status, scale_max, row_version FROM eval_cycles ");

EvaluationCycle readCycle(const QSqlQuery& q)
{
    EvaluationCycle c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.period = q.value(2).toString();
    c.year = q.value(3).toInt();
    c.quarter = q.value(4).toInt();
    c.unitId = q.value(5).toLongLong();
    c.status = q.value(6).toString();
    c.scaleMax = q.value(7).toInt();
    c.rowVersion = q.value(8).toInt();
    return c;
}

Status validateScores(const RaterForm& form, int scaleMax)
{
    for (auto it = form.scores.cbegin(); it != form.scores.cend(); ++it)
        if (it.value() < 1 || it.value() > scaleMax)
            return fieldError(QStringLiteral("score"),
                              QCoreApplication::translate("Evaluation", "An answer must be from 1 to %1 (got %2)")
                                  .arg(scaleMax)
                                  .arg(it.value()));
    if (form.submitted && form.scores.isEmpty())
        return fieldError(QStringLiteral("score"),
                          QCoreApplication::translate("Evaluation", "An answered form needs at least one score"));
    return {};
}

Status writeScores(QSqlDatabase db, qint64 raterId, const RaterForm& form)
{
    if (Status s = sql::exec(db, QStringLiteral("DELETE FROM eval_responses WHERE rater_id = ?"), {raterId}); !s)
        return s;
    if (!form.submitted)
        return {};
    auto q =
        sql::prepare(db, QStringLiteral("INSERT INTO eval_responses (rater_id, behaviour_id, score) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    for (auto it = form.scores.cbegin(); it != form.scores.cend(); ++it) {
        q->addBindValue(raterId);
        q->addBindValue(it.key());
        q->addBindValue(it.value());
        if (Status s = sql::exec(q.value()); !s)
            return s;
    }
    return {};
}
} // namespace

QString EvaluationRepository::currentOfficer(QSqlDatabase db)
{
    return Session::of(db).displayName();
}

Result<qint64> EvaluationRepository::createCycle(const EvaluationCycle& c)
{
    if (c.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), QCoreApplication::translate("Evaluation", "The cycle needs a name"));
    if (c.period != u"annual" && c.period != u"quarterly")
        return fieldError(QStringLiteral("period"),
                          QCoreApplication::translate("Evaluation", "The period must be annual or quarterly"));
    if (c.year < 2000 || c.year > 2100)
        return fieldError(QStringLiteral("year"),
                          QCoreApplication::translate("Evaluation", "The year %1 is not plausible").arg(c.year));
    if (c.period == u"quarterly" && (c.quarter < 1 || c.quarter > 4))
        return fieldError(QStringLiteral("quarter"),
                          QCoreApplication::translate("Evaluation", "A quarterly cycle needs a quarter from 1 to 4"));
    if (c.scaleMax < 2 || c.scaleMax > 10)
        return fieldError(QStringLiteral("scale_max"),
                          QCoreApplication::translate("Evaluation", "The scale must end between 2 and 10"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO eval_cycles (name, period, year, quarter, unit_id, status, scale_max, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)"));
    const QString now = sql::nowText();
    for (const QVariant& v : {QVariant(c.name.trimmed()), QVariant(c.period), QVariant(c.year),
                              c.period == u"quarterly" ? QVariant(c.quarter) : QVariant(QMetaType(QMetaType::Int)),
                              sql::id(c.unitId), QVariant(c.scaleMax), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status EvaluationRepository::removeCycle(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM eval_cycles WHERE id = ?"), {id});
}

Result<QVector<EvaluationCycle>> EvaluationRepository::cycles() const
{
    QSqlQuery q(m_db);
    if (!q.exec(kCycleSelect + QStringLiteral("ORDER BY year DESC, COALESCE(quarter, 5) DESC, id DESC")))
        return sql::errorFrom(q);
    QVector<EvaluationCycle> out;
    while (q.next())
        out.append(readCycle(q));
    return out;
}

Result<EvaluationCycle> EvaluationRepository::cycle(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kCycleSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return fieldError(QStringLiteral("cycle"),
                          QCoreApplication::translate("Evaluation", "There is no evaluation cycle with id %1").arg(id));
    return readCycle(q);
}

Status EvaluationRepository::setStatus(qint64 cycleId, int expectedVersion, const QString& status, bool unlock)
{
    if (status != u"open" && status != u"closed" && status != u"locked")
        return fieldError(QStringLiteral("status"),
                          QCoreApplication::translate("Evaluation", "Unknown cycle status '%1'").arg(status));
    auto current = cycle(cycleId);
    if (!current)
        return current.error();
    if (current->rowVersion != expectedVersion)
        return sql::conflictError(m_db, QStringLiteral("eval_cycles"), cycleId);
    if (current->isLocked() && status != u"locked" && !unlock)
        return fieldError(QStringLiteral("status"),
                          QCoreApplication::translate("Evaluation", "The cycle '%1' is locked").arg(current->name));
    return sql::execVersioned(
        m_db, QStringLiteral("eval_cycles"), cycleId,
        QStringLiteral("UPDATE eval_cycles SET status = ?, updated_at = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"),
        {status, sql::nowText(), cycleId, expectedVersion});
}

Status EvaluationRepository::requireEditable(qint64 cycleId, bool answers) const
{
    auto c = cycle(cycleId);
    if (!c)
        return c.error();
    if (c->isLocked())
        return fieldError(
            QStringLiteral("status"),
            QCoreApplication::translate("Evaluation", "The cycle '%1' is locked; nothing can change").arg(c->name));
    if (answers && !c->isOpen())
        return fieldError(
            QStringLiteral("status"),
            QCoreApplication::translate("Evaluation", "The cycle '%1' is closed; reopen it to change raters or answers")
                .arg(c->name));
    return {};
}

Result<QVector<qint64>> EvaluationRepository::generateRaters(qint64 cycleId, int maxPeers, int maxSubordinates)
{
    if (Status s = requireEditable(cycleId, true); !s)
        return s.error();
    // Raters for a whole cycle are a bulk write (hundreds of thousands for the city): one audit
    // summary per table instead of a row per rater. Runs inside the caller's transaction.
    AuditBulkScope audit(m_db, QCoreApplication::translate("Evaluation", "Raters generated for cycle %1").arg(cycleId));
    auto ids = RaterAssignment::generate(m_db, cycleId, maxPeers, maxSubordinates);
    if (!ids)
        return ids.error();
    if (Status s = audit.finish(); !s)
        return s.error();
    return ids;
}

Result<qint64> EvaluationRepository::addRater(const RaterForm& f, int scaleMax)
{
    if (Status s = requireEditable(f.cycleId, true); !s)
        return s.error();
    if (f.rateeEmployeeId <= 0 && (f.role != RaterRole::Masyarakat || f.rateeUnitId <= 0))
        return fieldError(QStringLiteral("ratee"),
                          QCoreApplication::translate("Evaluation", "Choose the employee being rated"));
    if (f.role != RaterRole::Masyarakat && f.raterEmployeeId <= 0)
        return fieldError(QStringLiteral("rater"),
                          QCoreApplication::translate("Evaluation", "Choose the employee who rates"));
    if (f.role == RaterRole::Masyarakat && f.raterEmployeeId > 0)
        return fieldError(QStringLiteral("rater"),
                          QCoreApplication::translate("Evaluation", "Public feedback names no rater"));
    if (f.role == RaterRole::Diri && f.raterEmployeeId != f.rateeEmployeeId)
        return fieldError(QStringLiteral("rater"),
                          QCoreApplication::translate("Evaluation", "A self assessment is made by the employee"));
    if (f.role != RaterRole::Diri && f.role != RaterRole::Masyarakat && f.raterEmployeeId == f.rateeEmployeeId)
        return fieldError(QStringLiteral("rater"),
                          QCoreApplication::translate("Evaluation", "An employee cannot rate themself as %1")
                              .arg(raterRoleLabel(f.role)));
    if (Status s = validateScores(f, scaleMax); !s)
        return s.error();
    if (f.role != RaterRole::Masyarakat) {
        auto dup =
            sql::scalar(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM eval_raters WHERE cycle_id = ? AND ratee_employee_id = ? "
                                       "AND role = ? AND rater_employee_id = ?"),
                        {f.cycleId, f.rateeEmployeeId, raterRoleCode(f.role), f.raterEmployeeId});
        if (!dup)
            return dup.error();
        if (dup->toInt() > 0)
            return fieldError(QStringLiteral("rater"),
                              QCoreApplication::translate("Evaluation", "This rater is already assigned in this role"));
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO eval_raters (cycle_id, ratee_employee_id, ratee_unit_id, role, rater_employee_id, "
                       "source, label, strengths, suggestions, submitted_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = sql::nowText();
    for (const QVariant& v :
         {QVariant(f.cycleId), sql::id(f.rateeEmployeeId), sql::id(f.rateeEmployeeId > 0 ? 0 : f.rateeUnitId),
          QVariant(raterRoleCode(f.role)), sql::id(f.raterEmployeeId),
          QVariant(f.source.isEmpty() ? QStringLiteral("manual") : f.source), sql::text(f.label),
          sql::text(f.strengths.trimmed()), sql::text(f.suggestions.trimmed()),
          f.submitted ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)), QVariant(now)})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = writeScores(m_db, id, f); !s)
        return s.error();
    return id;
}

Status EvaluationRepository::removeRaters(const QVector<qint64>& ids)
{
    for (qint64 id : ids)
        if (Status s = sql::exec(m_db, QStringLiteral("DELETE FROM eval_raters WHERE id = ?"), {id}); !s)
            return s;
    return {};
}

Status EvaluationRepository::saveAnswers(qint64 raterId, const RaterForm& f, int scaleMax)
{
    auto existing = form(raterId);
    if (!existing)
        return existing.error();
    if (Status s = requireEditable(existing->cycleId, true); !s)
        return s;
    if (Status s = validateScores(f, scaleMax); !s)
        return s;
    if (Status s = sql::exec(m_db,
                             QStringLiteral("UPDATE eval_raters SET strengths = ?, suggestions = ?, label = ?, "
                                            "submitted_at = ?, updated_at = ? WHERE id = ?"),
                             {sql::text(f.strengths.trimmed()), sql::text(f.suggestions.trimmed()), sql::text(f.label),
                              f.submitted ? QVariant(sql::nowText()) : QVariant(QMetaType(QMetaType::QString)),
                              sql::nowText(), raterId});
        !s)
        return s;
    return writeScores(m_db, raterId, f);
}

Result<RaterForm> EvaluationRepository::form(qint64 raterId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT cycle_id, ratee_employee_id, ratee_unit_id, role, rater_employee_id, source, label, "
                       "strengths, suggestions, submitted_at FROM eval_raters WHERE id = ?"));
    q.addBindValue(raterId);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return fieldError(QStringLiteral("rater"),
                          QCoreApplication::translate("Evaluation", "There is no rater with id %1").arg(raterId));
    RaterForm f;
    f.cycleId = q.value(0).toLongLong();
    f.rateeEmployeeId = q.value(1).toLongLong();
    f.rateeUnitId = q.value(2).toLongLong();
    raterRoleFromCode(q.value(3).toString(), &f.role);
    f.raterEmployeeId = q.value(4).toLongLong();
    f.source = q.value(5).toString();
    f.label = q.value(6).toString();
    f.strengths = q.value(7).toString();
    f.suggestions = q.value(8).toString();
    f.submitted = !q.value(9).toString().isEmpty();
    q.prepare(QStringLiteral("SELECT behaviour_id, score FROM eval_responses WHERE rater_id = ?"));
    q.addBindValue(raterId);
    if (!q.exec())
        return sql::errorFrom(q);
    while (q.next())
        f.scores.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return f;
}

Result<QVector<RaterEntry>> EvaluationRepository::raters(qint64 cycleId, const Instrument& instrument) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, ratee_employee_id, ratee_unit_id, role, rater_employee_id, source, label, strengths, "
        "suggestions, submitted_at FROM eval_raters WHERE cycle_id = ? ORDER BY id"));
    q.addBindValue(cycleId);
    if (!q.exec())
        return sql::errorFrom(q);
    QVector<RaterEntry> out;
    QHash<qint64, int> index;
    const int nb = instrument.behaviourCount();
    while (q.next()) {
        RaterEntry r;
        r.id = q.value(0).toLongLong();
        r.rateeEmployeeId = q.value(1).toLongLong();
        r.rateeUnitId = q.value(2).toLongLong();
        raterRoleFromCode(q.value(3).toString(), &r.role);
        r.raterEmployeeId = q.value(4).toLongLong();
        r.source = q.value(5).toString();
        r.label = q.value(6).toString();
        r.strengths = q.value(7).toString();
        r.suggestions = q.value(8).toString();
        r.submittedAt = q.value(9).toString();
        r.scores = QVector<int>(nb, 0);
        index.insert(r.id, int(out.size()));
        out.append(std::move(r));
    }
    q.prepare(QStringLiteral("SELECT r.rater_id, r.behaviour_id, r.score FROM eval_responses r "
                             "JOIN eval_raters e ON e.id = r.rater_id WHERE e.cycle_id = ?"));
    q.addBindValue(cycleId);
    if (!q.exec())
        return sql::errorFrom(q);
    while (q.next()) {
        const int i = index.value(q.value(0).toLongLong(), -1);
        const int b = instrument.behaviourIndex(q.value(1).toLongLong());
        if (i >= 0 && b >= 0)
            out[i].scores[b] = q.value(2).toInt();
    }
    return out;
}

Status EvaluationRepository::setHasilKerja(qint64 cycleId, qint64 employeeId, std::optional<int> rating,
                                           const QString& note)
{
    if (Status s = requireEditable(cycleId, false); !s)
        return s;
    if (!rating)
        return sql::exec(m_db, QStringLiteral("DELETE FROM eval_hasil_kerja WHERE cycle_id = ? AND employee_id = ?"),
                         {cycleId, employeeId});
    if (*rating < -1 || *rating > 1)
        return fieldError(
            QStringLiteral("hasil_kerja"),
            QCoreApplication::translate("Evaluation", "A rating must be below, meeting or above expectation"));
    return sql::exec(m_db,
                     QStringLiteral("INSERT INTO eval_hasil_kerja (cycle_id, employee_id, rating, note, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT(cycle_id, employee_id) DO UPDATE SET "
                                    "rating = excluded.rating, note = excluded.note, updated_at = excluded.updated_at"),
                     {cycleId, employeeId, *rating, sql::text(note), sql::nowText()});
}

Result<QHash<qint64, int>> EvaluationRepository::hasilKerja(qint64 cycleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT employee_id, rating FROM eval_hasil_kerja WHERE cycle_id = ?"));
    q.addBindValue(cycleId);
    if (!q.exec())
        return sql::errorFrom(q);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

Result<qint64> EvaluationRepository::addCalibration(qint64 cycleId, qint64 employeeId, const Calibration& c)
{
    if (Status s = requireEditable(cycleId, false); !s)
        return s.error();
    if (c.reason.trimmed().isEmpty())
        return fieldError(QStringLiteral("reason"),
                          QCoreApplication::translate("Evaluation", "A calibration needs a reason"));
    if (c.by.trimmed().isEmpty())
        return fieldError(QStringLiteral("by"),
                          QCoreApplication::translate("Evaluation", "A calibration needs the name of the officer"));
    if (c.hasilKerja < -1 || c.hasilKerja > 1 || c.perilaku < -1 || c.perilaku > 1)
        return fieldError(
            QStringLiteral("rating"),
            QCoreApplication::translate("Evaluation", "A rating must be below, meeting or above expectation"));
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO eval_calibrations (cycle_id, employee_id, original_hasil, original_perilaku, "
                       "original_predikat, hasil_kerja, perilaku, predikat, reason, calibrated_by, calibrated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(cycleId), QVariant(employeeId), QVariant(c.originalHasil), QVariant(c.originalPerilaku),
          sql::text(c.originalPredikat), QVariant(c.hasilKerja), QVariant(c.perilaku), QVariant(c.predikat),
          QVariant(c.reason.trimmed()), QVariant(c.by.trimmed()), QVariant(c.at.isEmpty() ? sql::nowText() : c.at)})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status EvaluationRepository::removeCalibration(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM eval_calibrations WHERE id = ?"), {id});
}

namespace {
Result<QVector<std::pair<qint64, Calibration>>> readCalibrations(QSqlDatabase db, const QString& where,
                                                                 const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, employee_id, original_hasil, original_perilaku, original_predikat, hasil_kerja, "
                       "perilaku, predikat, reason, calibrated_by, calibrated_at FROM eval_calibrations WHERE ") +
        where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sql::errorFrom(q);
    QVector<std::pair<qint64, Calibration>> out;
    while (q.next()) {
        Calibration c;
        c.id = q.value(0).toLongLong();
        c.originalHasil = q.value(2).toInt();
        c.originalPerilaku = q.value(3).toInt();
        c.originalPredikat = q.value(4).toString();
        c.hasilKerja = q.value(5).toInt();
        c.perilaku = q.value(6).toInt();
        c.predikat = q.value(7).toString();
        c.reason = q.value(8).toString();
        c.by = q.value(9).toString();
        c.at = q.value(10).toString();
        out.append({q.value(1).toLongLong(), c});
    }
    return out;
}
} // namespace

Result<QHash<qint64, Calibration>> EvaluationRepository::calibrations(qint64 cycleId) const
{
    auto rows = readCalibrations(m_db, QStringLiteral("cycle_id = ?"), {cycleId});
    if (!rows)
        return rows.error();
    QHash<qint64, Calibration> out;
    for (const auto& [employee, c] : rows.value())
        out.insert(employee, c); // ordered by id: the latest wins
    return out;
}

Result<QVector<Calibration>> EvaluationRepository::calibrationHistory(qint64 cycleId, qint64 employeeId) const
{
    auto rows = readCalibrations(m_db, QStringLiteral("cycle_id = ? AND employee_id = ?"), {cycleId, employeeId});
    if (!rows)
        return rows.error();
    QVector<Calibration> out;
    for (const auto& row : rows.value())
        out.append(row.second);
    return out;
}

Result<QVector<RatingBackup>> EvaluationRepository::publish(int year, const QVector<EvaluationResult>& results)
{
    QVector<RatingBackup> backup;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, hasil_kerja, perilaku, predikat, source FROM performance_ratings "
                             "WHERE employee_id = ? AND year = ?"));
    auto upsert = sql::prepare(
        m_db, QStringLiteral(
                  "INSERT INTO performance_ratings (employee_id, year, hasil_kerja, perilaku, predikat, source, "
                  "updated_at) VALUES (?, ?, ?, ?, ?, 'evaluation', ?) ON CONFLICT(employee_id, year) DO UPDATE SET "
                  "hasil_kerja = excluded.hasil_kerja, perilaku = excluded.perilaku, predikat = excluded.predikat, "
                  "source = excluded.source, updated_at = excluded.updated_at, row_version = row_version + 1"));
    // Not version-checked: publishing writes a closed cycle's results over the ratings of that year
    // as one system step (the previous rows are kept in the backup), not an officer's edit of a row.
    if (!upsert)
        return upsert.error();
    const QString now = sql::nowText();
    for (const EvaluationResult& r : results) {
        if (!r.isFinal())
            continue;
        RatingBackup b{r.employeeId, year, std::nullopt};
        q.addBindValue(r.employeeId);
        q.addBindValue(year);
        if (!q.exec())
            return sql::errorFrom(q);
        if (q.next())
            b.previous = PerformanceRating{q.value(0).toLongLong(), r.employeeId,       year,
                                           q.value(1).toInt(),      q.value(2).toInt(), q.value(3).toString(),
                                           q.value(4).toString()};
        q.finish();
        backup.append(b);
        for (const QVariant& v : {QVariant(r.employeeId), QVariant(year), QVariant(r.finalHasil()),
                                  QVariant(r.finalPerilaku()), QVariant(r.finalPredikat()), QVariant(now)})
            upsert->addBindValue(v);
        if (Status s = sql::exec(upsert.value()); !s)
            return s.error();
    }
    return backup;
}

Status EvaluationRepository::restore(const QVector<RatingBackup>& backup)
{
    // Not version-checked: puts back the ratings a publish replaced, as the undo of that system step.
    for (const RatingBackup& b : backup) {
        Status s =
            b.previous
                ? sql::exec(
                      m_db,
                      QStringLiteral("UPDATE performance_ratings SET hasil_kerja = ?, perilaku = ?, predikat = ?, "
                                     "source = ?, updated_at = ?, row_version = row_version + 1 "
                                     "WHERE employee_id = ? AND year = ?"),
                      {b.previous->hasilKerja, b.previous->perilaku, b.previous->predikat, b.previous->source,
                       sql::nowText(), b.employeeId, b.year})
                : sql::exec(m_db, QStringLiteral("DELETE FROM performance_ratings WHERE employee_id = ? AND year = ?"),
                            {b.employeeId, b.year});
        if (!s)
            return s;
    }
    return {};
}

} // namespace karsa
