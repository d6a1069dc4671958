#pragma once

#include "EvaluationSettings.h"
#include "Instrument.h"
#include "RaterRole.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace karsa {

// One rater's form for one employee (or, for public feedback, for a service unit). scores holds
// one answer per behaviour in the instrument's flat order; 0 = not answered.
struct RaterEntry
{
    qint64 id = 0;
    qint64 rateeEmployeeId = 0; // 0 for unit-attributed public feedback
    qint64 rateeUnitId = 0;     // set for unit-attributed public feedback
    RaterRole role = RaterRole::Rekan;
    qint64 raterEmployeeId = 0; // 0 for the public
    QString source;             // "assigned", "manual", "form", "kiosk", "import"
    QString label;              // e.g. the form number of public feedback
    QString strengths;
    QString suggestions;
    QString submittedAt; // empty while the rater has not answered
    QVector<int> scores;

    bool submitted() const { return !submittedAt.isEmpty() && answered() > 0; }
    int answered() const;
    double mean() const;     // over answered behaviours; 0 when none
    double variance() const; // population variance over answered behaviours
};

// An officer's adjustment of a final result (kept with who/when and the original).
struct Calibration
{
    qint64 id = 0;
    int originalHasil = 0;
    int originalPerilaku = 0;
    QString originalPredikat;
    int hasilKerja = 0;
    int perilaku = 0;
    QString predikat;
    QString reason;
    QString by;
    QString at; // ISO UTC
};

struct ScoringRatee
{
    qint64 employeeId = 0;
    qint64 unitId = 0;
    std::optional<int> hasilKerja;
    std::optional<Calibration> calibration;
};

// The result of one rater role for one employee. Anonymous roles: mean and behaviourMeans are
// only set when at least the minimum number answered (visible).
struct RoleResult
{
    int assigned = 0;
    int answered = 0;
    bool visible = false;  // the aggregate may be shown
    bool included = false; // the role counts in the weighted perilaku score
    std::optional<double> mean;
    QVector<double> behaviourMeans; // NaN = no answer; empty when not visible
    QString note;                   // why a role is left out
};

enum class BiasKind { Leniency, Halo, SelfGap };

// A warning for the officer; it never changes a score.
struct BiasFlag
{
    BiasKind kind = BiasKind::Halo;
    RaterRole role = RaterRole::Rekan;
    double value = 0;      // the rater's mean / variance / self mean
    double reference = 0;  // the cycle mean / threshold / others' score
    QString code() const;  // "leniency", "halo", "self_gap"
    QString text() const;  // translated, names no rater
    QString label() const; // "Leniency", "Halo", "Self gap"
};

struct EvaluationResult
{
    qint64 employeeId = 0;
    qint64 unitId = 0;
    std::array<RoleResult, kRaterRoleCount> roles;
    QStringList pendingReasons;
    std::optional<double> perilakuScore;   // weighted, on the cycle's scale
    std::optional<double> perilakuPercent; // 0..100 of the scale
    std::optional<double> othersScore;     // weighted without self
    std::optional<int> perilakuRating;     // -1, 0, +1
    std::optional<int> hasilKerja;         // -1, 0, +1 from SKP
    QString predikat;                      // matrix result; empty while pending
    std::optional<Calibration> calibration;
    QVector<double> behaviourScores; // weighted per behaviour (flat order), NaN = none
    QVector<BiasFlag> flags;
    QStringList strengthComments;   // from visible roles only, sorted, no names
    QStringList suggestionComments; // idem

    bool pending() const { return !pendingReasons.isEmpty(); }
    bool isFinal() const { return calibration.has_value() || !pending(); }
    int finalHasil() const { return calibration ? calibration->hasilKerja : hasilKerja.value_or(0); }
    int finalPerilaku() const { return calibration ? calibration->perilaku : perilakuRating.value_or(0); }
    QString finalPredikat() const { return calibration ? calibration->predikat : predikat; }
    QString statusText() const;  // "Final", "Calibrated", or "Pending: reason; reason"
    QString shortStatus() const; // "Final", "Calibrated", or the reasons
};

struct CycleScoringInput
{
    int scaleMax = 5;
    const Instrument* instrument = nullptr;
    const PredikatMatrix* matrix = nullptr;
    EvaluationSettings settings;
    QVector<ScoringRatee> ratees;
    QVector<RaterEntry> raters;
};

// Perilaku rating of a weighted score on a 1..scaleMax scale (thresholds in percent of the scale).
int perilakuRatingOf(double percent, const EvaluationSettings& settings);
double scalePercent(double score, int scaleMax);

// Scores every ratee of a cycle: role aggregates with the minimum-rater and anonymity rules,
// weighted perilaku, predikat via the matrix, pending reasons, bias flags, comments.
QVector<EvaluationResult> scoreCycle(const CycleScoringInput& input);

} // namespace karsa
