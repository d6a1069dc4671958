#pragma once

#include <QList>
#include <QStringList>

namespace karsa {

class PdfCanvas;
struct ReportTable;

// Paints a ReportTable onto a PdfCanvas: header row (repeated after every page break), zebra
// rows with cell text wrapped to at most maxLinesPerCell lines (then elided), numbers right
// aligned in Indonesian format, group header rows kept with their first row, a bold totals row
// whose label spans the leading empty cells, and notes under the table. Numbers, dates and NIPs
// never wrap (their columns fit their widest cell); text columns share the rest by width hint.
class PdfTablePainter
{
public:
    PdfTablePainter(PdfCanvas& canvas, const ReportTable& table);

    int maxLinesPerCell = 3;
    void paint();

private:
    struct Row
    {
        QList<QStringList> cells; // wrapped lines per column
        double height = 0.0;
    };

    void computeWidths();
    Row layoutRow(const QStringList& texts, bool bold) const;
    void paintHeader();
    void paintRow(const Row& row, bool bold, bool zebra);
    void paintGroupRow(const QString& title, double height);
    void paintTotals();
    double groupRowHeight() const;

    PdfCanvas& m_canvas;
    const ReportTable& m_table;
    QList<double> m_x;      // left edge per column
    QList<double> m_widths; // width per column
    double m_padX;
    double m_padY;
    Row m_header;
};

} // namespace karsa
