#pragma once

#include "DevelopmentPlan.h"
#include "JpCompliance.h"
#include "PlanGenerator.h"
#include "reports/ReportDocument.h"
#include "storage/DevelopmentPlanRepository.h"

#include <QHash>

namespace karsa {

// The development reports as data (ReportTable / ReportDocument), rendered by the report engine.
class DevelopmentReports
{
public:
    // The items of a plan grouped per competency (then the JP-minimum items), with JP and budget totals.
    static ReportTable planItemsTable(const AnalyticsData& data, const PlanCatalogue& catalogue,
                                      const DevelopmentPlan& plan);
    // The gaps the plan answers: current position, then the target position (groups).
    static ReportTable gapTable(const AnalyticsData& data, const AnalyticsSettings& analytics, int employeeIndex,
                                int targetPositionIndex);
    // Rencana pengembangan kompetensi individu: identity, gaps, the items per competency, JP against the
    // minimum, and a signature block for the employee and the approving official.
    static ReportDocument individualPlan(const AnalyticsData& data, const AnalyticsSettings& analytics,
                                         const PlanCatalogue& catalogue, const DevelopmentPlan& plan,
                                         double realisedJp, double minimumJp, const Letterhead& letterhead,
                                         const QDate& date);

    // Unit recap: per employee of the scope (grouped by unit) the plan, its JP and budget, the realised
    // JP and the compliance status; totals at the end.
    static ReportTable unitRecapTable(const AnalyticsData& data, const QVector<EmployeeJp>& compliance,
                                      const QHash<qint64, PlanSummary>& plans, int year);
    static ReportDocument unitRecap(const AnalyticsData& data, int unitIndex, const QVector<EmployeeJp>& compliance,
                                    const QHash<qint64, PlanSummary>& plans, int year, const Letterhead& letterhead,
                                    const QDate& date);

    // JP compliance of every employee in scope (as `karsa-cli jp` prints it).
    static ReportTable complianceTable(const AnalyticsData& data, const QVector<EmployeeJp>& rows, int year);
    // The catalogue with the competencies each programme develops.
    static ReportTable catalogueTable(const AnalyticsData& data, const QVector<TrainingProgramme>& programmes);
    // Realised training of a year.
    static ReportTable recordsTable(const AnalyticsData& data, const QVector<TrainingRecord>& records, int year);

    static QString competencyName(const AnalyticsData& data, qint64 competencyId);
};

} // namespace karsa
