#pragma once

#include "EmptySeats.h"
#include "PlacementMatrix.h"
#include "PlacementScenario.h"
#include "ScenarioComparison.h"
#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsSettings.h"
#include "reports/ReportDocument.h"

namespace karsa {

// Report data of placement, computed once and rendered by the report engine (PDF, XLSX, CSV) and by
// the Penempatan page.
class PlacementReport
{
public:
    // One row per seat: the new position and its unit, the chosen candidate (NIP, name, current
    // position), JPM against the new position with its category (settings' default scale), the
    // score, the key gaps (largest shortfalls), the runner-up candidates of the vacancy (from the
    // matrix pool, best first, at most runnerUps) and remarks (locked, added, incomplete assessment,
    // empty with the reason).
    static ReportTable seatTable(const AnalyticsData& data, const AnalyticsSettings& settings,
                                 const PlacementScenario& scenario, const PlacementMatrix& matrix, int runnerUps);
    // Seats, filled, empty, total and mean score, mean JPM, constraints in force, how candidates with a
    // missing assessment were scored, and why seats stayed empty.
    static QList<QPair<QString, QString>> recap(const AnalyticsData& data, const AnalyticsSettings& settings,
                                                const PlacementScenario& scenario, const PlacementMatrix& matrix);
    // The scenario as every report and screen names it: its saved name, or "unsaved result" when the
    // figures are not (or no longer) those of a saved scenario (scenario.id == 0).
    static QString scenarioLabel(const PlacementScenario& scenario);
    // Empty seats grouped by reason: "2 seats: all 3 candidates above ...", one line per reason.
    static QStringList emptySeatSummary(const QVector<EmptySeatExplanation>& explanations);
    // Employees leaving and entering each unit.
    static ReportTable unitMovesTable(const AnalyticsData& data, const PlacementScenario& scenario);
    // The printed report: title, date, the seat table, a recap page with the unit moves and notes, the
    // signature block of the letterhead's official.
    static ReportDocument document(const AnalyticsData& data, const AnalyticsSettings& settings,
                                   const PlacementScenario& scenario, const PlacementMatrix& matrix, int runnerUps,
                                   const Letterhead& letterhead, const QDateTime& generated);

    // Comparison of two scenarios: the figures side by side, moves per unit, who is placed differently.
    static ReportTable comparisonFigures(const ScenarioComparison& c, const QString& nameA, const QString& nameB);
    static ReportTable comparisonUnits(const AnalyticsData& data, const ScenarioComparison& c, const QString& nameA,
                                       const QString& nameB);
    static ReportTable comparisonMoves(const AnalyticsData& data, const ScenarioComparison& c, const QString& nameA,
                                       const QString& nameB);
    static ReportDocument comparisonDocument(const AnalyticsData& data, const PlacementScenario& a,
                                             const PlacementScenario& b, const Letterhead& letterhead,
                                             const QDateTime& generated);
};

} // namespace karsa
