#include "EvaluationScoring.h"

#include "reports/IndonesianFormat.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace karsa {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString num(double v)
{
    return IndonesianFormat::number(v, 2);
}
} // namespace

int RaterEntry::answered() const
{
    return int(std::count_if(scores.cbegin(), scores.cend(), [](int s) { return s > 0; }));
}

double RaterEntry::mean() const
{
    double sum = 0;
    int n = 0;
    for (int s : scores)
        if (s > 0) {
            sum += s;
            ++n;
        }
    return n ? sum / n : 0.0;
}

double RaterEntry::variance() const
{
    const double m = mean();
    double sum = 0;
    int n = 0;
    for (int s : scores)
        if (s > 0) {
            sum += (s - m) * (s - m);
            ++n;
        }
    return n ? sum / n : 0.0;
}

QString BiasFlag::code() const
{
    switch (kind) {
    case BiasKind::Leniency:
        return QStringLiteral("leniency");
    case BiasKind::Halo:
        return QStringLiteral("halo");
    case BiasKind::SelfGap:
        return QStringLiteral("self_gap");
    }
    return {};
}

QString BiasFlag::text() const
{
    const QString role = raterRoleLabel(this->role).toLower();
    switch (kind) {
    case BiasKind::Leniency:
        return QCoreApplication::translate("Evaluation", "Leniency: a %1 rater's scores average %2, the cycle's %3")
            .arg(role, num(value), num(reference));
    case BiasKind::Halo:
        return QCoreApplication::translate(
                   "Evaluation", "Halo: a %1 rater gave nearly the same score to every behaviour (variance %2)")
            .arg(role, num(value));
    case BiasKind::SelfGap:
        return QCoreApplication::translate("Evaluation", "Self-assessment %1 against %2 from the others (gap %3)")
            .arg(num(value), num(reference),
                 (value >= reference ? QStringLiteral("+") : QString()) + num(value - reference));
    }
    return {};
}

QString BiasFlag::label() const
{
    switch (kind) {
    case BiasKind::Leniency:
        return QCoreApplication::translate("Evaluation", "Leniency");
    case BiasKind::Halo:
        return QCoreApplication::translate("Evaluation", "Halo");
    case BiasKind::SelfGap:
        return QCoreApplication::translate("Evaluation", "Self gap");
    }
    return {};
}

QString EvaluationResult::shortStatus() const
{
    if (calibration)
        return QCoreApplication::translate("Evaluation", "Calibrated");
    if (pending())
        return pendingReasons.join(QStringLiteral("; "));
    return QCoreApplication::translate("Evaluation", "Final");
}

QString EvaluationResult::statusText() const
{
    if (calibration)
        return QCoreApplication::translate("Evaluation", "Calibrated");
    if (pending())
        return QCoreApplication::translate("Evaluation", "Pending: %1").arg(pendingReasons.join(QStringLiteral("; ")));
    return QCoreApplication::translate("Evaluation", "Final");
}

double scalePercent(double score, int scaleMax)
{
    return scaleMax > 1 ? (score - 1.0) / (scaleMax - 1.0) * 100.0 : 0.0;
}

int perilakuRatingOf(double percent, const EvaluationSettings& settings)
{
    if (percent + 1e-9 >= settings.perilakuAtas)
        return 1;
    if (percent + 1e-9 >= settings.perilakuSesuai)
        return 0;
    return -1;
}

