#pragma once

#include <QString>
#include <QVariant>
#include <Qt>

namespace karsa {

// One column of a report table: a stable key (for CSV/JSON consumers), a user-visible title, and
// the type that decides how each renderer writes the cell.
struct ReportColumn
{
    enum class Type {
        Text,    // any QVariant, written as its string
        Integer, // qint64/int
        Decimal, // double, `decimals` places
        Percent, // double already in percent (83.5 means 83,5 %), `decimals` places
        Date,    // QDate
        Nip      // 18-digit NIP/NI PPPK as QString; spaced on paper, never a number in Excel
    };

    QString key;
    QString title;
    Type type = Type::Text;
    int decimals = 2;          // Decimal and Percent
    double widthHint = 12.0;   // in average characters; PDF widths are proportional to it
    Qt::Alignment alignment{}; // 0 = by type (numbers right, dates/NIP centred, text left)

    static ReportColumn text(QString key, QString title, double widthHint = 20.0);
    static ReportColumn integer(QString key, QString title, double widthHint = 8.0);
    static ReportColumn decimal(QString key, QString title, int decimals = 2, double widthHint = 10.0);
    static ReportColumn percent(QString key, QString title, int decimals = 2, double widthHint = 10.0);
    static ReportColumn date(QString key, QString title, double widthHint = 16.0);
    static ReportColumn nip(QString key, QString title, double widthHint = 21.0);

    bool isNumeric() const { return type == Type::Integer || type == Type::Decimal || type == Type::Percent; }
    Qt::Alignment effectiveAlignment() const;

    // Text for people (PDF, screen): Indonesian numbers/dates, spaced NIP. Null -> "".
    QString display(const QVariant& value) const;
    // Text for machines (CSV): '.' decimals, ISO dates, spaced NIP (Excel keeps it as text and
    // Nip::parse reads it back). Null -> "".
    QString plain(const QVariant& value) const;
};

} // namespace karsa
