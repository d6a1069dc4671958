#pragma once

#include "analytics/AnalyticsData.h"

#include <QDialog>

class QLineEdit;
class QTableView;

namespace karsa::ui {

class RowTableModel;

// Chooses any position of the snapshot: a search box over code, name, jenjang and unit.
class PositionPickerDialog : public QDialog
{
    Q_OBJECT
public:
    PositionPickerDialog(const AnalyticsData& data, QWidget* parent = nullptr);

    int selectedPositionIndex() const; // -1 when none
    QLineEdit* searchBox() const { return m_search; }
    RowTableModel* model() const { return m_model; }

private:
    RowTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace karsa::ui
