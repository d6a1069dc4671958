#include "EmployeeFacts.h"

#include "CandidateRanking.h"

namespace karsa {

YearsMonths elapsedYearsMonths(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months; // the current month is not complete yet
    months = qMax(0, months);
    return {months / 12, months % 12};
}

int ageOn(const QDate& birthDate, const QDate& today)
{
    if (!birthDate.isValid() || !today.isValid())
        return -1;
    return elapsedYearsMonths(birthDate, today).years;
}

YearsMonths masaKerja(const QDate& tmtCpns, const QDate& today)
{
    return elapsedYearsMonths(tmtCpns, today);
}

int retirementAgeOf(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex)
{
    if (employeeIndex < 0 || employeeIndex >= data.employees().size())
        return 58;
    const int p = data.employees()[employeeIndex].positionIndex;
    if (p < 0)
        return 58;
    return settings.retirementAge.value(data.positions()[p].jenjang, 58);
}

QDate retirementDateOf(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex)
{
    if (employeeIndex < 0 || employeeIndex >= data.employees().size())
        return {};
    const QDate birth = data.employees()[employeeIndex].birthDate;
    if (!birth.isValid())
        return {};
    return retirementDate(birth, retirementAgeOf(data, settings, employeeIndex));
}

} // namespace karsa
