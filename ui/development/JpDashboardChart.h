#pragma once

#include "session/Session.h"

#include "development/JpCompliance.h"
#include "shell/AnalyticsSnapshot.h"

#include <QWidget>

namespace karsa::ui {

// The dashboard's JP compliance chart: per sub-unit of the scope, the share of employees that met the
// yearly JP minimum this year (JpCompliance::byUnit). The year's training is read in a worker; a click
// on a bar lists the unit's employees who are behind.
class JpDashboardChart : public QWidget
{
    Q_OBJECT
public:
    explicit JpDashboardChart(QWidget* parent = nullptr);

    // Recomputes for a scope (-1 = the whole city) of the snapshot, for the snapshot's year.
    void show(AnalyticsSnapshotPtr snapshot, int unitIndex, const Session& session);
    QWidget* chart() const { return m_chart; }
    const QVector<UnitJp>& units() const { return m_units; }
    const UnitJp& total() const { return m_total; }

signals:
    void openEmployeeList(const QString& caption, const QVector<int>& employeeIndexes);
    void updated();

private:
    QWidget* m_chart = nullptr;
    AnalyticsSnapshotPtr m_snapshot;
    QVector<EmployeeJp> m_rows;
    QVector<UnitJp> m_units;
    UnitJp m_total;
    int m_generation = 0;
};

} // namespace karsa::ui
