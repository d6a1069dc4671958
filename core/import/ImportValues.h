#pragma once

#include <QDate>
#include <QString>

namespace karsa::importvalues {

enum class DateParse { Ok, Empty, Malformed, NoSuchDate };

// Dates as officers' files write them: 2024-03-31 (optionally with a time), 31-03-2024, 31/03/2024,
// 31.03.2024, 31 Maret 2024 / 31 March 2024, 20240331, or an Excel serial day number.
DateParse parseDate(const QString& text, QDate* out);
// The translated reason for a failed parse, naming the value.
QString dateProblem(DateParse result, const QString& text);

// Name matching key: lower case, inner whitespace collapsed, trimmed.
QString nameKey(const QString& name);

} // namespace karsa::importvalues
