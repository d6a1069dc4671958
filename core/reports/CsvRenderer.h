#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QString>

namespace karsa {

struct ReportDocument;
struct ReportTable;

struct CsvOptions
{
    QChar separator = u',';     // ';' for Excel installations whose list separator is ';'
    bool byteOrderMark = true;  // UTF-8 BOM, so Excel detects UTF-8 (names like "Ni Luh Putu Ayu")
    bool includeTotals = true;
};

// RFC 4180 CSV (CRLF line ends, fields quoted only when needed) for machines and Excel:
// - one header line of column titles; values plain: '.' decimals without grouping, ISO dates,
//   integers without grouping, percent as the bare number (83.50), NIP spaced
//   ("19860926 201505 1 001") so that Excel keeps it as text instead of 1,98609E+17;
// - a table with named groups gets a leading group column (header ReportTable::groupColumnTitle),
//   repeated on every row, so the file stays one flat, filterable list;
// - the totals row is the last line, its label in the first empty cell;
// - a document with several tables writes each under a line with its title, separated by a
//   blank line; one table is written alone.
class CsvRenderer
{
public:
    static QByteArray toCsv(const ReportTable& table, const CsvOptions& options = {});
    static QByteArray toCsv(const ReportDocument& document, const CsvOptions& options = {});
    static Status render(const ReportTable& table, const QString& path, const CsvOptions& options = {});
    static Status render(const ReportDocument& document, const QString& path, const CsvOptions& options = {});

    enum class Cell { Text, Number };

    // The one rule for every CSV Karsa writes (reports, karsa-cli --csv, the GUI's table export):
    // - a Text cell starting with '=', '+', '-', '@', tab or carriage return is prefixed with a
    //   single quote and quoted ("'=1+2"), so Excel and LibreOffice show it as text instead of
    //   evaluating it as a formula (CSV injection);
    // - a Number cell is written as it is when it is a plain number (isPlainNumber: "-3", "-0.5",
    //   "-1,25"); a Number cell that is not one is treated as Text;
    // - a field holding the separator, a quote, a line break or leading/trailing spaces is quoted,
    //   quotes doubled (RFC 4180).
    static QString escapeField(const QString& field, QChar separator, Cell kind = Cell::Text);
    // An optional sign, digits with at most one '.' or ',' decimal separator, an optional exponent.
    static bool isPlainNumber(QStringView text);
};

} // namespace karsa
