#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace karsa {

struct PdfLayout;

// The page cursor shared by the PDF section painters. Coordinates are device pixels inside the
// page's margins; the footer band at the bottom is reserved. Layout runs twice with identical
// measurements: a dry pass (no painter) that counts pages, then the painting pass, so the footer
// can say "Page X of Y".
class PdfCanvas
{
public:
    PdfCanvas(QPagedPaintDevice* device, QPainter* painter, QString fontFamily, double baseFontPt);

    bool dry() const { return m_painter == nullptr; }
    double mm(double millimetres) const;
    double pt(double points) const; // typographic points to device pixels
    QFont font(double sizePt, bool bold = false, bool italic = false) const;
    double baseFontPt() const { return m_baseFontPt; }

    double left() const { return 0.0; }
    double width() const { return m_width; }
    double top() const { return 0.0; }
    double bottom() const { return m_bottom; } // lowest y for content (above the footer band)
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_bottom - m_y; }
    bool atPageTop() const { return m_y <= 0.5; }

    int page() const { return m_page; }
    void setFooter(QString leftText, int totalPages);
    // A notice printed in red in every footer and as a faint diagonal watermark on every page
    // ("DATA DEMO — bukan data resmi"); empty = none.
    void setNotice(QString notice) { m_notice = std::move(notice); }
    // Where the counting pass writes what it decided (PdfRenderer::layout); null = nowhere.
    void setLayoutRecord(PdfLayout* record) { m_record = record; }
    PdfLayout* layoutRecord() const { return m_record; }
    // Table cells are recorded per table (PdfLayout::Table), not as loose texts.
    void setRecordingTable(bool on) { m_recordingTable = on; }
    void newPage();          // footer on the current page, then a fresh page
    bool ensure(double h);   // new page if h does not fit (and we are not already at the top)
    void finish();           // footer on the last page

    // Text wrapped to `width` at spaces only (never inside a word): at most maxLines lines
    // (0 = unlimited), the last one elided; a single word wider than `width` is elided, not cut.
    QStringList wrap(const QString& text, const QFont& font, double width, int maxLines = 0) const;
    double lineHeight(const QFont& font) const;
    QFontMetricsF metrics(const QFont& font) const;

    void drawText(const QRectF& rect, int flags, const QString& text, const QFont& font,
                  const QColor& color = Qt::black);
    // Lines from wrap(), one under the other, horizontally aligned by `flags`.
    void drawLines(const QRectF& rect, int flags, const QStringList& lines, const QFont& font,
                   const QColor& color = Qt::black);
    void fillRect(const QRectF& rect, const QColor& color);
    void strokeRect(const QRectF& rect, double widthPt, const QColor& color);
    void drawLine(const QPointF& a, const QPointF& b, double widthPt, const QColor& color = Qt::black);
    void drawImage(const QRectF& target, const QImage& image);

private:
    void drawFooter();

    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    QString m_fontFamily;
    double m_baseFontPt;
    double m_dpi;
    double m_width;
    double m_height;
    double m_bottom;
    double m_y = 0.0;
    int m_page = 1;
    int m_totalPages = 0;
    QString m_footerLeft;
    QString m_notice;
    PdfLayout* m_record = nullptr;
    bool m_recordingTable = false;
};

} // namespace karsa
