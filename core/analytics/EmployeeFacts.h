#pragma once

#include "AnalyticsData.h"
#include "AnalyticsSettings.h"

#include <QDate>

namespace karsa {

// Whole years and remaining months between two dates (masa kerja, age).
struct YearsMonths
{
    int years = 0;
    int months = 0;
};

// The completed years and months from `from` to `to` (a month counts once its day is reached;
// 2015-05-01 -> 2026-03-31 = 10 years 10 months). Zero when `from` is invalid or later than `to`.
YearsMonths elapsedYearsMonths(const QDate& from, const QDate& to);
// Age in completed years on `today`; -1 when the birth date is unknown.
int ageOn(const QDate& birthDate, const QDate& today);
// Masa kerja from TMT CPNS to today.
YearsMonths masaKerja(const QDate& tmtCpns, const QDate& today);

// The retirement age that applies to an employee: the setting for the jenjang of their position
// (AnalyticsSettings::retirementAge), 58 when the jenjang is unknown or the employee has no position.
int retirementAgeOf(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex);
// Batas usia pensiun of an employee: retirementDate(birth date, retirementAgeOf()); invalid when the
// birth date is unknown.
QDate retirementDateOf(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex);

} // namespace karsa
