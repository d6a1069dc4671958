#pragma once

#include <QStringList>

namespace karsa {

struct CycleEvaluation;

// Constructive written feedback for one employee: strengths and development areas from the
// highest and lowest BerAKHLAK values of the weighted result (self excluded), the raters'
// comments (from roles whose aggregate may be shown; never with names) and the competencies a
// development plan should take up (eval_values.competency_code).
struct EvaluationFeedback
{
    QStringList strengths;
    QStringList developmentAreas;
    QStringList comments;                // what raters named as strengths
    QStringList suggestions;             // what raters suggested
    QStringList developmentCompetencies; // "M.02 Kerjasama"
    QStringList competencyCodes;         // "M.02", for development plans

    static EvaluationFeedback derive(const CycleEvaluation& evaluation, int personIndex, int count = 2);
    QString summary() const; // one paragraph for tables and CSV
};

} // namespace karsa
