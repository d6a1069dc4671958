#include "ReportDocument.h"

#include "IndonesianFormat.h"

#include <QCoreApplication>

namespace karsa {

SignatureSection SignatureSection::fromLetterhead(const Letterhead& letterhead, const QDate& date)
{
    SignatureSection s;
    s.place = letterhead.city;
    s.date = date;
    Signer signer;
    signer.title = letterhead.signerTitle;
    if (letterhead.signerActing && !signer.title.isEmpty() && !signer.title.startsWith(u"Plt."))
        signer.title = QStringLiteral("Plt. ") + signer.title;
    if (!letterhead.signerOnBehalf.isEmpty())
        signer.caption = letterhead.signerOnBehalf.startsWith(u"a.n.") ? letterhead.signerOnBehalf
                                                                         : QStringLiteral("a.n. ") + letterhead.signerOnBehalf;
    signer.name = letterhead.signerName;
    signer.rank = letterhead.signerRank;
    signer.nip = letterhead.signerNip;
    s.signers.append(signer);
    return s;
}

QList<const ReportTable*> ReportDocument::tables() const
{
    QList<const ReportTable*> result;
    for (const ReportSection& section : sections)
        if (const auto* t = std::get_if<TableSection>(&section))
            result.append(&t->table);
    return result;
}

bool ReportDocument::landscape() const
{
    if (orientation != PageOrientation::Automatic)
        return orientation == PageOrientation::Landscape;
    for (const ReportSection& section : sections)
        if (const auto* t = std::get_if<TableSection>(&section); t && t->table.isWide())
            return true;
    return false;
}

QString ReportDocument::asOfText(const QDate& date)
{
    return QCoreApplication::translate("ReportDocument", "As of %1").arg(IndonesianFormat::date(date));
}

QString ReportDocument::scopeLine(const QString& unit, const QStringList& filters, const QDate& asOf)
{
    QStringList parts;
    if (!unit.trimmed().isEmpty())
        parts << unit.trimmed();
    for (const QString& f : filters)
        if (!f.trimmed().isEmpty())
            parts << f.trimmed();
    if (asOf.isValid())
        parts << asOfText(asOf);
    return parts.join(QStringLiteral(" \u00b7 "));
}

ReportDocument ReportDocument::fromTable(ReportTable table, Letterhead letterhead)
{
    ReportDocument doc;
    doc.title = table.title;
    doc.subtitle = table.subtitle;
    doc.letterhead = std::move(letterhead);
    doc.printLetterhead = !doc.letterhead.isEmpty();
    doc.addTable(std::move(table));
    return doc;
}

} // namespace karsa
