#pragma once

#include "ReportTable.h"

#include <QFont>
#include <QList>
#include <QStringList>

namespace karsa {

class PdfCanvas;

// Paints a ReportTable onto a PdfCanvas: header row (repeated after every page break), zebra
// rows with cell text wrapped at spaces to at most maxLinesPerCell lines (then elided), numbers
// right aligned in Indonesian format, group header rows kept with their first row, a bold totals
// row whose label spans the leading empty cells, and notes under the table. Numbers, dates and
// NIPs never wrap (their columns fit their widest cell); every text column is at least as wide as
// its longest word, so no word is broken; text columns share the rest by width hint. When even
// that does not fit the page, the table's font is made smaller (down to kMinFontPt) before any
// column is narrowed. keepWithEnd is the height of what must follow the last row on its page
// (a signature block): the last rows move to the next page with it rather than leave it alone.
class PdfTablePainter
{
public:
    PdfTablePainter(PdfCanvas& canvas, const ReportTable& table);

    int maxLinesPerCell = 3;
    double keepWithEnd = 0.0;
    static constexpr double kMinFontPt = 6.0;
    void paint();
    double fontPt() const { return m_fontPt; }

private:
    struct Row
    {
        QList<QStringList> cells; // wrapped lines per column
        double height = 0.0;
    };

    struct Measure
    {
        double titleWord = 0.0; // longest header word, bold, at the base font
        double content = 0.0;   // text: longest word of any cell; others: widest cell (base font)
    };
    void measure();
    void paintTable();
    bool computeWidths(bool force); // false when the minimum widths do not fit at m_fontPt
    QFont bodyFont(bool bold = false) const;
    double notesHeight() const;
    QStringList rowTexts(const ReportRow& row) const;
    void record(const Row& row, const QStringList& texts);
    Row layoutRow(const QStringList& texts, bool bold) const;
    void paintHeader();
    void paintRow(const Row& row, bool bold, bool zebra);
    void paintGroupRow(const QString& title, double height);
    void paintTotals();
    double groupRowHeight() const;

    PdfCanvas& m_canvas;
    const ReportTable& m_table;
    QList<Measure> m_measures;
    QList<double> m_x;      // left edge per column
    QList<double> m_widths; // width per column
    double m_fontPt;
    double m_padX;
    double m_padY;
    Row m_header;
};

} // namespace karsa
