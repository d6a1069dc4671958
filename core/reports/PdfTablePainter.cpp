#include "PdfTablePainter.h"

#include "PdfCanvas.h"
#include "PdfLayout.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace karsa {

namespace {
const QColor kHeaderFill(0xD9, 0xE2, 0xF3);
const QColor kGroupFill(0xE9, 0xED, 0xF2);
const QColor kZebraFill(0xF6, 0xF7, 0xF9);
const QColor kTotalsFill(0xE2, 0xE8, 0xF0);
const QColor kGrid(0x8C, 0x96, 0xA3);
constexpr double kGridPt = 0.35;
constexpr double kFontStepPt = 0.5;
// A text column never needs more than this share of the page for its longest word; a longer
// "word" (a web address) is elided rather than allowed to squeeze every other column.
constexpr double kMaxWordShare = 0.45;

int horizontalFlags(Qt::Alignment a)
{
    if (a & Qt::AlignRight)
        return Qt::AlignRight;
    if (a & Qt::AlignHCenter)
        return Qt::AlignHCenter;
    return Qt::AlignLeft;
}

double longestWordWidth(const QFontMetricsF& fm, const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    double w = 0.0;
    for (const QString& word : text.split(spaces, Qt::SkipEmptyParts))
        w = std::max(w, fm.horizontalAdvance(word));
    return w;
}
} // namespace

PdfTablePainter::PdfTablePainter(PdfCanvas& canvas, const ReportTable& table)
    : m_canvas(canvas), m_table(table), m_fontPt(canvas.baseFontPt()), m_padX(canvas.mm(1.2)), m_padY(canvas.mm(0.8))
{
    measure();
    // The largest font at which every column gets its minimum width; below kMinFontPt the
    // columns are narrowed instead (and cells elided, never broken).
    while (!computeWidths(false) && m_fontPt - kFontStepPt >= kMinFontPt - 1e-9)
        m_fontPt -= kFontStepPt;
    computeWidths(true);
    double x = canvas.left();
    for (double w : m_widths) {
        m_x << x;
        x += w;
    }
    QStringList titles;
    for (const ReportColumn& c : table.columns)
        titles << c.title;
    // Headers may use a line more than data cells before they are cut.
    for (int i = 0; i < titles.size(); ++i)
        m_header.cells << m_canvas.wrap(titles.at(i), bodyFont(true), m_widths.at(i) - 2 * m_padX, maxLinesPerCell + 1);
    int lines = 1;
    for (const QStringList& cell : m_header.cells)
        lines = std::max(lines, int(cell.size()));
    m_header.height = lines * m_canvas.lineHeight(bodyFont(true)) + 2 * m_padY;
}

QFont PdfTablePainter::bodyFont(bool bold) const
{
    return m_canvas.font(m_fontPt, bold);
}

void PdfTablePainter::measure()
{
    // Measured once at the base font; a smaller font scales them (text widths are linear in the
    // font size, and a small safety margin absorbs hinting).
    const QFontMetricsF body = m_canvas.metrics(m_canvas.font(m_canvas.baseFontPt()));
    const QFontMetricsF bold = m_canvas.metrics(m_canvas.font(m_canvas.baseFontPt(), true));
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        const ReportColumn& c = m_table.columns.at(i);
        Measure m;
        m.titleWord = longestWordWidth(bold, c.title);
        if (c.type == ReportColumn::Type::Text) {
            for (const ReportGroup& g : m_table.groups)
                for (const ReportRow& r : g.rows)
                    m.content = std::max(m.content, longestWordWidth(body, c.display(r.value(int(i)))));
        } else {
            m.content = bold.horizontalAdvance(c.display(m_table.totals.value(int(i))));
            for (const ReportGroup& g : m_table.groups)
                for (const ReportRow& r : g.rows)
                    m.content = std::max(m.content, body.horizontalAdvance(c.display(r.value(int(i)))));
        }
        m_measures << m;
    }
}

