#pragma once

#include <QBitArray>
#include <QStringList>

#include <functional>

namespace karsa::io {

// Called once per record of a table file. row is 1-based and counts the header as row 1, as a
// spreadsheet shows it. Return false to stop reading.
using RowCallback = std::function<bool(int row, const QStringList& cells)>;

// The same with the cells that were numbers in the file: numeric.testBit(i) for an XLSX cell of
// type n (a number, or a date shown as yyyy-MM-dd). Every CSV field and XLSX string is text.
// numeric may be shorter than cells (missing bits are text).
using TypedRowCallback = std::function<bool(int row, const QStringList& cells, const QBitArray& numeric)>;

inline bool isNumericCell(const QBitArray& numeric, qsizetype column)
{
    return column >= 0 && column < numeric.size() && numeric.testBit(column);
}

} // namespace karsa::io
