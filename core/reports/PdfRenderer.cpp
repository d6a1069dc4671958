#include "PdfRenderer.h"

#include "IndonesianFormat.h"
#include "PdfCanvas.h"
#include "PdfLayout.h"
#include "PdfTablePainter.h"
#include "ReportDocument.h"
#include "domain/Nip.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace karsa {

namespace {

QString demoNotice();

// Paints the document's letterhead, title and sections onto a canvas; used for both passes.
class DocumentPainter
{
public:
    DocumentPainter(PdfCanvas& canvas, const ReportDocument& document) : c(canvas), doc(document) {}

    void paint()
    {
        if (doc.printLetterhead && !doc.letterhead.isEmpty())
            paintLetterhead();
        paintTitle();
        for (qsizetype i = 0; i < doc.sections.size(); ++i) {
            m_next = i + 1 < doc.sections.size() ? &doc.sections.at(i + 1) : nullptr;
            // What precedes a signature keeps its last part on the signature's page.
            const auto* signature = m_next ? std::get_if<SignatureSection>(m_next) : nullptr;
            m_keepWithEnd = signature ? signatureHeight(*signature) + c.mm(10) : 0.0;
            m_firstPage = -1;
            std::visit([this](const auto& s) { paintSection(s); }, doc.sections.at(i));
            if (PdfLayout* layout = c.layoutRecord())
                layout->sections << PdfLayout::Section{m_firstPage < 0 ? c.page() : m_firstPage, c.page()};
        }
    }

    // Notes the page a section really starts on (after its own page break, if any).
    void started()
    {
        if (m_firstPage < 0)
            m_firstPage = c.page();
    }

private:
    double base() const { return c.baseFontPt(); }

    // Centred wrapped lines across [x, x + w); returns the height used.
    double centred(const QString& text, const QFont& f, double x, double w, double y, bool draw = true)
    {
        if (text.isEmpty())
            return 0.0;
        const QStringList lines = c.wrap(text, f, w);
        const double h = lines.size() * c.lineHeight(f);
        if (draw)
            c.drawLines(QRectF(x, y, w, h), Qt::AlignHCenter, lines, f);
        return h;
    }

    void paintLetterhead()
    {
        const Letterhead& l = doc.letterhead;
        QImage logo;
        if (!l.logoPath.isEmpty())
            logo.load(l.logoPath);
        double logoW = 0.0;
        double logoH = 0.0;
        if (!logo.isNull()) {
            logoH = c.mm(24);
            logoW = std::min(c.mm(30), logoH * logo.width() / std::max(1, logo.height()));
            logoH = logoW * logo.height() / std::max(1, logo.width());
        }
        // Text centred on the page, clear of the logo on both sides.
        const double side = logo.isNull() ? 0.0 : logoW + c.mm(3);
        const double x = side;
        const double w = c.width() - 2 * side;
        const QFont government = c.font(base() + 4.5, true);
        const QFont agency = c.font(base() + 5.0, true);
        const QFont small = c.font(base() + 0.5);
        const double y0 = c.y();
        double h = 0.0;
        h += centred(l.government, government, x, w, y0 + h, false);
        h += centred(l.agency, agency, x, w, y0 + h, false);
        h += centred(l.address, small, x, w, y0 + h, false);
        h += centred(l.contact, small, x, w, y0 + h, false);
        const double block = std::max(h, logoH);
        double y = y0 + (block - h) / 2.0;
        y += centred(l.government, government, x, w, y);
        y += centred(l.agency, agency, x, w, y);
        y += centred(l.address, small, x, w, y);
        centred(l.contact, small, x, w, y);
        if (!logo.isNull())
            c.drawImage(QRectF(0, y0 + (block - logoH) / 2.0, logoW, logoH), logo);
        // The double rule of an Indonesian kop surat: thick over thin.
        double ruleY = y0 + block + c.mm(2);
        c.drawLine(QPointF(0, ruleY), QPointF(c.width(), ruleY), 2.2);
        ruleY += c.mm(1.1);
        c.drawLine(QPointF(0, ruleY), QPointF(c.width(), ruleY), 0.7);
        c.setY(ruleY + c.mm(6));
    }

