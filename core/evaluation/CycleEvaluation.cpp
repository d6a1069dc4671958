#include "CycleEvaluation.h"

#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace karsa {

Result<CycleEvaluation> CycleEvaluation::load(QSqlDatabase db, qint64 cycleId)
{
    CycleEvaluation ce;
    EvaluationRepository repo(db);
    auto cycle = repo.cycle(cycleId);
    if (!cycle)
        return cycle.error();
    ce.cycle = cycle.value();
    auto instrument = Instrument::load(db);
    if (!instrument)
        return instrument.error();
    ce.instrument = std::move(instrument).value();
    auto matrix = PredikatMatrix::load(db);
    if (!matrix)
        return matrix.error();
    ce.matrix = matrix.value();
    auto settings = EvaluationSettings::load(SettingsRepository(db));
    if (!settings)
        return settings.error();
    ce.settings = settings.value();

    auto units = UnitRepository(db).all();
    if (!units)
        return units.error();
    for (const Unit& u : units.value())
        ce.unitNames.insert(u.id, u.name);
    QSet<qint64> scope;
    if (ce.cycle.unitId > 0)
        for (qint64 id : unitWithDescendants(units.value(), ce.cycle.unitId))
            scope.insert(id);
    ce.scopeName = ce.cycle.unitId > 0 ? ce.unitNames.value(ce.cycle.unitId)
                                       : QCoreApplication::translate("Evaluation", "All units");

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, name FROM competencies")))
        return sql::errorFrom(q);
    while (q.next())
        ce.competencyNames.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT e.id, e.nip, e.name, e.front_title, e.back_title, p.name, e.unit_id "
                               "FROM employees e LEFT JOIN positions p ON p.id = e.position_id ORDER BY e.name, e.id")))
        return sql::errorFrom(q);
    while (q.next()) {
        QString name = q.value(2).toString();
        if (!q.value(3).toString().isEmpty())
            name = q.value(3).toString() + u' ' + name;
        if (!q.value(4).toString().isEmpty())
            name += QStringLiteral(", ") + q.value(4).toString();
        const qint64 id = q.value(0).toLongLong();
        ce.employeeNames.insert(id, name);
        const qint64 unit = q.value(6).toLongLong();
        if (ce.cycle.unitId > 0 && !scope.contains(unit))
            continue;
        ce.people.append({id, q.value(1).toString(), name, q.value(5).toString(), unit, ce.unitNames.value(unit)});
    }

    auto raters = repo.raters(cycleId, ce.instrument);
    if (!raters)
        return raters.error();
    ce.raters = std::move(raters).value();
    auto hasil = repo.hasilKerja(cycleId);
    if (!hasil)
        return hasil.error();
    auto calibrations = repo.calibrations(cycleId);
    if (!calibrations)
        return calibrations.error();

    CycleScoringInput input;
    input.scaleMax = ce.cycle.scaleMax;
    input.instrument = &ce.instrument;
    input.matrix = &ce.matrix;
    input.settings = ce.settings;
    input.raters = ce.raters;
    input.ratees.reserve(ce.people.size());
    for (const EvaluationPerson& p : std::as_const(ce.people)) {
        ScoringRatee r;
        r.employeeId = p.id;
        r.unitId = p.unitId;
        if (auto it = hasil->constFind(p.id); it != hasil->cend())
            r.hasilKerja = it.value();
        if (auto it = calibrations->constFind(p.id); it != calibrations->cend())
            r.calibration = it.value();
        input.ratees.append(r);
    }
    ce.results = scoreCycle(input);
    return ce;
}

int CycleEvaluation::indexOf(qint64 employeeId) const
{
    for (int i = 0; i < people.size(); ++i)
        if (people.at(i).id == employeeId)
            return i;
    return -1;
}

CycleProgress CycleEvaluation::progress() const
{
    CycleProgress p;
    p.employees = int(people.size());
    for (const EvaluationResult& r : results) {
        if (r.isFinal()) {
            ++p.final;
            p.predikatCounts[r.finalPredikat()] += 1;
        } else {
            ++p.pending;
        }
        if (r.calibration)
            ++p.calibrated;
    }
    for (const RaterEntry& r : raters) {
        if (r.role == RaterRole::Masyarakat)
            continue;
        ++p.forms;
        if (r.submitted())
            ++p.answered;
    }
    return p;
}

QVector<qint64> CycleEvaluation::unitsInOrder() const
{
    QVector<qint64> units;
    QSet<qint64> seen;
    for (const EvaluationPerson& p : people)
        if (!seen.contains(p.unitId)) {
            seen.insert(p.unitId);
            units.append(p.unitId);
        }
    std::sort(units.begin(), units.end(),
              [this](qint64 a, qint64 b) { return unitNames.value(a).localeAwareCompare(unitNames.value(b)) < 0; });
    return units;
}

