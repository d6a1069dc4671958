#pragma once

#include "DevelopmentSettings.h"
#include "analytics/AnalyticsData.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace karsa {

// One realised training as the JP arithmetic needs it.
struct JpEntry
{
    qint64 employeeId = 0;
    QDate start;
    QDate end;
    double jp = 0.0;
};

// The JP of a training that count in `year` (domain.md 5.1): with EndDate all of it when the training
// ends in that year; with Split the share of its calendar days that fall in that year. Rounded to
// 2 decimals. A training whose end precedes its start counts nothing.
double jpInYear(const JpEntry& entry, int year, JpYearRule rule);

enum class JpStatus {
    Met,    // realised >= minimum
    Behind, // some JP, below the minimum
    None    // no JP at all this year
};
QString jpStatusCode(JpStatus status); // "met", "behind", "none"
QString jpStatusLabel(JpStatus status);

struct EmployeeJp
{
    int employeeIndex = -1;
    double realised = 0.0;
    double minimum = 0.0;
    int trainings = 0; // trainings that count something this year
    JpStatus status = JpStatus::None;
    double shortfall() const { return realised >= minimum ? 0.0 : minimum - realised; }
};

struct UnitJp
{
    int unitIndex = -1; // -1 = the whole scope
    int employees = 0;
    int met = 0, behind = 0, none = 0;
    double totalJp = 0.0;
    double averageJp = 0.0;  // 2 decimals
    double percentMet = 0.0; // 2 decimals
};

// JP compliance (PP 11/2017: at least the minimum JP a year) of a set of employees for one year.
class JpCompliance
{
public:
    // entries: any trainings (those outside the year count 0); employees: indexes into data.
    static QVector<EmployeeJp> forEmployees(const AnalyticsData& data, const QVector<int>& employees,
                                            const QVector<JpEntry>& entries, int year,
                                            const DevelopmentSettings& settings);
    static UnitJp summarise(const QVector<EmployeeJp>& rows, int unitIndex = -1);
    // The figures of each unit a dashboard breaks the scope down into (breakdownUnits()).
    static QVector<UnitJp> byUnit(const AnalyticsData& data, const QVector<EmployeeJp>& rows, int scopeUnitIndex);
    // The rows behind the minimum (behind or none), largest shortfall first, then NIP.
    static QVector<EmployeeJp> behind(const AnalyticsData& data, const QVector<EmployeeJp>& rows);
};

} // namespace karsa