// Numbers, dates and NIPs never wrap: their columns get the width of their widest cell (and of
// the longest header word). Text columns get at least their longest word (header or cell) and
// share what is left in proportion to their width hints. If the minimums do not fit, returns
// false — unless `force`, when every column is scaled down to the page width.
bool PdfTablePainter::computeWidths(bool force)
{
    const double scale = m_fontPt / m_canvas.baseFontPt() * 1.02;
    const qsizetype n = m_table.columns.size();
    const double width = m_canvas.width();
    QList<double> minimum(n, 0.0);
    QList<bool> fixed(n, false);
    double fixedSum = 0.0;
    double textHints = 0.0;
    double textMinimum = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const ReportColumn& c = m_table.columns.at(i);
        const Measure& m = m_measures.at(i);
        minimum[i] = m.titleWord * scale + 2 * m_padX + 1.0;
        fixed[i] = c.type != ReportColumn::Type::Text;
        if (!fixed[i]) {
            minimum[i] = std::max({minimum[i], std::min(m.content * scale + 2 * m_padX + 1.0, width * kMaxWordShare),
                                   m_canvas.mm(12)});
            textHints += std::max(1.0, c.widthHint);
            textMinimum += minimum[i];
            continue;
        }
        minimum[i] = std::max(minimum[i], m.content * scale + 2 * m_padX + 1.0);
        fixedSum += minimum[i];
    }
    m_widths = minimum;
    if (fixedSum + textMinimum > width + 0.5) {
        if (!force)
            return false;
        const double total = fixedSum + textMinimum;
        for (double& w : m_widths)
            w = total > 0 ? w * width / total : width / double(n);
        return true;
    }
    if (textHints == 0.0) {
        // No text column: stretch the others to the width.
        const double total = fixedSum;
        for (double& w : m_widths)
            w = total > 0 ? w * width / total : width / double(n);
        return true;
    }
    // Text columns: proportional to hints, raised to their minimum, the rest shared again.
    double left = width - fixedSum;
    double hints = textHints;
    QList<bool> settled = fixed;
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 0; i < n; ++i) {
            if (settled[i])
                continue;
            const double share = left * std::max(1.0, m_table.columns.at(i).widthHint) / hints;
            if (share < minimum[i]) {
                m_widths[i] = minimum[i];
                settled[i] = true;
                left -= minimum[i];
                hints -= std::max(1.0, m_table.columns.at(i).widthHint);
                changed = true;
            }
        }
    }
    for (qsizetype i = 0; i < n; ++i)
        if (!settled[i])
            m_widths[i] = left * std::max(1.0, m_table.columns.at(i).widthHint) / hints;
    return true;
}

PdfTablePainter::Row PdfTablePainter::layoutRow(const QStringList& texts, bool bold) const
{
    const QFont f = bodyFont(bold);
    Row row;
    int lines = 1;
    for (int i = 0; i < m_widths.size(); ++i) {
        const QString text = texts.value(i);
        const double inner = m_widths.at(i) - 2 * m_padX;
        const bool oneLine = i < m_table.columns.size() && m_table.columns.at(i).type != ReportColumn::Type::Text;
        QStringList cell = text.isEmpty() ? QStringList() : m_canvas.wrap(text, f, inner, oneLine ? 1 : maxLinesPerCell);
        lines = std::max(lines, int(cell.size()));
        row.cells << cell;
    }
    row.height = lines * m_canvas.lineHeight(f) + 2 * m_padY;
    return row;
}

QStringList PdfTablePainter::rowTexts(const ReportRow& r) const
{
    QStringList texts;
    for (int i = 0; i < m_table.columns.size(); ++i)
        texts << m_table.columns.at(i).display(r.value(i));
    return texts;
}

void PdfTablePainter::record(const Row& row, const QStringList& texts)
{
    PdfLayout* layout = m_canvas.layoutRecord();
    if (!layout || layout->tables.isEmpty())
        return;
    layout->tables.last().rows << row.cells;
    layout->tables.last().sourceTexts << texts;
    layout->tables.last().lastRowPage = m_canvas.page();
}

double PdfTablePainter::groupRowHeight() const
{
    return m_canvas.lineHeight(bodyFont(true)) + 2 * m_padY;
}

