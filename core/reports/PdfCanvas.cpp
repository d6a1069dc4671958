#include "PdfCanvas.h"

#include "PdfLayout.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace karsa {

namespace {
const QColor kFooterColor(0x55, 0x5f, 0x6d);
const QColor kNoticeColor(0xb0, 0x1e, 0x1e);
}

PdfCanvas::PdfCanvas(QPagedPaintDevice* device, QPainter* painter, QString fontFamily, double baseFontPt)
    : m_device(device), m_painter(painter), m_fontFamily(std::move(fontFamily)), m_baseFontPt(baseFontPt),
      m_dpi(device->logicalDpiY()), m_width(device->width()), m_height(device->height())
{
    const double footerBand = lineHeight(font(m_baseFontPt - 1.5)) + mm(4);
    m_bottom = m_height - footerBand;
}

double PdfCanvas::mm(double millimetres) const
{
    return millimetres * m_dpi / 25.4;
}

double PdfCanvas::pt(double points) const
{
    return points * m_dpi / 72.0;
}

QFont PdfCanvas::font(double sizePt, bool bold, bool italic) const
{
    QFont f(m_fontFamily);
    f.setPointSizeF(sizePt);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    return f;
}

QFontMetricsF PdfCanvas::metrics(const QFont& font) const
{
    return QFontMetricsF(font, m_device);
}

double PdfCanvas::lineHeight(const QFont& font) const
{
    return metrics(font).lineSpacing();
}

void PdfCanvas::setFooter(QString leftText, int totalPages)
{
    m_footerLeft = std::move(leftText);
    m_totalPages = totalPages;
}

void PdfCanvas::newPage()
{
    drawFooter();
    if (!dry())
        m_device->newPage();
    ++m_page;
    m_y = 0.0;
}

bool PdfCanvas::ensure(double h)
{
    if (m_y + h <= m_bottom || atPageTop())
        return false;
    newPage();
    return true;
}

void PdfCanvas::finish()
{
    drawFooter();
}

bool PdfLayout::containsText(const QString& needle) const
{
    for (const Text& t : texts)
        if (t.text.contains(needle))
            return true;
    return false;
}

void PdfCanvas::drawFooter()
{
    if (dry()) {
        if (m_record && !m_notice.isEmpty())
            m_record->texts << PdfLayout::Text{m_page, m_notice};
        return;
    }
    const QFont f = font(m_baseFontPt - 1.5);
    const double lh = lineHeight(f);
    const double lineY = m_height - lh - mm(1.5);
    drawLine(QPointF(0, lineY), QPointF(m_width, lineY), 0.4, kFooterColor);
    const QRectF band(0, lineY + mm(1), m_width, lh);
    const QString pageText = QCoreApplication::translate("PdfRenderer", "Page %1 of %2")
                                 .arg(m_page)
                                 .arg(std::max(m_totalPages, m_page));
    const double pageWidth = metrics(f).horizontalAdvance(pageText);
    drawText(band, Qt::AlignRight | Qt::AlignVCenter, pageText, f, kFooterColor);
    double noticeWidth = 0.0;
    if (!m_notice.isEmpty()) {
        QFont bold = f;
        bold.setBold(true);
        const QString notice = m_notice + QStringLiteral("  \u00b7  ");
        noticeWidth = metrics(bold).horizontalAdvance(notice);
        drawText(band, Qt::AlignLeft | Qt::AlignVCenter, notice, bold, kNoticeColor);
        // A faint diagonal watermark across the page, over the content.
        m_painter->save();
        m_painter->translate(m_width / 2.0, m_height / 2.0);
        m_painter->rotate(-35.0);
        QFont big = font(54.0, true);
        m_painter->setFont(big);
        QColor faint = kNoticeColor;
        faint.setAlpha(38);
        m_painter->setPen(faint);
        m_painter->drawText(QRectF(-m_width, -m_height / 4.0, 2 * m_width, m_height / 2.0), Qt::AlignCenter,
                            m_notice.section(QStringLiteral(" \u2014 "), 0, 0));
        m_painter->restore();
    }
    const QString left = metrics(f).elidedText(m_footerLeft, Qt::ElideRight, m_width - pageWidth - noticeWidth - mm(6));
    drawText(band.adjusted(noticeWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, left, f, kFooterColor);
}

QStringList PdfCanvas::wrap(const QString& text, const QFont& font, double width, int maxLines) const
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    QStringList lines;
    const QFontMetricsF fm = metrics(font);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        const QStringList words = paragraph.split(spaces, Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            lines << QString();
            continue;
        }
        // Greedy: as many whole words on a line as fit; a word never moves apart.
        QString line;
        for (const QString& word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
            } else {
                lines << line;
                line = word;
            }
        }
        lines << line;
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        const QString elided = fm.elidedText(rest, Qt::ElideRight, width);
        lines << (elided == rest ? rest + QChar(0x2026) : elided); // always show that text was cut
    }
    for (QString& line : lines)
        if (fm.horizontalAdvance(line) > width)
            line = fm.elidedText(line, Qt::ElideRight, width);
    return lines;
}

void PdfCanvas::drawText(const QRectF& rect, int flags, const QString& text, const QFont& font, const QColor& color)
{
    if (m_record && !m_recordingTable && !text.isEmpty())
        m_record->texts << PdfLayout::Text{m_page, text};
    if (dry() || text.isEmpty())
        return;
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(rect, flags, text);
}

void PdfCanvas::drawLines(const QRectF& rect, int flags, const QStringList& lines, const QFont& font, const QColor& color)
{
    const double lh = lineHeight(font);
    const int horizontal = flags & Qt::AlignHorizontal_Mask;
    for (qsizetype i = 0; i < lines.size(); ++i)
        drawText(QRectF(rect.left(), rect.top() + i * lh, rect.width(), lh), horizontal | Qt::AlignVCenter, lines.at(i),
                 font, color);
}

void PdfCanvas::fillRect(const QRectF& rect, const QColor& color)
{
    if (!dry())
        m_painter->fillRect(rect, color);
}

void PdfCanvas::strokeRect(const QRectF& rect, double widthPt, const QColor& color)
{
    if (dry())
        return;
    m_painter->setPen(QPen(color, pt(widthPt)));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(rect);
}

void PdfCanvas::drawLine(const QPointF& a, const QPointF& b, double widthPt, const QColor& color)
{
    if (dry())
        return;
    m_painter->setPen(QPen(color, pt(widthPt), Qt::SolidLine, Qt::FlatCap));
    m_painter->drawLine(a, b);
}

void PdfCanvas::drawImage(const QRectF& target, const QImage& image)
{
    if (!dry() && !image.isNull())
        m_painter->drawImage(target, image);
}

} // namespace karsa
