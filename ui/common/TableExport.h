#pragma once

#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QPrinter;
class QTableView;
class QWidget;

namespace karsa::ui {

class Workspace;

// Roles a table model may answer so that exports keep types: headerData(section, Horizontal,
// kColumnTypeRole) returns an int ReportColumn::Type; data(index, kExportValueRole) returns the
// raw value (number, QDate, 18-digit NIP). Without them a column exports its display text.
constexpr int kColumnTypeRole = Qt::UserRole + 100;
constexpr int kExportValueRole = Qt::UserRole + 101;
// A column may bring a companion column into exports, right after it: headerData(section,
// Horizontal, kExportCompanionTitleRole) is its title, data(index, kExportCompanionRole) its text
// (e.g. JPM as a number and "Lengkap"/"Belum lengkap" beside it, so formulas count every row).
constexpr int kExportCompanionTitleRole = Qt::UserRole + 102;
constexpr int kExportCompanionRole = Qt::UserRole + 103;

enum class ExportFormat { Xlsx, Csv, Pdf };

// The rows and columns a view shows (its current filter and sort; hidden columns left out, in
// visual order) as report data.
ReportTable reportTableFromView(const QTableView* view, const QString& title, const QString& subtitle = {});

// The letterhead and signature from the workspace's settings around one table, with a "No."
// column and "Keadaan per <today>" after the table's subtitle (its unit and filters).
ReportDocument documentForTable(Workspace* workspace, ReportTable table);

// "Pegawai-DINKES-2026-12-04": the subject with spaces and characters no file system takes
// turned into '-', then the date.
QString exportFileName(const QString& subject, const QDate& date);
// Where the save dialog starts: the folder of the last export if it still exists, else Documents.
QString exportFolder();

// Asks for a file name (Excel, CSV or PDF by its extension; `format` is proposed) starting at
// exportFolder() with exportFileName(subject, today), writes the document in a worker thread with
// a progress dialog, then says where the file is with "Open file" / "Open folder"
// (ExportNotice); reports failures in a message box. Returns true when written.
bool exportDocument(QWidget* parent, const ReportDocument& document, const QString& subject,
                    ExportFormat format = ExportFormat::Xlsx);

// A printer set up for the document exactly as its PDF: A4, the renderer's margins and the same
// orientation rule (PdfRenderer::pageLayout: landscape for wide tables).
void configurePrinter(QPrinter& printer, const ReportDocument& document);

// A widget drawn at `scale` times `printSize` (default: its own size) for print (charts, the
// 9-box), white behind it; the widget keeps its size on screen.
QImage printableImage(QWidget* widget, double scale = 2.0, const QSize& printSize = {});
// Pictures side by side, `columns` per row, each scaled to the same width, on white.
QImage imageMosaic(const QList<QImage>& images, int columns, int gap = 24);

// Print preview of the document, then printing on the chosen printer.
void printDocument(QWidget* parent, const ReportDocument& document);

// Both of the above mask NIK/contact columns when the signed-in user's exports are masked and
// record the export or print in the audit trail (core/security/ExportGuard), using the workspace
// of the page or window that parent belongs to.
Workspace* workspaceOf(const QWidget* widget);
// The export without dialogs or worker thread (for tools and tests): masking and audit included.
Status writeDocument(Workspace* workspace, const ReportDocument& document, const QString& path);

} // namespace karsa::ui
