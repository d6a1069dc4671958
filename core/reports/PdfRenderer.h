#pragma once

#include "common/Result.h"

#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace karsa {

struct ReportDocument;

struct PdfOptions
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QString fontFamily = QStringLiteral("DejaVu Sans"); // on Debian: fonts-dejavu-core
    double baseFontPt = 8.5;                            // table and body text
    double marginMm = 15.0;
    int resolution = 300;
};

// Prints a ReportDocument as an A4 PDF (QPdfWriter): the letterhead (kop surat) on the first
// page — logo left, centred government/agency/address/contact lines, a double rule — then the
// title and subtitle, the sections in order (tables with repeated headers, headings, paragraphs,
// label/value lines, images, signature blocks kept on one page), and on every page a footer
// "<title> · Printed <Indonesian date>" and "Page X of Y". Needs a QGuiApplication (fonts).
// The file is written atomically: on failure the previous file is left as it was.
class PdfRenderer
{
public:
    static Status render(const ReportDocument& document, const QString& path, const PdfOptions& options = {});
    // Paints the document on any paged device whose page layout is already set: a QPdfWriter, or
    // a QPrinter for printing and print preview from the GUI.
    static Status paint(const ReportDocument& document, QPagedPaintDevice* device, const PdfOptions& options = {});
};

} // namespace karsa
