#pragma once

#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

namespace karsa {

// What the PDF renderer decided, measured in its counting pass (PdfRenderer::layout): the page
// orientation and count, per section the pages it starts and ends on, and per table the font
// size, column widths and every wrapped cell. Tests read it; nothing is painted.
struct PdfLayout
{
    struct Table
    {
        double fontPt = 0.0;
        QList<double> widths;               // device pixels per column
        QStringList titles;                 // header texts, one per column
        QList<QList<QStringList>> rows;     // header row first, then every data row: lines per cell
        QList<QStringList> sourceTexts;     // the unwrapped text of each row's cells, same order
        int lastRowPage = 0;                // page of the last data (or totals) row
    };
    struct Section
    {
        int firstPage = 0;
        int lastPage = 0;
    };

    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double pageWidth = 0.0; // printable width in device pixels
    int pages = 0;
    QList<Section> sections; // one per document section, in order
    QList<Table> tables;     // one per table section, in order
    struct Text
    {
        int page = 0;
        QString text;
    };
    QList<Text> texts; // every line of text outside tables (title, letterhead, signature, notices)
    bool containsText(const QString& needle) const;
};

} // namespace karsa
