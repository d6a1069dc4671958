#pragma once

#include "Letterhead.h"
#include "ReportTable.h"

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

#include <variant>

namespace karsa {

// A paragraph of running text (wrapped to the page width in PDF).
struct ParagraphSection
{
    QString text;
    bool bold = false;
};

// Label/value lines: "Nama : Budi Santoso", "NIP : 19860926 201505 1 001". Values are plain text.
struct KeyValueSection
{
    QString heading; // optional bold line above
    QList<QPair<QString, QString>> items;
};

// A heading line between sections ("A. Rekapitulasi per Perangkat Daerah").
struct HeadingSection
{
    QString text;
};

struct TableSection
{
    ReportTable table;
};

struct PageBreakSection
{
};

// A picture, e.g. a chart drawn by the GUI or by core with QPainter, scaled to widthFraction of
// the text width (keeping its aspect ratio, never taller than a page).
struct ImageSection
{
    QImage image;
    QString caption;
    double widthFraction = 1.0;
};

// A bar chart whose numbers travel with it: PDF prints `image` (drawn by core with QPainter from
// the same numbers), XLSX writes the categories and values into cells next to the table that
// follows and a native spreadsheet column chart over them, so the chart stays live in Excel.
struct ChartSection
{
    QString title;         // chart title, also the heading of the value column in XLSX
    QString categoryTitle; // heading of the category column in XLSX
    QStringList categories;
    QList<double> values;
    QImage image;
    QString caption;
    double widthFraction = 1.0;
};

struct Signer
{
    QString caption; // optional line above the title: "Mengetahui,", "a.n. Kepala BKPSDM"
    QString title;   // "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    QString name;
    QString rank;    // optional pangkat line
    QString nip;     // digits or formatted; printed "NIP. 19860926 201505 1 001"
};

// "Surabaya, 29 November 2026" over the right-most of 1-3 signers side by side. Always kept
// together on one page.
struct SignatureSection
{
    QString place;
    QDate date;
    QList<Signer> signers;

    // The default official from the letterhead (Settings), dated `date`: "a.n. <office>" above
    // the title when the official signs on behalf of another, "Plt." before an acting title.
    static SignatureSection fromLetterhead(const Letterhead& letterhead, const QDate& date);
};

using ReportSection = std::variant<TableSection, ParagraphSection, KeyValueSection, HeadingSection, PageBreakSection,
                                   ImageSection, SignatureSection, ChartSection>;

// The page orientation of a printed document. Automatic: landscape when any of its tables is
// wider than a portrait page holds (ReportTable::isWide), else portrait — the one rule that the
// CLI, the GUI's PDF export and its printer all apply (ReportDocument::pageOrientation).
enum class PageOrientation { Automatic, Portrait, Landscape };

// A printable/exportable report: metadata plus ordered sections. CSV takes its table sections,
// XLSX makes a worksheet per table, PDF prints everything.
struct ReportDocument
{
    QString title;
    QString subtitle;
    QDateTime generated; // footer "Printed 29 November 2026 14.05"; invalid = now at render time
    Letterhead letterhead;
    bool printLetterhead = true;
    PageOrientation orientation = PageOrientation::Automatic;
    QList<ReportSection> sections;

    // Landscape or portrait: `orientation` when set, else landscape for a wide table.
    bool landscape() const;
    // The line under a title that names what was printed: unit, filters and the date of the data,
    // "Dinas Kesehatan · Golongan III/a · Keadaan per 4 Desember 2026" (empty parts left out).
    static QString scopeLine(const QString& unit, const QStringList& filters, const QDate& asOf);
    // "Keadaan per 4 Desember 2026".
    static QString asOfText(const QDate& date);

    void addTable(ReportTable table) { sections.append(TableSection{std::move(table)}); }
    void addParagraph(QString text, bool bold = false) { sections.append(ParagraphSection{std::move(text), bold}); }
    void addHeading(QString text) { sections.append(HeadingSection{std::move(text)}); }
    void addKeyValues(QList<QPair<QString, QString>> items, QString heading = {})
    {
        sections.append(KeyValueSection{std::move(heading), std::move(items)});
    }
    void addPageBreak() { sections.append(PageBreakSection{}); }
    void addImage(QImage image, QString caption = {}, double widthFraction = 1.0)
    {
        sections.append(ImageSection{std::move(image), std::move(caption), widthFraction});
    }
    void addSignature(SignatureSection signature) { sections.append(std::move(signature)); }
    void addChart(ChartSection chart) { sections.append(std::move(chart)); }

    QList<const ReportTable*> tables() const; // the table sections, in order

    // A document holding one table under the table's own title (the common export case).
    static ReportDocument fromTable(ReportTable table, Letterhead letterhead = {});
};

} // namespace karsa
