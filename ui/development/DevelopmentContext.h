#pragma once

#include "development/DevelopmentOverview.h"
#include "development/PlanGenerator.h"
#include "shell/AnalyticsSnapshot.h"

#include <memory>

namespace karsa::ui {

class Workspace;

// What the tabs of the development page show: the analytics snapshot, the year's development data and
// the scope (a unit with its sub-units, or the whole city).
struct DevelopmentContext
{
    AnalyticsSnapshotPtr snapshot;
    std::shared_ptr<const DevelopmentOverview> overview;
    std::shared_ptr<const PlanCatalogue> catalogue;
    int year = 0;
    int unitIndex = -1;
    QVector<int> scope;        // employee indexes
    QVector<bool> inScope;     // by employee index

    bool ready() const { return snapshot && overview && catalogue; }
    bool contains(qint64 employeeId) const
    {
        const int i = snapshot ? snapshot->data.employeeIndex(employeeId) : -1;
        return i >= 0 && inScope.value(i);
    }
    QString scopeName() const;
};

// The name decisions and approvals are recorded under: the operating-system login name.
QString officerName(const Workspace* workspace); // the signed-in officer, for "approved by"

} // namespace karsa::ui
