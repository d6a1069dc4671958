#pragma once

#include "shell/AnalyticsSnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// Saved placement scenarios: open or delete one, and compare two side by side (figures, moves per
// unit, who is placed differently) with print and export of the comparison.
class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    ScenarioPanel(Workspace* workspace, QWidget* parent = nullptr);
    void setSnapshot(AnalyticsSnapshotPtr snapshot);
    void refresh(); // reloads the list of saved scenarios
    void compare(qint64 a, qint64 b);
    RowTableModel* listModel() const { return m_list; }
    RowTableModel* figuresModel() const { return m_figures; }
    RowTableModel* unitsModel() const { return m_units; }
    RowTableModel* movesModel() const { return m_moves; }

signals:
    void openRequested(qint64 scenarioId);

private:
    void removeCurrent();
    void exportComparison(bool print);

    Workspace* m_workspace;
    AnalyticsSnapshotPtr m_snapshot;
    RowTableModel* m_list = nullptr;
    TablePanel* m_listPanel = nullptr;
    QComboBox* m_a = nullptr;
    QComboBox* m_b = nullptr;
    QLabel* m_caption = nullptr;
    RowTableModel* m_figures = nullptr;
    RowTableModel* m_units = nullptr;
    RowTableModel* m_moves = nullptr;
    TablePanel* m_movesPanel = nullptr;
    TablePanel* m_unitsPanel = nullptr;
    TablePanel* m_figuresPanel = nullptr;
};

} // namespace karsa::ui
