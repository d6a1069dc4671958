#include "ReportRows.h"

namespace karsa::ui {

QVector<RowTableModel::Column> reportColumns(const ReportTable& table)
{
    QVector<RowTableModel::Column> columns;
    for (const ReportColumn& c : table.columns)
        columns.append({c.title, c.type, {}});
    return columns;
}

QVector<RowTableModel::Row> reportRows(const ReportTable& table)
{
    QVector<RowTableModel::Row> rows;
    qint64 id = 0;
    for (const ReportGroup& g : table.groups) {
        for (const ReportRow& r : g.rows) {
            RowTableModel::Row row;
            row.id = ++id;
            for (int c = 0; c < table.columns.size(); ++c) {
                const QVariant v = r.value(c);
                row.display.append(table.columns[c].display(v));
                row.value.append(v);
            }
            rows.append(std::move(row));
        }
    }
    return rows;
}

} // namespace karsa::ui
