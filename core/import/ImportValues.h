#pragma once

#include <QDate>
#include <QString>

namespace karsa::importvalues {

enum class DateParse { Ok, Empty, Malformed, NoSuchDate, NumberAsText };

// Whether a cell was a number in the file (an XLSX cell of type n) or text (every CSV field, every
// XLSX string cell).
enum class CellKind { Text, Number };

// Dates as officers' files write them: 2024-03-31 (optionally with a time), 31-03-2024, 31/03/2024,
// 31.03.2024, 31 Maret 2024 / 31 March 2024, 20240331, or - only from a numeric XLSX cell - an
// Excel serial day number. Text such as "2023" or "12" is not a date (NumberAsText).
DateParse parseDate(const QString& text, QDate* out, CellKind kind = CellKind::Text);
// The translated reason for a failed parse, naming the value.
QString dateProblem(DateParse result, const QString& text);

// Name matching key: lower case, inner whitespace collapsed, trimmed.
QString nameKey(const QString& name);

} // namespace karsa::importvalues