    void paintTitle()
    {
        const QFont title = c.font(base() + 3.5, true);
        const QFont subtitle = c.font(base() + 1.5);
        c.advance(centred(doc.title, title, 0, c.width(), c.y()));
        if (!doc.subtitle.isEmpty()) {
            c.advance(c.mm(0.8));
            c.advance(centred(doc.subtitle, subtitle, 0, c.width(), c.y()));
        }
        if (doc.letterhead.demo) {
            c.advance(c.mm(1.2));
            const QFont notice = c.font(base() + 1.5, true);
            const QStringList lines = c.wrap(demoNotice(), notice, c.width());
            const double h = lines.size() * c.lineHeight(notice);
            c.drawLines(QRectF(0, c.y(), c.width(), h), Qt::AlignHCenter, lines, notice, QColor(0xb0, 0x1e, 0x1e));
            c.advance(h);
        }
        if (!doc.title.isEmpty() || !doc.subtitle.isEmpty())
            c.advance(c.mm(5));
    }

    void paintHeadingText(const QString& text, double keepWithNext)
    {
        const QFont f = c.font(base() + 1.5, true);
        const QStringList lines = c.wrap(text, f, c.width());
        const double h = lines.size() * c.lineHeight(f);
        c.ensure(h + keepWithNext);
        started();
        c.drawLines(QRectF(0, c.y(), c.width(), h), Qt::AlignLeft, lines, f);
        c.advance(h + c.mm(1.5));
    }

    void paintSection(const TableSection& s)
    {
        const ReportTable& t = s.table;
        if (!t.title.isEmpty() && t.title != doc.title)
            paintHeadingText(t.title, c.mm(20));
        if (!t.subtitle.isEmpty() && t.subtitle != doc.subtitle) {
            const QFont f = c.font(base(), false, true);
            const QStringList lines = c.wrap(t.subtitle, f, c.width());
            const double h = lines.size() * c.lineHeight(f);
            c.ensure(h + c.mm(15));
            c.drawLines(QRectF(0, c.y(), c.width(), h), Qt::AlignLeft, lines, f);
            c.advance(h + c.mm(1.5));
        }
        PdfTablePainter painter(c, t);
        painter.keepWithEnd = m_keepWithEnd;
        started();
        painter.paint();
        c.advance(c.mm(6));
    }

    // A heading stays on the page of what follows it: an image entirely, otherwise a few lines.
    void paintSection(const HeadingSection& s)
    {
        double keep = c.mm(15);
        if (const auto* image = m_next ? std::get_if<ImageSection>(m_next) : nullptr)
            keep = imageSize(*image).height() + c.mm(1);
        else if (const auto* chart = m_next ? std::get_if<ChartSection>(m_next) : nullptr)
            keep = imageSize(*chart).height() + c.mm(1);
        else if (m_next && std::holds_alternative<SignatureSection>(*m_next))
            keep = c.mm(45);
        paintHeadingText(s.text, keep);
    }

    QSizeF imageSize(const ImageSection& s) const
    {
        double w = c.width() * std::clamp(s.widthFraction, 0.05, 1.0);
        double h = w * s.image.height() / std::max(1, s.image.width());
        const double maxH = c.bottom() * 0.85 - captionHeight(s);
        if (h > maxH) {
            w *= maxH / h;
            h = maxH;
        }
        return {w, h};
    }

    double captionHeight(const ImageSection& s) const
    {
        return s.caption.isEmpty() ? 0.0 : c.lineHeight(c.font(base(), false, true)) * 2;
    }

    void paintSection(const ParagraphSection& s)
    {
        const QFont f = c.font(base() + 1.0, s.bold);
        const double lh = c.lineHeight(f);
        const QStringList lines = c.wrap(s.text, f, c.width());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            c.ensure(lh + (i == lines.size() - 1 ? m_keepWithEnd : 0.0));
            started();
            c.drawText(QRectF(0, c.y(), c.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, line, f);
            c.advance(lh);
        }
        c.advance(c.mm(3));
    }

    void paintSection(const KeyValueSection& s)
    {
        if (!s.heading.isEmpty())
            paintHeadingText(s.heading, c.mm(10));
        const QFont f = c.font(base() + 1.0);
        const double lh = c.lineHeight(f);
        double labelW = 0.0;
        for (const auto& item : s.items)
            labelW = std::max(labelW, c.metrics(f).horizontalAdvance(item.first));
        labelW = std::min(labelW + c.mm(2), c.width() * 0.4);
        const double colonW = c.metrics(f).horizontalAdvance(QStringLiteral(": "));
        const double valueX = labelW + colonW;
        for (qsizetype i = 0; i < s.items.size(); ++i) {
            const auto& [label, value] = s.items.at(i);
            const QStringList labelLines = c.wrap(label, f, labelW - c.mm(2));
            const QStringList valueLines = c.wrap(value, f, c.width() - valueX);
            const double h = std::max(labelLines.size(), valueLines.size()) * lh;
            c.ensure(h + (i == s.items.size() - 1 ? m_keepWithEnd : 0.0));
            started();
            c.drawLines(QRectF(0, c.y(), labelW, h), Qt::AlignLeft, labelLines, f);
            c.drawText(QRectF(labelW, c.y(), colonW, lh), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral(":"), f);
            c.drawLines(QRectF(valueX, c.y(), c.width() - valueX, h), Qt::AlignLeft, valueLines, f);
            c.advance(h + c.mm(0.5));
        }
        c.advance(c.mm(3));
    }

