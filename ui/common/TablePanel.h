#pragma once

#include "reports/ReportDocument.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace karsa::ui {

class RowTableModel;
class Workspace;

// A RowTableModel in a sortable table view with fixed row heights, a search box, a row count and
// Export / Print buttons (TableExport). Pages add their own buttons to toolbar().
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    TablePanel(Workspace* workspace, RowTableModel* model, QWidget* parent = nullptr);

    RowTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QHBoxLayout* toolbar() const { return m_toolbar; }
    QPushButton* exportButton() const { return m_export; }

    // The report title (and file name) of Export and Print; the subtitle (unit, scope) is followed
    // by the search text and "Keadaan per <today>".
    void setReportTitle(const QString& title, const QString& fileName, const QString& subtitle = {});
    // What Export and Print write: the shown rows under the title, with letterhead and signature.
    ReportDocument reportDocument() const;
    // "Pencarian: “budi”" (empty without a search).
    static QString searchDescription(const QString& search);
    void setColumnWidths(const QVector<int>& widths);
    void updateCount();
    qint64 currentId() const; // the id of the current row, 0 when none

signals:
    void currentIdChanged(qint64 id);
    void activatedId(qint64 id);

private:
    Workspace* m_workspace;
    RowTableModel* m_model;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QHBoxLayout* m_toolbar = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_searchDelay = nullptr;
    QString m_title, m_fileName, m_subtitle;
};

} // namespace karsa::ui
