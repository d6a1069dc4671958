#pragma once

#include "analytics/EmployeeFacts.h"
#include "domain/Assessment.h"
#include "domain/Employee.h"
#include "shell/AnalyticsSnapshot.h"

#include <QSqlDatabase>

namespace karsa::ui {

// Everything the employee profile shows, gathered from the analytics snapshot (index lookups) plus
// two indexed queries (the employee row and their assessment history) — no scan over all employees.
// Every figure comes from a core function: jpmAgainst/gapAgainst (default scale), EmployeeFacts, 9-box.
struct EmployeeProfile
{
    AnalyticsSnapshotPtr snapshot;
    int employeeIndex = -1;
    Employee employee;
    QString error; // non-empty when the profile could not be built

    bool nipValid = false;
    Nip nip;
    QString pangkat;
    QString educationName;
    int age = -1;
    YearsMonths masaKerja;
    int retirementAge = 0;
    QDate retirementDate;
    QString unitName;

    int currentPositionIndex = -1;
    int targetPositionIndex = -1; // the position the gaps and JPM are computed against
    JpmResult jpm;
    QVector<GapRow> gaps;
    TalentResult talent;
    QVector<Assessment> history; // newest first

    bool comparing() const { return targetPositionIndex != currentPositionIndex; }
    QString positionName(int positionIndex) const;
    QString jenjangName(int positionIndex) const;
    QString competencyCode(qint64 competencyId) const;
    QString competencyName(qint64 competencyId) const;
    CompetencyType competencyType(qint64 competencyId) const;
    QString categoryCode() const;  // of jpm in the default scale; empty when none
    QString categoryLabel() const;

    // Builds the profile of an employee against their current position.
    static EmployeeProfile build(AnalyticsSnapshotPtr snapshot, QSqlDatabase db, qint64 employeeId);
    // Recomputes JPM and gaps against another position (PP 11/2017 art. 206: the position to be held);
    // -1 or the current position index goes back to the current position.
    void setTarget(int positionIndex);
};

} // namespace karsa::ui
