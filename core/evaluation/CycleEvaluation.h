#pragma once

#include "EvaluationCycle.h"
#include "EvaluationRepository.h"
#include "EvaluationScoring.h"

#include <QHash>
#include <QSqlDatabase>

namespace karsa {

// One employee evaluated in a cycle, as the results and reports show them.
struct EvaluationPerson
{
    qint64 id = 0;
    QString nip;
    QString name;
    QString positionName;
    qint64 unitId = 0;
    QString unitName;
};

struct CycleProgress
{
    int employees = 0, final = 0, pending = 0, calibrated = 0;
    int forms = 0, answered = 0;        // colleague forms (public feedback not counted)
    QHash<QString, int> predikatCounts; // final predikat -> employees
};

// Everything about one cycle, scored: the employees in scope with their results in the same
// order. Loading always recomputes, so answers, hasil kerja and calibrations show at once.
struct CycleEvaluation
{
    EvaluationCycle cycle;
    QString scopeName; // the unit of the cycle, or "Seluruh Perangkat Daerah"
    Instrument instrument;
    PredikatMatrix matrix;
    EvaluationSettings settings;
    QVector<EvaluationPerson> people;
    QVector<EvaluationResult> results;
    QVector<RaterEntry> raters;
    QHash<qint64, QString> unitNames;
    QHash<qint64, QString> employeeNames;    // raters included (GUI rater lists only; never exported)
    QHash<QString, QString> competencyNames; // code -> name

    static Result<CycleEvaluation> load(QSqlDatabase db, qint64 cycleId);
    int indexOf(qint64 employeeId) const;
    CycleProgress progress() const;
    QVector<qint64> unitsInOrder() const; // units with people, by name
};

// The cycle workflow: closing writes the final results into the performance ratings the talent
// 9-box reads (annual cycles; quarterly only when the setting says so); calibration stores the
// original, who and when, and is written through at once when the cycle is closed.
class EvaluationService
{
public:
    static bool publishes(const EvaluationCycle& cycle, const EvaluationSettings& settings);
    // expectedVersion: the cycle's row_version the officer saw; a change made elsewhere since is a conflict.
    static Result<QVector<RatingBackup>> close(QSqlDatabase db, qint64 cycleId, int expectedVersion);
    static Status reopen(QSqlDatabase db, qint64 cycleId, int expectedVersion);
    static Status lock(QSqlDatabase db, qint64 cycleId, int expectedVersion);

    struct CalibrationOutcome
    {
        qint64 calibrationId = 0;
        QVector<RatingBackup> backup; // ratings rewritten because the cycle is closed
    };
    static Result<CalibrationOutcome> calibrate(QSqlDatabase db, qint64 cycleId, qint64 employeeId, int hasilKerja,
                                                int perilaku, const QString& reason, const QString& by);
    // Writes the current results of some employees of a closed cycle again (after a change).
    static Result<QVector<RatingBackup>> republish(QSqlDatabase db, qint64 cycleId, const QVector<qint64>& employeeIds);
};

} // namespace karsa
