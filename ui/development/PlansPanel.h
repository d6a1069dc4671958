#pragma once

#include "DevelopmentContext.h"
#include "development/DevelopmentService.h"
#include "reports/ReportDocument.h"

#include <QWidget>

class QPushButton;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// Rencana: the plans of the year in scope, the generator, and the items of the selected plan with
// accept / swap / drop / start / record realisation; approve, print the individual plan, unit recap.
class PlansPanel : public QWidget
{
    Q_OBJECT
public:
    PlansPanel(Workspace* workspace, QWidget* parent = nullptr);

    void setContext(const DevelopmentContext& context);
    RowTableModel* plansModel() const { return m_plans; }
    RowTableModel* itemsModel() const { return m_items; }
    TablePanel* plansTable() const { return m_plansPanel; }
    TablePanel* itemsTable() const { return m_itemsPanel; }

    void showPlan(qint64 planId); // lists the plan's items
    qint64 shownPlan() const { return m_planId; }
    const DevelopmentPlan& plan() const { return m_plan; }

    // The actions, each undoable (DbCommand); false (with a message box unless quiet) when refused.
    // generate() runs in a worker with a progress dialog and waits for it.
    bool generate(const QVector<int>& employees, int targetPositionIndex, bool replaceDrafts, GenerateOutcome* out = nullptr);
    bool setItemStatus(qint64 itemId, PlanItemStatus status);
    // The item as shown (with the row_version the officer saw), or nullptr.
    const PlanItem* shownItem(qint64 itemId) const;
    bool swapProgramme(qint64 itemId, qint64 programmeId);
    bool approvePlan(qint64 planId);
    bool recordTraining(const TrainingRecord& record, RecordOutcome* out = nullptr);

    ReportDocument individualDocument() const; // the shown plan
    ReportDocument recapDocument() const;      // the scope

    static void setQuiet(bool quiet); // tests: errors are not shown in message boxes

private:
    void fillPlans();
    void fillItems();
    void updateButtons();
    void openGenerateDialog();
    void openSwapDialog();
    void openRecordDialog();
    bool report(const Status& status, const QString& title);

    Workspace* m_workspace;
    DevelopmentContext m_context;
    DevelopmentPlan m_plan;
    qint64 m_planId = 0;
    RowTableModel* m_plans = nullptr;
    RowTableModel* m_items = nullptr;
    TablePanel* m_plansPanel = nullptr;
    TablePanel* m_itemsPanel = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_printPaper = nullptr;
    QPushButton* m_recap = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_swap = nullptr;
    QPushButton* m_drop = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace karsa::ui