double PdfTablePainter::notesHeight() const
{
    if (m_table.notes.isEmpty())
        return 0.0;
    const QFont f = m_canvas.font(m_fontPt - 1.0, false, true);
    double lines = 0;
    for (const QString& note : m_table.notes)
        lines += m_canvas.wrap(note, f, m_canvas.width()).size();
    return m_canvas.mm(1.5) + lines * m_canvas.lineHeight(f);
}

void PdfTablePainter::paintHeader()
{
    const QFont f = bodyFont(true);
    const double y = m_canvas.y();
    const double lh = m_canvas.lineHeight(f);
    for (int i = 0; i < m_widths.size(); ++i) {
        const QRectF cell(m_x.at(i), y, m_widths.at(i), m_header.height);
        m_canvas.fillRect(cell, kHeaderFill);
        m_canvas.strokeRect(cell, kGridPt, kGrid);
        const QStringList& lines = m_header.cells.at(i);
        // Vertically centred, horizontally centred.
        const double textTop = y + (m_header.height - lines.size() * lh) / 2.0;
        m_canvas.drawLines(QRectF(cell.left() + m_padX, textTop, cell.width() - 2 * m_padX, lines.size() * lh),
                           Qt::AlignHCenter, lines, f);
    }
    m_canvas.advance(m_header.height);
}

void PdfTablePainter::paintRow(const Row& row, bool bold, bool zebra)
{
    const QFont f = bodyFont(bold);
    const double y = m_canvas.y();
    for (int i = 0; i < m_widths.size(); ++i) {
        const QRectF cell(m_x.at(i), y, m_widths.at(i), row.height);
        if (zebra)
            m_canvas.fillRect(cell, kZebraFill);
        m_canvas.strokeRect(cell, kGridPt, kGrid);
        const Qt::Alignment a = i < m_table.columns.size() ? m_table.columns.at(i).effectiveAlignment() : Qt::AlignLeft;
        m_canvas.drawLines(cell.adjusted(m_padX, m_padY, -m_padX, -m_padY), horizontalFlags(a), row.cells.at(i), f);
    }
    m_canvas.advance(row.height);
}

void PdfTablePainter::paintGroupRow(const QString& title, double height)
{
    const QFont f = bodyFont(true);
    const double totalWidth = m_x.isEmpty() ? m_canvas.width() : m_x.last() + m_widths.last() - m_x.first();
    const QRectF cell(m_canvas.left(), m_canvas.y(), totalWidth, height);
    m_canvas.fillRect(cell, kGroupFill);
    m_canvas.strokeRect(cell, kGridPt, kGrid);
    const QString text = m_canvas.metrics(f).elidedText(title, Qt::ElideRight, totalWidth - 2 * m_padX);
    m_canvas.drawText(cell.adjusted(m_padX, 0, -m_padX, 0), Qt::AlignLeft | Qt::AlignVCenter, text, f);
    m_canvas.advance(height);
}

void PdfTablePainter::paintTotals()
{
    QStringList texts;
    for (int i = 0; i < m_table.columns.size(); ++i)
        texts << m_table.columns.at(i).display(m_table.totals.value(i));
    // The label spans the leading empty cells (at least the first cell).
    int span = 0;
    while (span < texts.size() && texts.at(span).isEmpty())
        ++span;
    span = std::max(span, 1);
    const QFont f = bodyFont(true);
    Row row = layoutRow(texts, true);
    if (m_canvas.ensure(row.height + notesHeight() + keepWithEnd))
        paintHeader();
    const double y = m_canvas.y();
    const double spanWidth = m_x.value(span - 1) + m_widths.value(span - 1) - m_x.first();
    const QRectF labelCell(m_x.first(), y, spanWidth, row.height);
    m_canvas.fillRect(QRectF(m_x.first(), y, m_canvas.width(), row.height), kTotalsFill);
    m_canvas.strokeRect(labelCell, kGridPt, kGrid);
    const QString label = texts.value(0).isEmpty() ? m_table.totalsLabel : texts.value(0);
    m_canvas.drawText(labelCell.adjusted(m_padX, 0, -m_padX, 0), Qt::AlignHCenter | Qt::AlignVCenter,
                      m_canvas.metrics(f).elidedText(label, Qt::ElideRight, spanWidth - 2 * m_padX), f);
    for (int i = span; i < m_widths.size(); ++i) {
        const QRectF cell(m_x.at(i), y, m_widths.at(i), row.height);
        m_canvas.strokeRect(cell, kGridPt, kGrid);
        m_canvas.drawLines(cell.adjusted(m_padX, m_padY, -m_padX, -m_padY),
                           horizontalFlags(m_table.columns.at(i).effectiveAlignment()), row.cells.at(i), f);
    }
    m_canvas.drawLine(QPointF(m_x.first(), y), QPointF(m_x.first() + m_canvas.width(), y), 1.0, Qt::black);
    m_canvas.advance(row.height);
    record(row, texts);
}

