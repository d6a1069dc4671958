#pragma once

#include "AnalyticsData.h"
#include "CategoryScale.h"

#include <QVector>

namespace karsa {

struct CompetencyAggregate
{
    qint64 competencyId = 0;
    int required = 0;      // employees whose position standard holds this competency
    int assessed = 0;      // ... and who have a current level for it
    double meanGap = 0.0;  // mean of (actual - required) over the assessed, rounded to 2 decimals
    int belowStandard = 0; // assessed with gap < 0
};

// The figures of one unit including all of its sub-units.
struct UnitAggregate
{
    int unitIndex = -1;
    int employees = 0;                         // employees counted
    int complete = 0;                          // with a complete JPM
    int incomplete = 0;                        // missing a current level for a required competency
    int noStandard = 0;                        // without a position or a standard
    double meanJpm = 0.0;                      // over the complete results, rounded to 2 decimals; 0 when none
    QVector<int> distribution;                 // complete results per band of the scale (scale order)
    QVector<CompetencyAggregate> competencies; // competencies required of anyone, in data.competencies() order
};

// Aggregates for every unit at once (index-aligned with data.units()): each employee is counted in
// their own unit, then the sums are rolled up along the parent chain, so one pass serves the city.
QVector<UnitAggregate> unitAggregates(const AnalyticsData& data, const QVector<JpmResult>& jpm,
                                      const CategoryScale& scale);
// The same figures for one set of employees (e.g. the whole city: data.employeesInScope(-1)).
UnitAggregate aggregateOf(const AnalyticsData& data, const QVector<JpmResult>& jpm, const CategoryScale& scale,
                          const QVector<int>& employeeIndexes);

} // namespace karsa