bool EvaluationService::publishes(const EvaluationCycle& cycle, const EvaluationSettings& settings)
{
    return cycle.period == u"annual" || settings.publishQuarterly;
}

Result<QVector<RatingBackup>> EvaluationService::close(QSqlDatabase db, qint64 cycleId, int expectedVersion)
{
    auto ce = CycleEvaluation::load(db, cycleId);
    if (!ce)
        return ce.error();
    // Changed elsewhere since the officer saw it: say who, before judging the state it is in now.
    if (ce->cycle.rowVersion != expectedVersion)
        return sql::conflictError(db, QStringLiteral("eval_cycles"), cycleId);
    if (!ce->cycle.isOpen())
        return makeError(QCoreApplication::translate("Evaluation", "The cycle '%1' is not open").arg(ce->cycle.name));
    if (Status s = EvaluationRepository(db).setStatus(cycleId, expectedVersion, QStringLiteral("closed")); !s)
        return s.error();
    if (!publishes(ce->cycle, ce->settings))
        return QVector<RatingBackup>{};
    return EvaluationRepository(db).publish(ce->cycle.year, ce->results);
}

Status EvaluationService::reopen(QSqlDatabase db, qint64 cycleId, int expectedVersion)
{
    auto c = EvaluationRepository(db).cycle(cycleId);
    if (!c)
        return c.error();
    if (c->rowVersion != expectedVersion)
        return sql::conflictError(db, QStringLiteral("eval_cycles"), cycleId);
    if (c->status != u"closed")
        return makeError(QCoreApplication::translate("Evaluation", "Only a closed cycle can be reopened ('%1' is %2)")
                             .arg(c->name, EvaluationCycle::statusLabel(c->status).toLower()));
    return EvaluationRepository(db).setStatus(cycleId, expectedVersion, QStringLiteral("open"));
}

Status EvaluationService::lock(QSqlDatabase db, qint64 cycleId, int expectedVersion)
{
    auto c = EvaluationRepository(db).cycle(cycleId);
    if (!c)
        return c.error();
    if (c->rowVersion != expectedVersion)
        return sql::conflictError(db, QStringLiteral("eval_cycles"), cycleId);
    if (c->status != u"closed")
        return makeError(
            QCoreApplication::translate("Evaluation", "Close the cycle '%1' before locking it").arg(c->name));
    return EvaluationRepository(db).setStatus(cycleId, expectedVersion, QStringLiteral("locked"));
}

Result<QVector<RatingBackup>> EvaluationService::republish(QSqlDatabase db, qint64 cycleId,
                                                           const QVector<qint64>& employeeIds)
{
    auto ce = CycleEvaluation::load(db, cycleId);
    if (!ce)
        return ce.error();
    if (ce->cycle.status != u"closed" || !publishes(ce->cycle, ce->settings))
        return QVector<RatingBackup>{};
    QVector<EvaluationResult> some;
    for (qint64 id : employeeIds)
        if (const int i = ce->indexOf(id); i >= 0)
            some.append(ce->results.at(i));
    return EvaluationRepository(db).publish(ce->cycle.year, some);
}

Result<EvaluationService::CalibrationOutcome> EvaluationService::calibrate(QSqlDatabase db, qint64 cycleId,
                                                                           qint64 employeeId, int hasilKerja,
                                                                           int perilaku, const QString& reason,
                                                                           const QString& by)
{
    auto ce = CycleEvaluation::load(db, cycleId);
    if (!ce)
        return ce.error();
    const int i = ce->indexOf(employeeId);
    if (i < 0)
        return makeError(QCoreApplication::translate("Evaluation", "The employee is not in the scope of the cycle '%1'")
                             .arg(ce->cycle.name));
    const EvaluationResult& r = ce->results.at(i);
    if (!r.isFinal()) {
        Error e = makeError(
            QCoreApplication::translate("Evaluation", "The result is still pending (%1); it cannot be calibrated yet")
                .arg(r.pendingReasons.join(QStringLiteral("; "))));
        e.field = QStringLiteral("employee");
        return e;
    }
    Calibration c;
    // The original is the computed result, not an earlier calibration.
    c.originalHasil = r.hasilKerja.value_or(0);
    c.originalPerilaku = r.perilakuRating.value_or(0);
    c.originalPredikat = r.predikat;
    c.hasilKerja = hasilKerja;
    c.perilaku = perilaku;
    c.predikat = ce->matrix.predikat(hasilKerja, perilaku);
    c.reason = reason;
    c.by = by;
    CalibrationOutcome out;
    auto id = EvaluationRepository(db).addCalibration(cycleId, employeeId, c);
    if (!id)
        return id.error();
    out.calibrationId = id.value();
    auto backup = republish(db, cycleId, {employeeId});
    if (!backup)
        return backup.error();
    out.backup = backup.value();
    return out;
}

} // namespace karsa
