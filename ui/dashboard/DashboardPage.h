#pragma once

#include "DashboardData.h"
#include "common/Page.h"
#include "reports/ReportDocument.h"

class QComboBox;
class QLabel;

namespace karsa::ui {

class JpDashboardChart;

// Dasbor: headcount, JPM categories, competency gaps, 9-box and the units with the largest
// shortfalls for the whole city or one unit with its sub-units. Every number comes from core
// (UnitAggregates, DashboardFigures, TalentSummary); a click on a bar or slice lists its employees.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    enum Chart { Headcount, Categories, Gaps, Boxes, Shortfall, ChartCount };

    explicit DashboardPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Dashboard"); }
    QWidget* chart(Chart which) const { return m_charts[which]; }
    QComboBox* unitBox() const { return m_unit; }
    JpDashboardChart* jpChart() const { return m_jp; } // JP compliance (ui/development)
    const DashboardData& figures() const { return m_data; }
    // What Print and Export PDF write for a leadership meeting: letterhead, the scope and date, the
    // headline figures, the charts, the per-unit and 9-box tables and the signature.
    ReportDocument reportDocument() const;
    // Shows the scope of a unit index of the snapshot (-1 = the whole city).
    void setUnitIndex(int unitIndex);

signals:
    // Emitted on a click through: switch to Pegawai and list exactly these employees.
    void openEmployeeList(const QString& caption, const QVector<qint64>& employeeIds);
    void updated(); // the charts show a fresh computation

protected:
    void reload() override;

private:
    void fillUnits();
    void compute();
    void showData(DashboardData data);
    void showLoading(const QString& message);
    QString scopeName() const;
    QString exportScope() const; // unit code or "Kota Surabaya" (file names)
    void openList(const QString& caption, const QVector<int>& employeeIndexes);

    QComboBox* m_unit = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_charts[ChartCount] = {};
    JpDashboardChart* m_jp = nullptr;
    AnalyticsSnapshotPtr m_snapshot;
    DashboardData m_data;
    bool m_waiting = false;
    int m_generation = 0;
};

} // namespace karsa::ui
