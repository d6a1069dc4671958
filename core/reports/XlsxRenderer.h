#pragma once

#include "common/Result.h"

#include <QString>

namespace karsa {

struct ReportDocument;
struct ReportTable;

// Writes a report as an Excel workbook (libxlsxwriter): one worksheet per table section, named
// after the table (≤ 31 characters, unique, without []:*?/\). Each sheet: title rows, the
// document's text sections that precede the table, a bold filled header row with borders, frozen
// panes under it, an autofilter over header and data rows, column widths from the width hints,
// typed cells (Integer "#,##0", Decimal "#,##0.00", Percent the same number as on screen (83.5)
// shown as "83.50 %", Date real Excel dates shown "29 November 2026" with Indonesian month names,
// NIP as 18-digit text), bold group rows, a bold totals row, notes below. A chart section becomes
// its numbers in two columns beside the next table and a native column chart over them (so the
// table's header row stays near the top, frozen). A demo database's sheets say so under the
// title. Pages are set up for printing from Excel (A4, header row repeated, fit to one page wide,
// landscape for a wide table by the same rule as the PDF).
class XlsxRenderer
{
public:
    static Status render(const ReportDocument& document, const QString& path);
    static Status render(const ReportTable& table, const QString& path);

    // A valid, unique (case-insensitive, against `taken`) worksheet name made from `wanted`.
    static QString sheetName(const QString& wanted, const QStringList& taken);
};

} // namespace karsa
