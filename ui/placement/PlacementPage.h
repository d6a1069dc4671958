#pragma once

#include "common/Page.h"
#include "placement/PlacementMatrix.h"
#include "placement/PlacementScenario.h"
#include "reports/ReportDocument.h"
#include "shell/AnalyticsSnapshot.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace karsa::ui {

class RowTableModel;
class ScenarioPanel;
class TablePanel;
class VacancyPanel;

// Penempatan: the vacancies (open now and opening by retirement within a horizon), explained candidate
// lists, the officer's constraints, the optimal assignment (core/placement), saved scenarios with a
// side-by-side comparison, and the placement report (print preview, printing, PDF/XLSX/CSV export).
class PlacementPage : public Page
{
    Q_OBJECT
public:
    explicit PlacementPage(Workspace* workspace, QWidget* parent = nullptr);
    QString title() const override { return tr("Placement"); }

    // For tests and tools: solve now and wait for the result.
    void solveAndWait();
    const PlacementScenario& scenario() const { return m_scenario; }
    ReportDocument reportDocument() const;
    VacancyPanel* vacancyPanel() const { return m_vacancyPanel; }
    ScenarioPanel* scenarioPanel() const { return m_scenarioPanel; }
    RowTableModel* seatsModel() const { return m_seats; }
    RowTableModel* constraintsModel() const { return m_constraints; }
    QTabWidget* tabs() const { return m_tabs; }
    void setMinimumScore(double score);
    void addVacancy(qint64 positionId); // one more seat on this position in the working scenario

signals:
    void solved();

protected:
    void reload() override;

private:
    void applySnapshot();
    void findVacancies();
    void solve();
    void showResult();
    void showConstraints();
    void addConstraint(const QString& kind, qint64 employeeId, qint64 positionId);
    void removeConstraint();
    void addUnitLimit();
    void saveScenario();
    void openScenario(qint64 id);

    AnalyticsSnapshotPtr m_snapshot;
    PlacementScenario m_scenario;
    std::shared_ptr<const PlacementMatrix> m_matrix;
    int m_runnerUps = 3;
    int m_generation = 0;
    bool m_started = false;
    QTabWidget* m_tabs = nullptr;
    QSpinBox* m_horizon = nullptr;
    QSpinBox* m_pool = nullptr;
    QDoubleSpinBox* m_minScore = nullptr;
    QCheckBox* m_fillFirst = nullptr;
    QLabel* m_status = nullptr;
    VacancyPanel* m_vacancyPanel = nullptr;
    RowTableModel* m_constraints = nullptr;
    TablePanel* m_constraintPanel = nullptr;
    QComboBox* m_limitUnit = nullptr;
    QSpinBox* m_limitValue = nullptr;
    RowTableModel* m_seats = nullptr;
    TablePanel* m_seatPanel = nullptr;
    QLabel* m_summary = nullptr;
    ScenarioPanel* m_scenarioPanel = nullptr;
};

} // namespace karsa::ui
