#pragma once

#include "AnalyticsData.h"
#include "CategoryScale.h"
#include "UnitAggregates.h"

#include <QVector>

namespace karsa {

// The employee sets behind the dashboard's figures, so that a click on a bar or slice lists exactly
// the employees it counts. Each function agrees with unitAggregates()/aggregateOf() on its count.

// Employees of scope with a complete JPM in band `band` of scale (as UnitAggregate::distribution counts).
QVector<int> employeesInBand(const QVector<JpmResult>& jpm, const CategoryScale& scale, const QVector<int>& scope,
                             int band);
// Employees of scope with an incomplete JPM (a required competency not assessed).
QVector<int> employeesIncomplete(const QVector<JpmResult>& jpm, const QVector<int>& scope);

// (9-box counts and members: TalentSummary.h, boxCounts() and employeesInBox().)

// Employees of scope whose position requires competencyId and who are assessed below the required
// level (as CompetencyAggregate::belowStandard counts).
QVector<int> employeesBelowStandard(const AnalyticsData& data, const QVector<JpmResult>& jpm, const QVector<int>& scope,
                                    qint64 competencyId);

// Share in percent (2 decimals) of the assessed competency lines of a unit that are below standard:
// sum(belowStandard) / sum(assessed) x 100 over its competencies; 0 when nothing is assessed.
double belowStandardPercent(const UnitAggregate& aggregate);

// The units a dashboard breaks a scope down into: the children of unitIndex, or for -1 the
// top-level units (or the children of the single top-level unit when there is only one).
QVector<int> breakdownUnits(const AnalyticsData& data, int unitIndex);

} // namespace karsa
