#include "Nip.h"

#include <QCoreApplication>

namespace karsa {

namespace {

Error segmentError(const QString& segment, const QString& message)
{
    Error e;
    e.field = segment;
    e.message = message;
    return e;
}

int digitsToInt(QStringView s)
{
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

} // namespace

Result<Nip> Nip::parse(const QString& text)
{
    QString digits;
    digits.reserve(18);
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == u' ' || c == u'.' || c == u'-' || c == u'\t')
            continue;
        else
            return segmentError(QCoreApplication::translate("Nip", "NIP"), QCoreApplication::translate("Nip", "contains the character '%1'; a NIP has digits only").arg(c));
    }
    if (digits.isEmpty())
        return segmentError(QCoreApplication::translate("Nip", "NIP"), QCoreApplication::translate("Nip", "is empty"));
    if (digits.size() != 18)
        return segmentError(QCoreApplication::translate("Nip", "NIP"), QCoreApplication::translate("Nip", "has %1 digits; a NIP has 18").arg(digits.size()));

    Nip nip;
    nip.digits = digits;
    const QStringView d(nip.digits);

    const int by = digitsToInt(d.mid(0, 4)), bm = digitsToInt(d.mid(4, 2)), bd = digitsToInt(d.mid(6, 2));
    nip.birthDate = QDate(by, bm, bd);
    if (!nip.birthDate.isValid() || by < 1900)
        return segmentError(QCoreApplication::translate("Nip", "birth date"),
                            QCoreApplication::translate("Nip", "digits 1-8 (%1) are not a real date (YYYYMMDD)").arg(d.mid(0, 8).toString()));

    const int tmtYear = digitsToInt(d.mid(8, 4));
    const int m = digitsToInt(d.mid(12, 2));
    const int sexDigit = d[14].unicode() - u'0';
    if (d[12] == u'2' && m > 12) {
        // NI PPPK: digit 13 is the PPPK marker, digit 14 the appointment frequency.
        nip.kind = NipKind::Pppk;
        nip.tmtYear = tmtYear;
        nip.frequency = d[13].unicode() - u'0';
        if (nip.frequency < 1)
            return segmentError(QCoreApplication::translate("Nip", "PPPK frequency"), QCoreApplication::translate("Nip", "digit 14 must be 1-9"));
    } else {
        nip.kind = NipKind::Pns;
        nip.tmtYear = tmtYear;
        nip.tmtMonth = m;
        if (m < 1 || m > 12)
            return segmentError(QCoreApplication::translate("Nip", "TMT CPNS"),
                                QCoreApplication::translate("Nip", "digits 9-14 (%1) are not a year and month (YYYYMM)").arg(d.mid(8, 6).toString()));
    }
    if (tmtYear < by + 15 || tmtYear > 2100)
        return segmentError(nip.kind == NipKind::Pns ? QCoreApplication::translate("Nip", "TMT CPNS") : QCoreApplication::translate("Nip", "TMT PPPK"),
                            QCoreApplication::translate("Nip", "appointment year %1 is impossible for someone born in %2").arg(tmtYear).arg(by));
    if (sexDigit != 1 && sexDigit != 2)
        return segmentError(QCoreApplication::translate("Nip", "sex"), QCoreApplication::translate("Nip", "digit 15 is %1; it must be 1 (male) or 2 (female)").arg(sexDigit));
    nip.sex = sexDigit == 1 ? Sex::Male : Sex::Female;
    nip.sequence = digitsToInt(d.mid(15, 3));
    if (nip.sequence == 0)
        return segmentError(QCoreApplication::translate("Nip", "sequence number"), QCoreApplication::translate("Nip", "digits 16-18 must be 001-999"));
    return nip;
}

QString Nip::formatted() const
{
    return format(digits);
}

QString Nip::format(const QString& digits)
{
    if (digits.size() != 18)
        return digits;
    const QStringView d(digits);
    const bool pppk = d[12] == u'2' && digitsToInt(d.mid(12, 2)) > 12;
    if (pppk)
        return d.mid(0, 8) + u' ' + d.mid(8, 4) + u' ' + d.mid(12, 1) + u' ' + d.mid(13, 1) + u' ' + d.mid(14, 1) +
               u' ' + d.mid(15, 3);
    return d.mid(0, 8) + u' ' + d.mid(8, 6) + u' ' + d.mid(14, 1) + u' ' + d.mid(15, 3);
}

QString Nip::compose(const QDate& birth, int tmtYear, int tmtMonth, Sex sex, int sequence)
{
    return birth.toString(u"yyyyMMdd") + QStringLiteral("%1%2").arg(tmtYear, 4, 10, QChar(u'0')).arg(tmtMonth, 2, 10, QChar(u'0')) +
           QString::number(static_cast<int>(sex)) + QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
}

QString Nip::composePppk(const QDate& birth, int tmtYear, int frequency, Sex sex, int sequence)
{
    return birth.toString(u"yyyyMMdd") + QStringLiteral("%1").arg(tmtYear, 4, 10, QChar(u'0')) + u'2' +
           QString::number(frequency) + QString::number(static_cast<int>(sex)) +
           QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
}

} // namespace karsa
