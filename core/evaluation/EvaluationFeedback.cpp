#include "EvaluationFeedback.h"

#include "CycleEvaluation.h"
#include "reports/IndonesianFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace karsa {

namespace {
struct ValueScore
{
    int value;
    double mean;
    int best;  // flat behaviour index
    int worst; // flat behaviour index
};
} // namespace

EvaluationFeedback EvaluationFeedback::derive(const CycleEvaluation& ce, int index, int count)
{
    EvaluationFeedback f;
    if (index < 0 || index >= ce.results.size())
        return f;
    const EvaluationResult& r = ce.results.at(index);
    // The weighted behaviour scores without the self assessment.
    const int nb = ce.instrument.behaviourCount();
    QVector<double> scores(nb, std::nan(""));
    for (int b = 0; b < nb; ++b) {
        double sum = 0, weights = 0;
        for (RaterRole role : kAllRaterRoles) {
            const RoleResult& rr = r.roles[size_t(role)];
            if (role == RaterRole::Diri || !rr.included || rr.behaviourMeans.size() <= b ||
                std::isnan(rr.behaviourMeans.at(b)))
                continue;
            sum += ce.settings.weight[size_t(role)] * rr.behaviourMeans.at(b);
            weights += ce.settings.weight[size_t(role)];
        }
        if (weights > 0)
            scores[b] = sum / weights;
    }
    QVector<ValueScore> values;
    int flat = 0;
    for (int v = 0; v < ce.instrument.values().size(); ++v) {
        const CoreValue& value = ce.instrument.values().at(v);
        ValueScore vs{v, 0, -1, -1};
        int n = 0;
        for (int k = 0; k < value.behaviours.size(); ++k, ++flat) {
            if (std::isnan(scores.at(flat)))
                continue;
            vs.mean += scores.at(flat);
            ++n;
            if (vs.best < 0 || scores.at(flat) > scores.at(vs.best))
                vs.best = flat;
            if (vs.worst < 0 || scores.at(flat) < scores.at(vs.worst))
                vs.worst = flat;
        }
        if (n) {
            vs.mean /= n;
            values.append(vs);
        }
    }
    f.comments = r.strengthComments;
    f.suggestions = r.suggestionComments;
    if (values.size() < 2)
        return f;
    std::stable_sort(values.begin(), values.end(),
                     [](const ValueScore& a, const ValueScore& b) { return a.mean > b.mean; });
    const auto behaviours = ce.instrument.behaviours();
    const int n = std::min<int>(count, int(values.size()) / 2);
    for (int i = 0; i < n; ++i) {
        const ValueScore& top = values.at(i);
        f.strengths << QCoreApplication::translate("Evaluation", "%1 (%2): especially \"%3\"")
                           .arg(ce.instrument.values().at(top.value).name, IndonesianFormat::number(top.mean, 2),
                                behaviours.at(top.best)->text);
        const ValueScore& low = values.at(values.size() - 1 - i);
        const CoreValue& value = ce.instrument.values().at(low.value);
        f.developmentAreas << QCoreApplication::translate("Evaluation", "%1 (%2): above all \"%3\"")
                                  .arg(value.name, IndonesianFormat::number(low.mean, 2),
                                       behaviours.at(low.worst)->text);
        if (!value.competencyCode.isEmpty() && !f.competencyCodes.contains(value.competencyCode)) {
            f.competencyCodes << value.competencyCode;
            f.developmentCompetencies
                << QString(value.competencyCode + u' ' + ce.competencyNames.value(value.competencyCode)).trimmed();
        }
    }
    return f;
}

QString EvaluationFeedback::summary() const
{
    QStringList parts;
    if (!strengths.isEmpty())
        parts << QCoreApplication::translate("Evaluation", "Strengths: %1").arg(strengths.join(QStringLiteral("; ")));
    if (!developmentAreas.isEmpty())
        parts << QCoreApplication::translate("Evaluation", "To develop: %1")
                     .arg(developmentAreas.join(QStringLiteral("; ")));
    if (!developmentCompetencies.isEmpty())
        parts << QCoreApplication::translate("Evaluation", "Suggested development: %1")
                     .arg(developmentCompetencies.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(". "));
}

} // namespace karsa
