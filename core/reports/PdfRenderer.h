#pragma once

#include "common/Result.h"

#include <QPageLayout>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace karsa {

struct PdfLayout;
struct ReportDocument;

struct PdfOptions
{
    // Unset: the document's own choice (ReportDocument::landscape: landscape for wide tables).
    std::optional<QPageLayout::Orientation> orientation;
    QString fontFamily = QStringLiteral("DejaVu Sans"); // on Debian: fonts-dejavu-core
    double baseFontPt = 8.5;                            // table and body text
    double marginMm = 15.0;
    int resolution = 300;
};

// Prints a ReportDocument as an A4 PDF (QPdfWriter): the letterhead (kop surat) on the first
// page — logo left, centred government/agency/address/contact lines, a double rule — then the
// title and subtitle, the sections in order (tables with repeated headers, headings, paragraphs,
// label/value lines, images, signature blocks kept on one page with the last rows before them),
// and on every page a footer "<title> · Printed <Indonesian date>" and "Page X of Y"; a demo
// database's printouts say "DATA DEMO — bukan data resmi" under the title, in every footer and as
// a faint watermark. Needs a QGuiApplication (fonts).
// The file is written atomically: on failure the previous file is left as it was.
class PdfRenderer
{
public:
    static Status render(const ReportDocument& document, const QString& path, const PdfOptions& options = {});
    // Paints the document on any paged device whose page layout is already set: a QPdfWriter, or
    // a QPrinter for printing and print preview from the GUI.
    static Status paint(const ReportDocument& document, QPagedPaintDevice* device, const PdfOptions& options = {});

    // The one orientation rule of every PDF and print: options.orientation if set, else the
    // document's (landscape when a table is wide). The CLI, the GUI export and the GUI printer
    // all take it from here.
    static QPageLayout::Orientation orientationFor(const ReportDocument& document, const PdfOptions& options = {});
    // A4 in that orientation with the renderer's margins (for QPdfWriter and QPrinter alike).
    static QPageLayout pageLayout(const ReportDocument& document, const PdfOptions& options = {});
    // The decisions of the counting pass (orientation, pages, sections, table widths and wrapped
    // cells) without writing a file: for tests.
    static PdfLayout layout(const ReportDocument& document, const PdfOptions& options = {});
};

} // namespace karsa