    void paintSection(const PageBreakSection&)
    {
        if (!c.atPageTop())
            c.newPage();
    }

    void paintSection(const ImageSection& s)
    {
        if (s.image.isNull())
            return;
        const QFont captionFont = c.font(base(), false, true);
        const QSizeF size = imageSize(s);
        const double w = size.width();
        const double h = size.height();
        c.ensure(h + captionHeight(s) + m_keepWithEnd);
        started();
        c.drawImage(QRectF((c.width() - w) / 2.0, c.y(), w, h), s.image);
        c.advance(h + c.mm(1));
        if (!s.caption.isEmpty())
            c.advance(centred(s.caption, captionFont, 0, c.width(), c.y()));
        c.advance(c.mm(4));
    }

    void paintSection(const ChartSection& s)
    {
        paintSection(ImageSection{s.image, s.caption, s.widthFraction});
    }

    QSizeF imageSize(const ChartSection& s) const { return imageSize(ImageSection{s.image, s.caption, s.widthFraction}); }

    // The height of a signature block (as paintSection(SignatureSection) lays it out).
    double signatureHeight(const SignatureSection& s) const
    {
        if (s.signers.isEmpty())
            return 0.0;
        const qsizetype n = std::min<qsizetype>(s.signers.size(), 3);
        const QFont f = c.font(base() + 1.0);
        const double lh = c.lineHeight(f);
        const double colW = c.width() / double(std::max<qsizetype>(n, 2));
        const double inner = colW - c.mm(4);
        bool anyCaption = false;
        qsizetype titleLines = 1;
        for (qsizetype i = 0; i < n; ++i) {
            anyCaption = anyCaption || !s.signers.at(i).caption.isEmpty();
            titleLines = std::max(titleLines, c.wrap(s.signers.at(i).title, f, inner).size());
        }
        const bool dated = !IndonesianFormat::placeAndDate(s.place, s.date).isEmpty();
        return (dated ? lh : 0.0) + (anyCaption ? lh : 0.0) + titleLines * lh + c.mm(22) + 3 * lh;
    }

    void paintSection(const SignatureSection& s)
    {
        if (s.signers.isEmpty())
            return;
        const qsizetype n = std::min<qsizetype>(s.signers.size(), 3);
        const QFont f = c.font(base() + 1.0);
        QFont nameFont = c.font(base() + 1.0, true);
        nameFont.setUnderline(true);
        const double lh = c.lineHeight(f);
        // One signer sits in the right half; 2-3 share the width.
        const double colW = c.width() / double(std::max<qsizetype>(n, 2));
        const double firstX = n == 1 ? c.width() / 2.0 : 0.0;
        const double inner = colW - c.mm(4);
        const double signSpace = c.mm(22);
        bool anyCaption = false;
        qsizetype titleLines = 1;
        for (qsizetype i = 0; i < n; ++i) {
            anyCaption = anyCaption || !s.signers.at(i).caption.isEmpty();
            titleLines = std::max(titleLines, c.wrap(s.signers.at(i).title, f, inner).size());
        }
        const QString dateLine = IndonesianFormat::placeAndDate(s.place, s.date);
        const double titleTop = (dateLine.isEmpty() ? 0.0 : lh) + (anyCaption ? lh : 0.0);
        const double nameTop = titleTop + titleLines * lh + signSpace;
        const double height = nameTop + 3 * lh;
        c.advance(c.mm(4));
        c.ensure(height);
        started();
        const double y = c.y();
        for (qsizetype i = 0; i < n; ++i) {
            const Signer& signer = s.signers.at(i);
            const double x = firstX + i * colW + c.mm(2);
            if (i == n - 1 && !dateLine.isEmpty())
                c.drawText(QRectF(x, y, inner, lh), Qt::AlignHCenter | Qt::AlignVCenter, dateLine, f);
            if (!signer.caption.isEmpty())
                c.drawText(QRectF(x, y + titleTop - lh, inner, lh), Qt::AlignHCenter | Qt::AlignVCenter, signer.caption,
                           f);
            const QStringList title = c.wrap(signer.title, f, inner);
            c.drawLines(QRectF(x, y + titleTop, inner, title.size() * lh), Qt::AlignHCenter, title, f);
            double lineY = y + nameTop;
            const QString name = signer.name.isEmpty() ? QStringLiteral("(....................................)")
                                                       : signer.name;
            c.drawText(QRectF(x, lineY, inner, lh), Qt::AlignHCenter | Qt::AlignVCenter,
                       c.metrics(nameFont).elidedText(name, Qt::ElideRight, inner), signer.name.isEmpty() ? f : nameFont);
            lineY += lh;
            if (!signer.rank.isEmpty()) {
                c.drawText(QRectF(x, lineY, inner, lh), Qt::AlignHCenter | Qt::AlignVCenter, signer.rank, f);
                lineY += lh;
            }
            if (!signer.nip.isEmpty()) {
                QString digits = signer.nip;
                digits.remove(QLatin1Char(' '));
                c.drawText(QRectF(x, lineY, inner, lh), Qt::AlignHCenter | Qt::AlignVCenter,
                           QStringLiteral("NIP. ") + Nip::format(digits), f);
            }
        }
        c.setY(y + height + c.mm(4));
    }

