#pragma once

#include "analytics/TalentSummary.h"
#include "analytics/UnitAggregates.h"
#include "shell/AnalyticsSnapshot.h"

#include <QVector>

namespace karsa::ui {

// The figures of the dashboard for one scope (a unit with its sub-units, or the whole city),
// computed from the shared analytics snapshot by core functions only. Built in a worker thread.
struct DashboardData
{
    AnalyticsSnapshotPtr snapshot;
    int unitIndex = -1;            // -1 = the whole city
    QVector<int> scope;            // employee indexes of the scope
    UnitAggregate total;           // the scope's aggregate (default scale)
    QVector<UnitAggregate> headcount; // the largest sub-units by employees, at most kTopUnits
    QVector<UnitAggregate> shortfall; // sub-units by share below standard (desc), at most kTopUnits
    QVector<CompetencyAggregate> gaps; // the assessed competencies with the lowest mean gap, at most kTopCompetencies
    TalentBoxCounts boxes;

    static constexpr int kTopUnits = 12;
    static constexpr int kTopCompetencies = 12;

    static DashboardData compute(AnalyticsSnapshotPtr snapshot, int unitIndex);
};

} // namespace karsa::ui
