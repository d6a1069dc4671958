#pragma once

#include "EmployeeProfile.h"
#include "reports/ReportDocument.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// The profile of one employee in its own (non-modal) window: identity, JPM against the position's
// standard with a radar chart and the gap table, the 9-box, the assessment history; "Compare with
// position…" computes the gaps against any other position; Export/Print as a PDF report.
class EmployeeProfileWindow : public QWidget
{
    Q_OBJECT
public:
    EmployeeProfileWindow(Workspace* workspace, qint64 employeeId, QWidget* parent = nullptr);

    // Shows the profile window of an employee, raising the one already open for them.
    static EmployeeProfileWindow* open(Workspace* workspace, qint64 employeeId, QWidget* parent);

    qint64 employeeId() const { return m_employeeId; }
    const EmployeeProfile& profile() const { return m_profile; }
    RowTableModel* gapModel() const { return m_gapModel; }
    RowTableModel* historyModel() const { return m_historyModel; }
    QWidget* radarChart() const { return m_radar; }
    bool isLoaded() const { return m_profile.employeeIndex >= 0; }

    // Gaps and JPM against another position (-1 = back to the current one).
    void compareWith(int positionIndex);
    void chooseComparison(); // the searchable position dialog
    ReportDocument document() const;

signals:
    void loaded();

private:
    void reload();
    void showProfile();

    Workspace* m_workspace;
    qint64 m_employeeId;
    EmployeeProfile m_profile;
    QString m_targetCode; // kept across reloads while comparing
    bool m_waiting = false;

    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QFormLayout* m_identity = nullptr;
    QLabel* m_standard = nullptr;
    QLabel* m_jpm = nullptr;
    QLabel* m_category = nullptr;
    QLabel* m_ikk = nullptr;
    QLabel* m_talent = nullptr;
    QPushButton* m_back = nullptr;
    QWidget* m_radar = nullptr;
    RowTableModel* m_gapModel = nullptr;
    RowTableModel* m_historyModel = nullptr;
    TablePanel* m_gapPanel = nullptr;
    TablePanel* m_historyPanel = nullptr;
};

} // namespace karsa::ui
