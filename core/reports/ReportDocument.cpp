#include "ReportDocument.h"

namespace karsa {

SignatureSection SignatureSection::fromLetterhead(const Letterhead& letterhead, const QDate& date)
{
    SignatureSection s;
    s.place = letterhead.city;
    s.date = date;
    Signer signer;
    signer.title = letterhead.signerTitle;
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
