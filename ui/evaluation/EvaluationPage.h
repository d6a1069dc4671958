#pragma once

#include "common/Page.h"
#include "evaluation/CycleEvaluation.h"

#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace karsa::ui {

class EvaluationEditor;
class RowTableModel;
class TablePanel;

// "Penilaian Kinerja": evaluation cycles, rater assignment and answers, progress (who is pending
// and why), results with bias flags and feedback, calibration, and the cycle's exports. Every
// figure comes from core/evaluation (CycleEvaluation, loaded in a worker).
class EvaluationPage : public Page
{
    Q_OBJECT
public:
    explicit EvaluationPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override { return tr("Performance Evaluation"); }

    qint64 currentCycle() const;
    void setCurrentCycle(qint64 id);
    const CycleEvaluation* evaluation() const { return m_evaluation.get(); }
    RowTableModel* progressModel() const { return m_progress; }
    RowTableModel* raterModel() const { return m_raters; }
    RowTableModel* resultModel() const { return m_results; }
    QTabWidget* tabs() const { return m_tabs; }
    TablePanel* resultPanel() const { return m_resultPanel; }

signals:
    void loaded(); // the current cycle's evaluation is shown

protected:
    void reload() override;

private:
    void fillCycles();
    void loadCycle();
    void showEvaluation(std::shared_ptr<CycleEvaluation> evaluation);
    void showDetails(qint64 employeeId);
    void updateButtons();
    qint64 selectedEmployee() const; // from the active tab's current row
    void exportSummary(bool print);
    void exportRapor(bool batch);

    EvaluationEditor* m_editor = nullptr;
    QComboBox* m_cycle = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    RowTableModel* m_progress = nullptr;
    RowTableModel* m_raters = nullptr;
    RowTableModel* m_results = nullptr;
    TablePanel* m_progressPanel = nullptr;
    TablePanel* m_raterPanel = nullptr;
    TablePanel* m_resultPanel = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_lock = nullptr;
    QPushButton* m_import = nullptr;
    QList<QPushButton*> m_openOnly;
    QList<QPushButton*> m_notLocked;
    QList<QPushButton*> m_needsCycle;
    std::shared_ptr<CycleEvaluation> m_evaluation;
    struct LoadOutcome
    {
        std::shared_ptr<CycleEvaluation> evaluation;
        QString error;
    };
    QFutureWatcher<LoadOutcome>* m_watcher = nullptr;
    int m_generation = 0;
    qint64 m_wantedCycle = 0;
};

} // namespace karsa::ui
