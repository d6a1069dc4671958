#pragma once

#include "common/RowTableModel.h"
#include "reports/ReportTable.h"

namespace karsa::ui {

// A core report table shown as it is computed: its columns and its rows (display text in Indonesian
// formats, raw values for sorting and export). Row ids are the 1-based row numbers.
QVector<RowTableModel::Column> reportColumns(const ReportTable& table);
QVector<RowTableModel::Row> reportRows(const ReportTable& table);

} // namespace karsa::ui
