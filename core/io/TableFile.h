#pragma once

#include "TableRow.h"
#include "common/Result.h"

namespace karsa {
class Progress;
}

namespace karsa::io {

// Reads a table from a CSV or XLSX file (told apart by content: an XLSX starts with the ZIP
// signature). For a workbook every worksheet is read in order; onSheet is told each sheet's name
// before its rows (a CSV is one sheet with an empty name). Returns a short description of the
// format, e.g. "CSV, UTF-8 (BOM), ';'" or "XLSX, 2 worksheets".
class TableFile
{
public:
    using SheetCallback = std::function<bool(const QString& sheetName)>;
    static Result<QString> read(const QString& path, const SheetCallback& onSheet, const TypedRowCallback& onRow,
                                const Progress* progress = nullptr, bool firstSheetOnly = false);
    static bool looksLikeXlsx(const QString& path);
};

} // namespace karsa::io
