#include "ImportValues.h"

#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace karsa::importvalues {

namespace {
int monthFromName(const QString& name)
{
    static const char* const id[] = {"januari", "februari", "maret", "april", "mei", "juni",
                                     "juli", "agustus", "september", "oktober", "november", "desember"};
    static const char* const en[] = {"january", "february", "march", "april", "may", "june",
                                     "july", "august", "september", "october", "november", "december"};
    const QString n = name.toLower();
    if (n.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (QLatin1String(id[i]).startsWith(n) || QLatin1String(en[i]).startsWith(n) || n == QLatin1String(id[i]) ||
            n == QLatin1String(en[i]))
            return i + 1;
    }
    if (n == u"agt" || n == u"ags" || n == u"okt" || n == u"des" || n == u"mei")
        return n == u"mei" ? 5 : n == u"okt" ? 10 : n == u"des" ? 12 : 8;
    return 0;
}

DateParse make(int y, int m, int d, QDate* out)
{
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200)
        return DateParse::NoSuchDate;
    const QDate date(y, m, d);
    if (!date.isValid())
        return DateParse::NoSuchDate;
    *out = date;
    return DateParse::Ok;
}
} // namespace

DateParse parseDate(const QString& raw, QDate* out, CellKind kind)
{
    const QString text = raw.trimmed();
    *out = QDate();
    if (text.isEmpty())
        return DateParse::Empty;
    // Fast paths for the common YYYY-MM-DD and DD-MM-YYYY (or '/'), without a regular expression.
    if (text.size() == 10) {
        auto digit = [&text](int i) { return text.at(i).unicode() >= u'0' && text.at(i).unicode() <= u'9'; };
        auto number = [&text](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i)
                v = v * 10 + (text.at(i).unicode() - u'0');
            return v;
        };
        const QChar s4 = text.at(4), s2 = text.at(2);
        if (s4 == u'-' && text.at(7) == u'-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5) && digit(6) &&
            digit(8) && digit(9))
            return make(number(0, 4), number(5, 2), number(8, 2), out);
        if ((s2 == u'-' || s2 == u'/') && text.at(5) == s2 && digit(0) && digit(1) && digit(3) && digit(4) && digit(6) &&
            digit(7) && digit(8) && digit(9))
            return make(number(6, 4), number(3, 2), number(0, 2), out);
    }
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$)"));
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: .*)?$)"));
    static const QRegularExpression named(QStringLiteral(R"(^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression serial(QStringLiteral(R"(^\d{1,7}(?:\.\d+)?$)"));
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), out);
    m = dmy.match(text);
    if (m.hasMatch())
        return make(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(), out);
    m = named.match(text);
    if (m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (!month)
            return DateParse::Malformed;
        return make(m.captured(3).toInt(), month, m.captured(1).toInt(), out);
    }
    m = compact.match(text);
    if (m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), out);
    if (serial.match(text).hasMatch()) {
        if (kind != CellKind::Number)
            return DateParse::NumberAsText;
        const QDate d = io::XlsxReader::serialToDate(text.toDouble());
        if (!d.isValid() || d.year() < 1900)
            return DateParse::Malformed;
        *out = d;
        return DateParse::Ok;
    }
    return DateParse::Malformed;
}

QString dateProblem(DateParse result, const QString& text)
{
    if (result == DateParse::NoSuchDate)
        return QCoreApplication::translate("Import", "The date '%1' does not exist").arg(text);
    if (result == DateParse::Empty)
        return QCoreApplication::translate("Import", "The date is empty");
    if (result == DateParse::NumberAsText)
        return QCoreApplication::translate("Import",
                                           "'%1' is not a date: a number is read as an Excel date only from a "
                                           "numeric date cell (use YYYY-MM-DD or DD-MM-YYYY)")
            .arg(text);
    return QCoreApplication::translate("Import", "'%1' is not a date (use YYYY-MM-DD or DD-MM-YYYY)").arg(text);
}

QString nameKey(const QString& name)
{
    return name.simplified().toLower();
}

} // namespace karsa::importvalues
