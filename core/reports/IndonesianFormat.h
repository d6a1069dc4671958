#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace karsa {

// Indonesian number and date formatting for printed output, independent of the system locale:
// "29 November 2026", "1.234,50", "83,50 %". (QLocale(Indonesian) is avoided on purpose: its
// output depends on the ICU/CLDR data of the machine, and printed reports must not.)
class IndonesianFormat
{
public:
    static QString monthName(int month);                 // 1..12 -> "Januari".."Desember"
    static QString date(const QDate& date);              // "29 November 2026"; "" if invalid
    static QString dateTime(const QDateTime& dateTime);  // "29 November 2026 14.05" (Indonesian time dots)
    static QString placeAndDate(const QString& place, const QDate& date); // "Surabaya, 29 November 2026"

    static QString integer(qint64 value);                // "1.234.567", "-12"
    static QString number(double value, int decimals);   // "1.234,50", "-0,25"
    static QString percent(double value, int decimals);  // 83.5 -> "83,50 %" (value already in percent)
};

} // namespace karsa
