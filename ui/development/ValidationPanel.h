#pragma once

#include "DevelopmentContext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// Menunggu validasi: assessments proposed by completed training (and any other awaiting validation)
// for the employees in scope; an officer validates or rejects each, recorded with their name.
class ValidationPanel : public QWidget
{
    Q_OBJECT
public:
    ValidationPanel(Workspace* workspace, QWidget* parent = nullptr);
    void setContext(const DevelopmentContext& context);
    RowTableModel* model() const { return m_model; }
    TablePanel* table() const { return m_panel; }
    bool decide(qint64 assessmentId, bool validate); // undoable; false when refused

private:
    Workspace* m_workspace;
    DevelopmentContext m_context;
    QLabel* m_label = nullptr;
    RowTableModel* m_model = nullptr;
    TablePanel* m_panel = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace karsa::ui
