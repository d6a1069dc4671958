#pragma once

#include "DevelopmentContext.h"

#include <QWidget>

class QPushButton;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// Katalog: the training programmes with what they develop; add a programme, switch one on or off.
class CataloguePanel : public QWidget
{
    Q_OBJECT
public:
    CataloguePanel(Workspace* workspace, QWidget* parent = nullptr);

    void setContext(const DevelopmentContext& context);
    RowTableModel* model() const { return m_model; }
    TablePanel* table() const { return m_panel; }
    // Adds a programme (undoable); false with the error shown in `error` when refused.
    bool addProgramme(const TrainingProgramme& programme, Error* error = nullptr);
    bool toggleActive(qint64 programmeId);
    // Saves an edited programme (optimistic: refused when someone changed it meanwhile); undoable.
    bool updateProgramme(const TrainingProgramme& before, const TrainingProgramme& after, Error* error = nullptr);

private:
    void openAddDialog();
    void openEditDialog(qint64 programmeId);

    Workspace* m_workspace;
    DevelopmentContext m_context;
    RowTableModel* m_model = nullptr;
    TablePanel* m_panel = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace karsa::ui
