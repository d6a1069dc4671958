#pragma once

#include "DevelopmentContext.h"

#include <QWidget>

class QPushButton;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// Realisasi: the training attended in the year by the employees in scope; record ad hoc training.
class RealisationPanel : public QWidget
{
    Q_OBJECT
public:
    RealisationPanel(Workspace* workspace, QWidget* parent = nullptr);
    void setContext(const DevelopmentContext& context);
    RowTableModel* model() const { return m_model; }
    TablePanel* table() const { return m_panel; }

private:
    Workspace* m_workspace;
    DevelopmentContext m_context;
    RowTableModel* m_model = nullptr;
    TablePanel* m_panel = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace karsa::ui
