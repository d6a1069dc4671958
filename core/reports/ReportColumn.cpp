#include "ReportColumn.h"

#include "IndonesianFormat.h"
#include "domain/Nip.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace karsa {

namespace {

ReportColumn make(QString key, QString title, ReportColumn::Type type, double widthHint, int decimals = 2)
{
    ReportColumn c;
    c.key = std::move(key);
    c.title = std::move(title);
    c.type = type;
    c.widthHint = widthHint;
    c.decimals = decimals;
    return c;
}

QDate toDate(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().date();
    if (v.typeId() == QMetaType::QString)
        return QDate::fromString(v.toString(), Qt::ISODate);
    return v.toDate();
}

bool isBlank(const QVariant& v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

} // namespace

ReportColumn ReportColumn::text(QString key, QString title, double widthHint)
{
    return make(std::move(key), std::move(title), Type::Text, widthHint);
}
ReportColumn ReportColumn::integer(QString key, QString title, double widthHint)
{
    return make(std::move(key), std::move(title), Type::Integer, widthHint, 0);
}
ReportColumn ReportColumn::decimal(QString key, QString title, int decimals, double widthHint)
{
    return make(std::move(key), std::move(title), Type::Decimal, widthHint, decimals);
}
ReportColumn ReportColumn::percent(QString key, QString title, int decimals, double widthHint)
{
    return make(std::move(key), std::move(title), Type::Percent, widthHint, decimals);
}
ReportColumn ReportColumn::date(QString key, QString title, double widthHint)
{
    return make(std::move(key), std::move(title), Type::Date, widthHint);
}
ReportColumn ReportColumn::nip(QString key, QString title, double widthHint)
{
    return make(std::move(key), std::move(title), Type::Nip, widthHint);
}

Qt::Alignment ReportColumn::effectiveAlignment() const
{
    if (alignment & Qt::AlignHorizontal_Mask)
        return alignment;
    switch (type) {
    case Type::Integer:
    case Type::Decimal:
    case Type::Percent:
        return Qt::AlignRight;
    case Type::Date:
    case Type::Nip:
        return Qt::AlignHCenter;
    case Type::Text:
        break;
    }
    return Qt::AlignLeft;
}

QString ReportColumn::display(const QVariant& value) const
{
    if (isBlank(value))
        return {};
    bool ok = false;
    switch (type) {
    case Type::Integer: {
        const qint64 i = value.toLongLong(&ok);
        return ok ? IndonesianFormat::integer(i) : value.toString();
    }
    case Type::Decimal: {
        const double d = value.toDouble(&ok);
        return ok ? IndonesianFormat::number(d, decimals) : value.toString();
    }
    case Type::Percent: {
        const double d = value.toDouble(&ok);
        return ok ? IndonesianFormat::percent(d, decimals) : value.toString();
    }
    case Type::Date: {
        const QDate d = toDate(value);
        return d.isValid() ? IndonesianFormat::date(d) : value.toString();
    }
    case Type::Nip:
        return Nip::format(value.toString());
    case Type::Text:
        break;
    }
    return value.toString();
}

QString ReportColumn::plain(const QVariant& value) const
{
    if (isBlank(value))
        return {};
    bool ok = false;
    switch (type) {
    case Type::Integer: {
        const qint64 i = value.toLongLong(&ok);
        return ok ? QString::number(i) : value.toString();
    }
    case Type::Decimal:
    case Type::Percent: {
        const double d = value.toDouble(&ok);
        if (!ok || std::isnan(d) || std::isinf(d))
            return value.toString();
        // Fixed decimals like the printout, but '.' as separator and no grouping.
        QString s = QString::number(d, 'f', std::clamp(decimals, 0, 10));
        if (s.startsWith(QLatin1Char('-')) && s.toDouble() == 0.0)
            s.remove(0, 1); // "-0.00" -> "0.00"
        return s;
    }
    case Type::Date: {
        const QDate d = toDate(value);
        return d.isValid() ? d.toString(Qt::ISODate) : value.toString();
    }
    case Type::Nip:
        return Nip::format(value.toString());
    case Type::Text:
        break;
    }
    return value.toString();
}

} // namespace karsa
