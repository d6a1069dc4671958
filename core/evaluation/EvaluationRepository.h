#pragma once

#include "EvaluationCycle.h"
#include "EvaluationScoring.h"
#include "common/Result.h"
#include "domain/Assessment.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace karsa {

// A new or edited rater form: who rates whom in which role, and (when answered) the answers by
// behaviour id.
struct RaterForm
{
    qint64 cycleId = 0;
    qint64 rateeEmployeeId = 0;
    qint64 rateeUnitId = 0;
    RaterRole role = RaterRole::Rekan;
    qint64 raterEmployeeId = 0;
    QString source = QStringLiteral("manual");
    QString label;
    QString strengths;
    QString suggestions;
    QHash<qint64, int> scores; // behaviour id -> 1..scaleMax
    bool submitted = false;
};

// The performance rating of one employee for one year before results were written, so that
// closing a cycle can be undone exactly (nullopt = there was none).
struct RatingBackup
{
    qint64 employeeId = 0;
    int year = 0;
    std::optional<PerformanceRating> previous;
};

// SQL of the evaluation tables. Writes are single statements or run inside the caller's
// transaction (Transaction / DbCommand).
class EvaluationRepository
{
public:
    explicit EvaluationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Cycles
    Result<qint64> createCycle(const EvaluationCycle& cycle);
    Status removeCycle(qint64 id);
    Result<QVector<EvaluationCycle>> cycles() const; // newest first
    Result<EvaluationCycle> cycle(qint64 id) const;
    // A locked cycle stays locked unless unlock is set (only for undoing the lock itself).
    // Optimistic: refused with sql::conflictError when the cycle's row_version is not expectedVersion.
    Status setStatus(qint64 cycleId, int expectedVersion, const QString& status, bool unlock = false);

    // Raters. generateRaters adds the missing atasan/rekan/bawahan/diri raters of every employee in
    // scope from the position hierarchy and returns the new rater ids.
    Result<QVector<qint64>> generateRaters(qint64 cycleId, int maxPeers, int maxSubordinates);
    Result<qint64> addRater(const RaterForm& form, int scaleMax);
    Status removeRaters(const QVector<qint64>& raterIds);
    // Replaces the answers and comments of one rater (submitted=false clears the answers).
    Status saveAnswers(qint64 raterId, const RaterForm& form, int scaleMax);
    Result<RaterForm> form(qint64 raterId) const;
    // Every rater of a cycle with answers in the instrument's flat order.
    Result<QVector<RaterEntry>> raters(qint64 cycleId, const Instrument& instrument) const;

    // Hasil kerja from SKP (-1, 0, +1); nullopt clears it.
    Status setHasilKerja(qint64 cycleId, qint64 employeeId, std::optional<int> rating, const QString& note = {});
    Result<QHash<qint64, int>> hasilKerja(qint64 cycleId) const;

    // Calibrations: history kept, the latest per employee in force.
    Result<qint64> addCalibration(qint64 cycleId, qint64 employeeId, const Calibration& calibration);
    Status removeCalibration(qint64 calibrationId);
    Result<QHash<qint64, Calibration>> calibrations(qint64 cycleId) const; // latest per employee
    Result<QVector<Calibration>> calibrationHistory(qint64 cycleId, qint64 employeeId) const;

    // Writes final results into performance_ratings (source "evaluation") for the cycle's year and
    // returns what was there before.
    Result<QVector<RatingBackup>> publish(int year, const QVector<EvaluationResult>& results);
    Status restore(const QVector<RatingBackup>& backup);

    Status requireEditable(qint64 cycleId, bool answers) const; // locked: no; closed: no answers

    // The signed-in user of the connection (Session::of), for "calibrated by".
    static QString currentOfficer(QSqlDatabase db);

private:
    QSqlDatabase m_db;
};

} // namespace karsa
