#pragma once

#include "analytics/TalentSummary.h"
#include "common/Page.h"
#include "reports/ReportDocument.h"
#include "shell/AnalyticsSnapshot.h"

class QComboBox;
class QLabel;
class QTabWidget;

namespace karsa::ui {

class NineBoxWidget;
class RowTableModel;
class SuccessionPanel;
class TablePanel;

// Talenta: the 9-box of a unit scope (PermenPANRB 3/2020) with the people of each box, and the
// succession pools of the key positions. Every number comes from the shared analytics snapshot.
class TalentPage : public Page
{
    Q_OBJECT
public:
    explicit TalentPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Talent"); }

    // The scope: a unit id (with its sub-units) or 0 for every unit.
    void setScopeUnit(qint64 unitId);
    qint64 scopeUnit() const;
    // Lists the employees of a box (1..9) or the unplaced ones (0) in the table below the grid.
    void showBox(int box);
    int shownBox() const { return m_box; }

    const TalentBoxCounts& counts() const { return m_counts; }
    // What "Print 9-box" and "Export 9-box PDF" write: letterhead, scope and date, the grid, the
    // counts with each box's recommendation, the thresholds and a signature.
    ReportDocument nineBoxDocument() const;
    NineBoxWidget* grid() const { return m_grid; }
    RowTableModel* peopleModel() const { return m_people; }
    SuccessionPanel* succession() const { return m_succession; }
    QComboBox* unitCombo() const { return m_unit; }
    bool hasSnapshot() const { return m_snapshot != nullptr; }

signals:
    void refreshed();

protected:
    void reload() override;

private:
    void applySnapshot();
    void fillUnits();
    void recount();
    QString thresholdsText() const;

    AnalyticsSnapshotPtr m_snapshot;
    TalentBoxCounts m_counts;
    QVector<int> m_scope;
    int m_box = -1;
    bool m_started = false;
    QComboBox* m_unit = nullptr;
    QLabel* m_thresholds = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    NineBoxWidget* m_grid = nullptr;
    RowTableModel* m_people = nullptr;
    TablePanel* m_peoplePanel = nullptr;
    SuccessionPanel* m_succession = nullptr;
};

} // namespace karsa::ui