void PdfTablePainter::paint()
{
    if (m_table.columns.isEmpty())
        return;
    m_canvas.setRecordingTable(true);
    paintTable();
    m_canvas.setRecordingTable(false);
}

void PdfTablePainter::paintTable()
{
    if (PdfLayout* layout = m_canvas.layoutRecord()) {
        PdfLayout::Table t;
        t.fontPt = m_fontPt;
        t.widths = m_widths;
        for (const ReportColumn& c : m_table.columns)
            t.titles << c.title;
        t.rows << m_header.cells;
        t.sourceTexts << t.titles;
        layout->tables << t;
    }
    const bool named = m_table.hasNamedGroups();
    const qsizetype rowCount = m_table.rowCount();
    // What follows the last data row on its page: the totals row, the notes and keepWithEnd.
    const double totalsHeight = m_table.totals.isEmpty() ? 0.0 : layoutRow(rowTexts(m_table.totals), true).height;
    const double tail = totalsHeight + notesHeight() + keepWithEnd;
    // Never a header alone at the bottom of a page: it must fit with the first row.
    double firstRowHeight = groupRowHeight();
    for (const ReportGroup& g : m_table.groups)
        if (!g.rows.isEmpty()) {
            firstRowHeight = layoutRow(rowTexts(g.rows.first()), false).height + (named ? groupRowHeight() : 0.0);
            break;
        }
    m_canvas.ensure(m_header.height + firstRowHeight + (rowCount <= 1 ? tail : 0.0));
    paintHeader();

    qsizetype painted = 0;
    for (const ReportGroup& group : m_table.groups) {
        int index = 0;
        bool groupPending = named && !group.title.isEmpty();
        if (groupPending && group.rows.isEmpty()) {
            if (m_canvas.ensure(groupRowHeight()))
                paintHeader();
            paintGroupRow(group.title, groupRowHeight());
        }
        for (const ReportRow& r : group.rows) {
            const QStringList texts = rowTexts(r);
            const Row row = layoutRow(texts, false);
            const bool last = ++painted == rowCount;
            const double needed = row.height + (groupPending ? groupRowHeight() : 0.0) + (last ? tail : 0.0);
            if (m_canvas.ensure(needed)) {
                paintHeader();
                if (named && !group.title.isEmpty() && !groupPending)
                    paintGroupRow(QCoreApplication::translate("PdfRenderer", "%1 (continued)").arg(group.title),
                                  groupRowHeight());
            }
            if (groupPending) {
                paintGroupRow(group.title, groupRowHeight());
                groupPending = false;
            }
            paintRow(row, false, index % 2 == 1);
            record(row, texts);
            ++index;
        }
    }
    if (!m_table.totals.isEmpty())
        paintTotals();

    if (!m_table.notes.isEmpty()) {
        const QFont f = m_canvas.font(m_fontPt - 1.0, false, true);
        const double lh = m_canvas.lineHeight(f);
        m_canvas.advance(m_canvas.mm(1.5));
        for (const QString& note : m_table.notes) {
            for (const QString& line : m_canvas.wrap(note, f, m_canvas.width())) {
                m_canvas.ensure(lh);
                m_canvas.drawText(QRectF(0, m_canvas.y(), m_canvas.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                                  line, f);
                m_canvas.advance(lh);
            }
        }
    }
}

} // namespace karsa