QVector<EvaluationResult> scoreCycle(const CycleScoringInput& in)
{
    const EvaluationSettings& s = in.settings;
    const int nb = in.instrument ? in.instrument->behaviourCount() : 0;

    // Raters per ratee; unit-attributed public feedback counts for every employee of the unit.
    QHash<qint64, QVector<const RaterEntry*>> byEmployee, byUnit;
    for (const RaterEntry& r : in.raters) {
        if (r.rateeEmployeeId > 0)
            byEmployee[r.rateeEmployeeId].append(&r);
        else if (r.rateeUnitId > 0 && r.role == RaterRole::Masyarakat)
            byUnit[r.rateeUnitId].append(&r);
    }

    // Leniency: each employee rater's mean over everything they rated, against the cycle mean of
    // all colleague raters (self and the public left out).
    QHash<qint64, std::pair<double, int>> raterTotals;
    double cycleSum = 0;
    int cycleN = 0;
    for (const RaterEntry& r : in.raters) {
        if (!r.submitted() || r.role == RaterRole::Diri || r.role == RaterRole::Masyarakat || r.raterEmployeeId <= 0)
            continue;
        for (int v : r.scores)
            if (v > 0) {
                raterTotals[r.raterEmployeeId].first += v;
                raterTotals[r.raterEmployeeId].second += 1;
                cycleSum += v;
                ++cycleN;
            }
    }
    const double cycleMean = cycleN ? cycleSum / cycleN : 0.0;

    QVector<EvaluationResult> results;
    results.reserve(in.ratees.size());
    for (const ScoringRatee& ratee : in.ratees) {
        EvaluationResult res;
        res.employeeId = ratee.employeeId;
        res.unitId = ratee.unitId;
        res.hasilKerja = ratee.hasilKerja;
        res.calibration = ratee.calibration;
        QVector<const RaterEntry*> raters = byEmployee.value(ratee.employeeId);
        raters += byUnit.value(ratee.unitId);

        for (RaterRole role : kAllRaterRoles) {
            const size_t ri = size_t(role);
            RoleResult& rr = res.roles[ri];
            QVector<const RaterEntry*> answered;
            for (const RaterEntry* r : raters) {
                if (r->role != role)
                    continue;
                ++rr.assigned;
                if (r->submitted())
                    answered.append(r);
            }
            rr.answered = int(answered.size());
            const int minimum = std::max(1, s.minRaters[ri]);
            rr.visible = rr.answered >= (s.anonymous[ri] ? minimum : 1);
            if (rr.visible) {
                double sum = 0;
                for (const RaterEntry* r : answered)
                    sum += r->mean();
                rr.mean = sum / rr.answered;
                rr.behaviourMeans = QVector<double>(nb, kNaN);
                for (int b = 0; b < nb; ++b) {
                    double bs = 0;
                    int bn = 0;
                    for (const RaterEntry* r : answered)
                        if (b < r->scores.size() && r->scores.at(b) > 0) {
                            bs += r->scores.at(b);
                            ++bn;
                        }
                    if (bn)
                        rr.behaviourMeans[b] = bs / bn;
                }
                for (const RaterEntry* r : answered) {
                    if (!r->strengths.trimmed().isEmpty())
                        res.strengthComments << r->strengths.trimmed();
                    if (!r->suggestions.trimmed().isEmpty())
                        res.suggestionComments << r->suggestions.trimmed();
                }
            }
            const QString label = raterRoleLabel(role);
            if (s.weight[ri] <= 0) {
                rr.note = QCoreApplication::translate("Evaluation", "not weighted");
            } else if (rr.answered >= minimum) {
                rr.included = true;
            } else if (s.required[ri]) {
                res.pendingReasons << (rr.assigned == 0
                                           ? QCoreApplication::translate("Evaluation", "%1: none assigned").arg(label)
                                           : QCoreApplication::translate("Evaluation", "%1: %2 of minimum %3 answered")
                                                 .arg(label)
                                                 .arg(rr.answered)
                                                 .arg(minimum));
            } else if (rr.assigned < minimum) {
                rr.note = rr.assigned == 0
                              ? QCoreApplication::translate("Evaluation", "none assigned")
                              : QCoreApplication::translate("Evaluation", "only %1 assigned, minimum %2: left out")
                                    .arg(rr.assigned)
                                    .arg(minimum);
            } else {
                res.pendingReasons << QCoreApplication::translate("Evaluation", "%1: %2 of minimum %3 answered")
                                          .arg(label)
                                          .arg(rr.answered)
                                          .arg(minimum);
            }
        }
        std::sort(res.strengthComments.begin(), res.strengthComments.end());
        std::sort(res.suggestionComments.begin(), res.suggestionComments.end());

        // Weighted perilaku over the included roles, overall and per behaviour.
        auto weighted = [&](bool withSelf) -> std::optional<double> {
            double sum = 0, weights = 0;
            for (RaterRole role : kAllRaterRoles) {
                const RoleResult& rr = res.roles[size_t(role)];
                if (!rr.included || !rr.mean || (!withSelf && role == RaterRole::Diri))
                    continue;
                sum += s.weight[size_t(role)] * *rr.mean;
                weights += s.weight[size_t(role)];
            }
            return weights > 0 ? std::optional<double>(sum / weights) : std::nullopt;
        };
        res.perilakuScore = weighted(true);
        res.othersScore = weighted(false);
        res.behaviourScores = QVector<double>(nb, kNaN);
        for (int b = 0; b < nb; ++b) {
            double sum = 0, weights = 0;
            for (RaterRole role : kAllRaterRoles) {
                const RoleResult& rr = res.roles[size_t(role)];
                if (!rr.included || rr.behaviourMeans.size() <= b || std::isnan(rr.behaviourMeans.at(b)))
                    continue;
                sum += s.weight[size_t(role)] * rr.behaviourMeans.at(b);
                weights += s.weight[size_t(role)];
            }
            if (weights > 0)
                res.behaviourScores[b] = sum / weights;
        }
        if (!res.perilakuScore && res.pendingReasons.isEmpty())
            res.pendingReasons << QCoreApplication::translate("Evaluation", "no rater has answered yet");
        if (res.perilakuScore) {
            res.perilakuPercent = scalePercent(*res.perilakuScore, in.scaleMax);
            res.perilakuRating = perilakuRatingOf(*res.perilakuPercent, s);
        }
        if (!res.hasilKerja)
            res.pendingReasons << QCoreApplication::translate("Evaluation", "hasil kerja (SKP) not entered");
        if (!res.pending() && in.matrix)
            res.predikat = in.matrix->predikat(*res.hasilKerja, *res.perilakuRating);

        // Bias flags: shown to the officer, never applied.
        for (const RaterEntry* r : raters) {
            if (!r->submitted())
                continue;
            if (r->raterEmployeeId > 0 && r->role != RaterRole::Diri && r->role != RaterRole::Masyarakat) {
                const auto t = raterTotals.value(r->raterEmployeeId);
                const double raterMean = t.second ? t.first / t.second : 0.0;
                if (t.second && raterMean - cycleMean >= s.leniencyGap - 1e-9)
                    res.flags.append({BiasKind::Leniency, r->role, raterMean, cycleMean});
            }
            if (r->role != RaterRole::Masyarakat && r->answered() >= s.haloMinAnswers &&
                r->variance() <= s.haloVariance + 1e-12)
                res.flags.append({BiasKind::Halo, r->role, r->variance(), s.haloVariance});
        }
        const RoleResult& self = res.roles[size_t(RaterRole::Diri)];
        if (self.mean && res.othersScore && std::abs(*self.mean - *res.othersScore) >= s.selfGap - 1e-9)
            res.flags.append({BiasKind::SelfGap, RaterRole::Diri, *self.mean, *res.othersScore});
        results.append(std::move(res));
    }
    return results;
}

} // namespace karsa
