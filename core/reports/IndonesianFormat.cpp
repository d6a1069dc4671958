#include "IndonesianFormat.h"

#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace karsa {

QString IndonesianFormat::monthName(int month)
{
    static const std::array<const char16_t*, 12> names = {u"Januari", u"Februari", u"Maret",    u"April",
                                                          u"Mei",     u"Juni",     u"Juli",     u"Agustus",
                                                          u"September", u"Oktober", u"November", u"Desember"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromUtf16(names[static_cast<size_t>(month - 1)]);
}

QString IndonesianFormat::date(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QString::number(date.day()) + QLatin1Char(' ') + monthName(date.month()) + QLatin1Char(' ')
           + QString::number(date.year());
}

QString IndonesianFormat::dateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return date(dateTime.date()) + QLatin1Char(' ') + dateTime.time().toString(QStringLiteral("HH.mm"));
}

QString IndonesianFormat::placeAndDate(const QString& place, const QDate& date)
{
    const QString d = IndonesianFormat::date(date);
    if (place.trimmed().isEmpty())
        return d;
    return place.trimmed() + QStringLiteral(", ") + d;
}

namespace {

// Groups the digits of a non-negative integer string with dots: "1234567" -> "1.234.567".
QString groupThousands(const QString& digits)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char('.');
        out += digits.at(i);
    }
    return out;
}

} // namespace

QString IndonesianFormat::integer(qint64 value)
{
    const bool negative = value < 0;
    // Through the unsigned magnitude so that the minimum qint64 does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    const QString grouped = groupThousands(QString::number(magnitude));
    return negative ? QLatin1Char('-') + grouped : grouped;
}

QString IndonesianFormat::number(double value, int decimals)
{
    if (std::isnan(value) || std::isinf(value))
        return {};
    decimals = std::clamp(decimals, 0, 10);
    QString fixed = QString::number(std::abs(value), 'f', decimals);
    QString intPart = fixed;
    QString fraction;
    if (const qsizetype dot = fixed.indexOf(QLatin1Char('.')); dot >= 0) {
        intPart = fixed.left(dot);
        fraction = fixed.mid(dot + 1);
    }
    QString out = groupThousands(intPart);
    if (!fraction.isEmpty())
        out += QLatin1Char(',') + fraction;
    // No "-0,00": a value that rounds to zero is printed without a sign.
    const bool allZero = std::none_of(fixed.cbegin(), fixed.cend(),
                                      [](QChar c) { return c >= QLatin1Char('1') && c <= QLatin1Char('9'); });
    return (value < 0 && !allZero) ? QLatin1Char('-') + out : out;
}

QString IndonesianFormat::percent(double value, int decimals)
{
    const QString n = number(value, decimals);
    return n.isEmpty() ? n : n + QStringLiteral(" %");
}

} // namespace karsa
