#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;

namespace karsa::ui {

class RowTableModel;
class TablePanel;
class Workspace;

// The agency's evaluation instrument and predikat matrix, edited as data: the text of each
// BerAKHLAK behaviour and the predikat of each of the 9 cells. Every edit is undoable.
class EvaluationInstrumentWidget : public QWidget
{
    Q_OBJECT
public:
    EvaluationInstrumentWidget(Workspace* workspace, QWidget* parent = nullptr);

    void reload();
    RowTableModel* behaviourModel() const { return m_behaviours; }
    QComboBox* cell(int hasilKerja, int perilaku) const { return m_cells[hasilKerja + 1][perilaku + 1]; }

private:
    void editText();
    void storeCell(int hasilKerja, int perilaku);

    Workspace* m_workspace;
    RowTableModel* m_behaviours = nullptr;
    TablePanel* m_panel = nullptr;
    QComboBox* m_cells[3][3] = {};
    bool m_loading = false;
    QHash<qint64, int> m_versions; // behaviour id -> the row_version shown
};

} // namespace karsa::ui
