#pragma once

#include <QStringList>

#include <functional>

namespace karsa::io {

// Called once per record of a table file. row is 1-based and counts the header as row 1, as a
// spreadsheet shows it. Return false to stop reading.
using RowCallback = std::function<bool(int row, const QStringList& cells)>;

} // namespace karsa::io