    PdfCanvas& c;
    const ReportDocument& doc;
    const ReportSection* m_next = nullptr; // the section after the one being painted
    double m_keepWithEnd = 0.0;            // height that must follow this section on its last page
    int m_firstPage = -1;
};

QString demoNotice()
{
    return Letterhead::demoNotice();
}

Error pdfError(const QString& path, const QString& why)
{
    Error e = makeError(QCoreApplication::translate("PdfRenderer", "Cannot write the PDF file: %1").arg(why));
    e.file = QDir::toNativeSeparators(path);
    return e;
}

} // namespace

QPageLayout::Orientation PdfRenderer::orientationFor(const ReportDocument& document, const PdfOptions& options)
{
    if (options.orientation)
        return *options.orientation;
    return document.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QPageLayout PdfRenderer::pageLayout(const ReportDocument& document, const PdfOptions& options)
{
    const QMarginsF margins(options.marginMm, options.marginMm * 0.8, options.marginMm, options.marginMm * 0.8);
    return QPageLayout(QPageSize(QPageSize::A4), orientationFor(document, options), margins, QPageLayout::Millimeter);
}

Status PdfRenderer::render(const ReportDocument& document, const QString& path, const PdfOptions& options)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return pdfError(path, QCoreApplication::translate("PdfRenderer", "printing needs a graphical application "
                                                                         "object (QGuiApplication)"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return pdfError(path, file.errorString());

    QPdfWriter writer(&file);
    writer.setResolution(options.resolution);
    writer.setPageLayout(pageLayout(document, options));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Karsa"));
    if (Status s = paint(document, &writer, options); !s)
        return pdfError(path, s.error().message);
    if (!file.commit())
        return pdfError(path, file.errorString());
    return {};
}

PdfLayout PdfRenderer::layout(const ReportDocument& document, const PdfOptions& options)
{
    PdfLayout result;
    result.orientation = orientationFor(document, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(options.resolution);
    writer.setPageLayout(pageLayout(document, options));
    PdfCanvas dry(&writer, nullptr, options.fontFamily, options.baseFontPt);
    dry.setLayoutRecord(&result);
    if (document.letterhead.demo)
        dry.setNotice(demoNotice());
    DocumentPainter(dry, document).paint();
    dry.finish();
    result.pages = dry.page();
    result.pageWidth = dry.width();
    return result;
}

Status PdfRenderer::paint(const ReportDocument& document, QPagedPaintDevice* device, const PdfOptions& options)
{
    const QDateTime generated = document.generated.isValid() ? document.generated : QDateTime::currentDateTime();
    QString footer = QCoreApplication::translate("PdfRenderer", "Printed %1").arg(IndonesianFormat::dateTime(generated));
    if (!document.title.isEmpty())
        footer = document.title + QStringLiteral("  \u00b7  ") + footer;

    // Pass 1 counts pages, pass 2 paints with "Page X of Y".
    int pages = 1;
    {
        PdfCanvas dry(device, nullptr, options.fontFamily, options.baseFontPt);
        DocumentPainter(dry, document).paint();
        pages = dry.page();
    }
    QPainter painter;
    if (!painter.begin(device))
        return makeError(QCoreApplication::translate("PdfRenderer", "the page device could not start"));
    painter.setRenderHint(QPainter::Antialiasing);
    PdfCanvas canvas(device, &painter, options.fontFamily, options.baseFontPt);
    canvas.setFooter(footer, pages);
    if (document.letterhead.demo)
        canvas.setNotice(demoNotice());
    DocumentPainter(canvas, document).paint();
    canvas.finish();
    painter.end();
    return {};
}

} // namespace karsa
