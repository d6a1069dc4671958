#pragma once

#include "common/Result.h"
#include "reports/ReportDocument.h"
#include "reports/ReportTable.h"

#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QTableView;
class QWidget;

namespace karsa::ui {

class Workspace;

// Roles a table model may answer so that exports keep types: headerData(section, Horizontal,
// kColumnTypeRole) returns an int ReportColumn::Type; data(index, kExportValueRole) returns the
// raw value (number, QDate, 18-digit NIP). Without them a column exports its display text.
constexpr int kColumnTypeRole = Qt::UserRole + 100;
constexpr int kExportValueRole = Qt::UserRole + 101;

// The rows and columns a view shows (its current filter and sort; hidden columns left out, in
// visual order) as report data.
ReportTable reportTableFromView(const QTableView* view, const QString& title, const QString& subtitle = {});

// The letterhead and signature from the workspace's settings around one table.
ReportDocument documentForTable(Workspace* workspace, ReportTable table);

// Asks for a file name (Excel, CSV or PDF by its extension) and writes the document in a worker
// thread with a progress dialog; reports failures in a message box. Returns true when written.
bool exportDocument(QWidget* parent, const ReportDocument& document, const QString& suggestedName);

// Print preview of the document, then printing on the chosen printer.
void printDocument(QWidget* parent, const ReportDocument& document);

// Both of the above mask NIK/contact columns when the signed-in user's exports are masked and
// record the export or print in the audit trail (core/security/ExportGuard), using the workspace
// of the page or window that parent belongs to.
Workspace* workspaceOf(const QWidget* widget);
// The export without dialogs or worker thread (for tools and tests): masking and audit included.
Status writeDocument(Workspace* workspace, const ReportDocument& document, const QString& path);

} // namespace karsa::ui
