#pragma once

#include "reports/ReportDocument.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QSet>

namespace karsa {

struct CycleEvaluation;

// The officers' deliverables of an evaluation cycle, as report data for the CSV/XLSX/PDF
// renderers. Anonymity: no rater is ever named; role aggregates appear only when the role's
// minimum number of raters answered; individual answers never appear.
class EvaluationReports
{
public:
    // Recap (one row per unit, predikat distribution, totals) with a distribution chart, then one
    // table per unit (one worksheet each in XLSX), then the signature block. units: only the
    // employees of these units (empty = the whole cycle).
    static ReportDocument summary(const CycleEvaluation& evaluation, const Letterhead& letterhead, const QDate& date,
                                  const QSet<qint64>& units = {});
    static ReportTable recapTable(const CycleEvaluation& evaluation, const QSet<qint64>& units = {});
    static ReportTable unitTable(const CycleEvaluation& evaluation, qint64 unitId);

    // The personal report card (rapor) of one employee; batch: every employee of the units, one
    // rapor per page group.
    static ReportDocument rapor(const CycleEvaluation& evaluation, int personIndex, const Letterhead& letterhead,
                                const QDate& date);
    static ReportDocument batchRapor(const CycleEvaluation& evaluation, const QSet<qint64>& units,
                                     const Letterhead& letterhead, const QDate& date);

    // Bar chart of employees per final predikat (and pending), drawn with QPainter.
    static QImage distributionChart(const QHash<QString, int>& predikatCounts, int pending, const QString& title);

private:
    static void appendRapor(ReportDocument& document, const CycleEvaluation& evaluation, int personIndex);
};

} // namespace karsa
