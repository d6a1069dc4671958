#pragma once

#include "DevelopmentContext.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// Kepatuhan JP: realised JP of every employee in scope against the yearly minimum (a setting), the
// share that met it per unit, and the list of who is behind.
class CompliancePanel : public QWidget
{
    Q_OBJECT
public:
    CompliancePanel(Workspace* workspace, QWidget* parent = nullptr);
    void setContext(const DevelopmentContext& context);
    void setOnlyBehind(bool only);

    const QVector<EmployeeJp>& rows() const { return m_rows; }
    const UnitJp& summary() const { return m_summary; }
    RowTableModel* model() const { return m_model; }
    QWidget* chart() const { return m_chart; }

private:
    void fillTable();

    DevelopmentContext m_context;
    QVector<EmployeeJp> m_rows;
    UnitJp m_summary;
    QLabel* m_label = nullptr;
    QWidget* m_chart = nullptr;
    QCheckBox* m_behind = nullptr;
    RowTableModel* m_model = nullptr;
    TablePanel* m_panel = nullptr;
};

} // namespace karsa::ui
