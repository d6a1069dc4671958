#pragma once

#include "common/Page.h"
#include "placement/EmptySeats.h"
#include "placement/PlacementMatrix.h"
#include "placement/PlacementScenario.h"
#include "reports/ReportDocument.h"
#include "shell/AnalyticsSnapshot.h"

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
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
    // Starts solving in the background (what the Solve button does); refused while a solve runs.
    // Returns whether a solve was started.
    bool solve();
    bool isBusy() const { return m_busy; }
    // While solving: Solve, Save, Report preview and Export report are disabled and a busy bar shows.
    QPushButton* solveButton() const { return m_solveButton; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* saveButton() const { return m_saveButton; }
    QProgressBar* busyBar() const { return m_busyBar; }
    // Why there is no report to preview, print or export (empty when there is one).
    QString reportUnavailableReason() const;
    // Saves the shown result under name (what "Save scenario…" does after asking for the name). A
    // scenario of the same name is replaced only when confirmOverwrite(name) says yes. Returns whether
    // it was saved.
    bool saveScenarioAs(const QString& name);
    // The question before replacing a saved scenario; tests pre-answer it.
    void setOverwriteConfirmation(std::function<bool(const QString& name)> confirm)
    {
        m_confirmOverwrite = std::move(confirm);
    }
    const QVector<EmptySeatExplanation>& emptySeats() const { return m_emptySeats; }
    QLabel* summaryLabel() const { return m_summary; }
    // The result shown (and reported, saved): the scenario it was solved or opened as.
    const PlacementScenario& scenario() const { return m_result; }
    // What the next solve uses: vacancies, constraints and parameters as the officer set them since.
    const PlacementScenario& workingScenario() const { return m_scenario; }
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
    void setBusy(bool busy);
    void showResult();
    void preview(bool print);
    bool confirmOverwrite(const QString& name);
    void showConstraints();
    void addConstraint(const QString& kind, qint64 employeeId, qint64 positionId);
    void removeConstraint();
    void addUnitLimit();
    void saveScenario();
    void openScenario(qint64 id);

    AnalyticsSnapshotPtr m_snapshot;
    PlacementScenario m_scenario; // working: vacancies and constraints for the next solve
    PlacementScenario m_result;   // the shown result
    std::shared_ptr<const PlacementMatrix> m_matrix;
    QVector<EmptySeatExplanation> m_emptySeats;
    QString m_lastName; // the name the shown result was saved or opened under, offered when saving again
    std::function<bool(const QString&)> m_confirmOverwrite;
    int m_runnerUps = 3;
    int m_generation = 0;
    bool m_started = false;
    bool m_busy = false;
    bool m_parametersLoaded = false; // the parameter bar shows the settings' values once, then the officer's
    QTabWidget* m_tabs = nullptr;
    QSpinBox* m_horizon = nullptr;
    QSpinBox* m_pool = nullptr;
    QDoubleSpinBox* m_minScore = nullptr;
    QCheckBox* m_fillFirst = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_solveButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_exportButton = nullptr;
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
