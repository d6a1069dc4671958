#pragma once

#include "LinearAssignment.h"
#include "common/Result.h"

#include <QByteArray>

namespace karsa {

// Reads an assignment matrix from CSV text: one matrix row per line, cells separated by commas, no
// header. A cell holds a number ('.' decimals, optional sign and exponent, optional surrounding
// spaces or double quotes); an empty cell or "-" is a forbidden pair. Blank lines at the end are
// ignored. Any other cell, or a row whose cell count differs from the first row, is an Error
// naming the 1-based row and column.
Result<AssignmentMatrix> parseAssignmentMatrixCsv(const QByteArray& text);

} // namespace karsa
