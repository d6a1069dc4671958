#pragma once

#include "ReportColumn.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace karsa {

using ReportRow = QVariantList; // one cell per column, in column order; a null QVariant is empty

// Rows under a common label ("Dinas Pendidikan", "Manajerial"). An empty title is the unnamed
// group of a table without grouping.
struct ReportGroup
{
    QString title;
    QList<ReportRow> rows;
};

// Report data as a plain table, computed in core and rendered by CsvRenderer, XlsxRenderer,
// PdfRenderer (and on-screen models). No formatting lives here beyond column types.
struct ReportTable
{
    QString title;                  // also the worksheet name in XLSX
    QString subtitle;
    QList<ReportColumn> columns;
    QList<ReportGroup> groups;      // a table without groups is one group with an empty title
    ReportRow totals;               // empty = no totals row
    QString totalsLabel;            // "Jumlah": goes into the leading empty cell(s) of the totals row
    QString groupColumnTitle;       // header of the CSV group column; empty = "Group" (translated)
    QStringList notes;              // printed under the table (PDF) / below it (XLSX)

    // Appends to the last group, creating the unnamed group when there is none.
    void addRow(ReportRow row);
    void addGroup(QString title);

    bool hasNamedGroups() const;    // any group with a non-empty title
    qsizetype rowCount() const;     // data rows across groups (no group headers, no totals)
    int columnIndex(const QString& key) const; // -1 if absent
    // The totals row with totalsLabel placed into its first blank cell (CSV, XLSX).
    ReportRow labelledTotals() const;
    QString effectiveGroupColumnTitle() const;

    // The width of a row in average characters: the column width hints (with the padding every
    // renderer adds), as XLSX column widths and the PDF page orientation read them.
    double widthInCharacters() const;
    // Wider than an A4 portrait page holds at the body font (kWideTableCharacters): printed in
    // landscape by PDF and XLSX alike.
    bool isWide() const;
    static constexpr double kWideTableCharacters = 110.0;

    // Puts a "No." column (1, 2, 3 ... across groups) in front unless the first column already is
    // one; the totals row gets an empty cell there.
    void addRowNumbers();
    bool hasRowNumbers() const;
};

} // namespace karsa
