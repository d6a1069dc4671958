#pragma once

#include "reports/ReportColumn.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QVariant>
#include <QVector>

namespace karsa::ui {

// A read-only table over prepared rows, for the many small lists of the analytic pages (box members,
// succession candidates, assessment history). Each cell has a display text and a raw value (export,
// sort); search and sort run over an index vector with precomputed keys.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString title;
        ReportColumn::Type type = ReportColumn::Type::Text;
        QString toolTip;
    };
    struct Row
    {
        qint64 id = 0;            // Qt::UserRole of every cell
        QVector<QString> display; // one per column
        QVector<QVariant> value;  // raw value per column (null -> the display text)
        QColor background;        // invalid = none
        QColor foreground;        // invalid = none
        QString toolTip;          // row tooltip; empty = the cell text
    };

    explicit RowTableModel(QVector<Column> columns, QObject* parent = nullptr);

    void setRows(QVector<Row> rows);
    void setFilterText(const QString& text); // every word must occur in some cell
    int totalCount() const { return int(m_rows.size()); }
    const Row* rowAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuildVisible();

    QVector<Column> m_columns;
    QVector<Row> m_rows;
    QVector<QString> m_haystack;
    QVector<int> m_order;
    QVector<int> m_visible;
    QStringList m_filterWords;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace karsa::ui
