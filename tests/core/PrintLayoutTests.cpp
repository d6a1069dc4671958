// Printed documents: one orientation rule for every PDF and XLSX, cells wrapped only at spaces,
// the "No." column, the scope line under a title, the signature kept with the last rows, the
// signing official and the demo notice on paper, and the native chart of the evaluation recap.
#include <catch2/catch.hpp>

#include "EvaluationTestFixture.h"
#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "evaluation/CycleEvaluation.h"
#include "evaluation/EvaluationReports.h"
#include "io/XlsxReader.h"
#include "io/ZipReader.h"
#include "reports/IndonesianFormat.h"
#include "reports/Letterhead.h"
#include "reports/PdfCanvas.h"
#include "reports/PdfLayout.h"
#include "reports/PdfRenderer.h"
#include "reports/ReportDocument.h"
#include "reports/XlsxRenderer.h"
#include "storage/SettingsRepository.h"

#include <QFile>
#include <QPdfWriter>
#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace karsa;
using namespace Qt::Literals::StringLiterals;

namespace {

ReportTable narrowTable()
{
    ReportTable t;
    t.title = u"Pegawai"_s;
    t.columns = {ReportColumn::nip(u"nip"_s, u"NIP"_s), ReportColumn::text(u"name"_s, u"Nama"_s, 20),
                 ReportColumn::text(u"unit"_s, u"Unit"_s, 20)};
    t.addRow({u"198609262015051001"_s, u"Budi Santoso"_s, u"Puskesmas Kenjeran"_s});
    return t;
}

// Ten text columns of long Indonesian words: wider than a landscape page at the body font, but
// not at 6 pt.
ReportTable wideTable(int rows)
{
    ReportTable t;
    t.title = u"Rekap lebar"_s;
    t.columns << ReportColumn::nip(u"nip"_s, u"NIP"_s);
    for (int c = 0; c < 10; ++c)
        t.columns << ReportColumn::text(u"c%1"_s.arg(c), u"Nama Kolom %1"_s.arg(c), 8);
    for (int r = 0; r < rows; ++r) {
        ReportRow row{u"198609262015051001"_s};
        for (int c = 0; c < 10; ++c)
            row << (c % 2 ? u"Puskesmas Kenjeran"_s : u"Pengadministrasi Perkantoran"_s);
        t.addRow(row);
    }
    return t;
}

QByteArray zipPart(const QString& path, const QString& part)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto zip = io::ZipReader::open(f.readAll(), path);
    if (!zip)
        return {};
    auto data = zip->read(part);
    return data ? data.value() : QByteArray();
}

QSizeF firstMediaBox(const QString& pdfPath)
{
    QFile f(pdfPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    static const QRegularExpression box(u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)"_s);
    const auto m = box.match(QString::fromLatin1(f.readAll()));
    REQUIRE(m.hasMatch());
    return {m.captured(1).toDouble(), m.captured(2).toDouble()};
}

// Every line of every cell is made of whole words of the cell's text, in order.
void requireWholeWords(const PdfLayout::Table& table)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    REQUIRE(table.rows.size() == table.sourceTexts.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        for (qsizetype c = 0; c < table.rows.at(r).size(); ++c) {
            const QStringList source = table.sourceTexts.at(r).value(c).split(spaces, Qt::SkipEmptyParts);
            QStringList printed;
            for (const QString& line : table.rows.at(r).at(c))
                printed << line.split(spaces, Qt::SkipEmptyParts);
            INFO("row " << r << " column " << c << ": " << table.rows.at(r).at(c).join(u" | "_s).toStdString());
            if (!printed.isEmpty() && printed.last().endsWith(QChar(0x2026)))
                continue; // elided after maxLinesPerCell lines: shortened, not broken
            CHECK(printed == source);
        }
    }
}

} // namespace

TEST_CASE("A wide table prints landscape and a narrow one portrait, by one rule for PDF, printer and XLSX",
          "[core][reports][print]")
{
    ReportDocument narrow = ReportDocument::fromTable(narrowTable());
    ReportDocument wide = ReportDocument::fromTable(wideTable(3));
    CHECK_FALSE(narrowTable().isWide());
    CHECK(wideTable(1).isWide());
    CHECK_FALSE(narrow.landscape());
    CHECK(wide.landscape());
    CHECK(PdfRenderer::orientationFor(narrow) == QPageLayout::Portrait);
    CHECK(PdfRenderer::orientationFor(wide) == QPageLayout::Landscape);
    CHECK(PdfRenderer::pageLayout(wide).orientation() == QPageLayout::Landscape);
    // A document may insist; an explicit option wins over both.
    narrow.orientation = PageOrientation::Landscape;
    CHECK(PdfRenderer::orientationFor(narrow) == QPageLayout::Landscape);
    PdfOptions portrait;
    portrait.orientation = QPageLayout::Portrait;
    CHECK(PdfRenderer::orientationFor(wide, portrait) == QPageLayout::Portrait);

    QTemporaryDir dir;
    const QString widePdf = dir.filePath(u"wide.pdf"_s);
    const QString narrowPdf = dir.filePath(u"narrow.pdf"_s);
    REQUIRE(PdfRenderer::render(wide, widePdf).ok());
    REQUIRE(PdfRenderer::render(ReportDocument::fromTable(narrowTable()), narrowPdf).ok());
    const QSizeF w = firstMediaBox(widePdf);
    const QSizeF n = firstMediaBox(narrowPdf);
    CHECK(w.width() > w.height());
    CHECK(n.width() < n.height());

    const QString xlsx = dir.filePath(u"wide.xlsx"_s);
    REQUIRE(XlsxRenderer::render(wide, xlsx).ok());
    CHECK(QString::fromUtf8(zipPart(xlsx, u"xl/worksheets/sheet1.xml"_s)).contains(u"orientation=\"landscape\""_s));
}

TEST_CASE("Text is wrapped only at spaces; a word wider than the width is shortened, never split",
          "[core][reports][print]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    PdfCanvas canvas(&writer, nullptr, u"DejaVu Sans"_s, 8.5);
    const QFont f = canvas.font(8.5);
    const double word = canvas.metrics(f).horizontalAdvance(u"Puskesmas"_s);
    // Room for "Puskesmas" but not for "Puskesmas Kenjeran".
    CHECK(canvas.wrap(u"Puskesmas Kenjeran"_s, f, word + 2) == QStringList{u"Puskesmas"_s, u"Kenjeran"_s});
    CHECK(canvas.wrap(u"Nama  Pegawai\nDinas"_s, f, 10000) == QStringList{u"Nama Pegawai"_s, u"Dinas"_s});
    const QStringList narrow = canvas.wrap(u"Puskesmas"_s, f, word / 2);
    REQUIRE(narrow.size() == 1);
    CHECK(narrow.first().endsWith(QChar(0x2026))); // "Pus…": one elided line, no "Puskes" / "mas"
}

TEST_CASE("Every text column is as wide as its longest word; a too wide table gets a smaller font first",
          "[core][reports][print]")
{
    SECTION("a table that fits keeps the body font and whole words")
    {
        ReportTable t = narrowTable();
        t.columns[1].widthHint = 1; // a tiny hint must not squeeze "Santoso" into two pieces
        t.columns[2].widthHint = 1;
        t.columns << ReportColumn::text(u"note"_s, u"Keterangan"_s, 200);
        t.groups.first().rows.first() << u"catatan panjang sekali"_s;
        const PdfLayout layout = PdfRenderer::layout(ReportDocument::fromTable(t));
        REQUIRE(layout.tables.size() == 1);
        CHECK(layout.tables.first().fontPt == Approx(PdfOptions{}.baseFontPt));
        requireWholeWords(layout.tables.first());
        // "Pegawai" and "Kenjeran" each stay on one line of their cells.
        const auto& cells = layout.tables.first().rows.at(1);
        CHECK(cells.at(2) == QStringList{u"Puskesmas"_s, u"Kenjeran"_s});
    }
    SECTION("a table wider than landscape shrinks its font, still without broken words")
    {
        const PdfLayout layout = PdfRenderer::layout(ReportDocument::fromTable(wideTable(4)));
        CHECK(layout.orientation == QPageLayout::Landscape);
        REQUIRE(layout.tables.size() == 1);
        const PdfLayout::Table& t = layout.tables.first();
        CHECK(t.fontPt < PdfOptions{}.baseFontPt);
        CHECK(t.fontPt >= 6.0);
        double total = 0;
        for (double w : t.widths)
            total += w;
        CHECK(total == Approx(layout.pageWidth).epsilon(0.001)); // fitted to the page width
        requireWholeWords(t);
    }
}

TEST_CASE("Row numbers: a No. column counts rows across groups, once", "[core][reports][print]")
{
    ReportTable t = narrowTable();
    t.addGroup(u"Dinas Kesehatan"_s);
    t.addRow({u"199001012019032002"_s, u"Siti"_s, u"RSUD"_s});
    t.totals = {QVariant(), QVariant(), u"2 pegawai"_s};
    t.addRowNumbers();
    t.addRowNumbers(); // already numbered: unchanged
    REQUIRE(t.columns.size() == 4);
    CHECK(t.columns.first().key == u"no"_s);
    CHECK(t.columns.first().type == ReportColumn::Type::Integer);
    CHECK(t.groups.at(0).rows.at(0).at(0).toInt() == 1);
    CHECK(t.groups.at(1).rows.at(0).at(0).toInt() == 2);
    CHECK(t.groups.at(1).rows.at(0).at(1).toString() == u"199001012019032002"_s);
    CHECK(t.totals.size() == 4);
}

TEST_CASE("The scope line names the unit, the filters and the date of the data", "[core][reports][print]")
{
    const QString line = ReportDocument::scopeLine(u"Dinas Kesehatan"_s, {u"Golongan III/a"_s, QString(), u"PNS"_s},
                                                   QDate(2026, 12, 4));
    CHECK(line == u"Dinas Kesehatan \u00b7 Golongan III/a \u00b7 PNS \u00b7 "_s + ReportDocument::asOfText(QDate(2026, 12, 4)));
    CHECK(ReportDocument::asOfText(QDate(2026, 12, 4)).contains(u"4 Desember 2026"_s));
    CHECK(ReportDocument::scopeLine(QString(), {}, QDate()).isEmpty());
}

TEST_CASE("A signature block never stands alone on a page: the last rows move with it", "[core][reports][print]")
{
    Letterhead l;
    l.government = u"PEMERINTAH KOTA SURABAYA"_s;
    l.agency = u"BKPSDM"_s;
    l.city = u"Surabaya"_s;
    l.signerName = u"Drs. Ahmad Fauzi, M.Si."_s;
    l.signerTitle = u"Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"_s;
    int moved = 0;
    // Every length from one row to three pages: the signature's page always holds the last row.
    for (int rows = 1; rows <= 110; ++rows) {
        ReportTable t = narrowTable();
        t.groups.clear();
        for (int r = 0; r < rows; ++r)
            t.addRow({u"198609262015051001"_s, u"Pegawai %1"_s.arg(r + 1), u"Puskesmas Kenjeran"_s});
        t.notes << u"Catatan di bawah tabel."_s;
        ReportDocument doc = ReportDocument::fromTable(t, l);
        doc.addSignature(SignatureSection::fromLetterhead(l, QDate(2026, 12, 4)));
        const PdfLayout layout = PdfRenderer::layout(doc);
        REQUIRE(layout.sections.size() == 2);
        REQUIRE(layout.tables.size() == 1);
        INFO(rows << " rows");
        CHECK(layout.tables.first().lastRowPage == layout.sections.at(1).firstPage);
        // The page before the signature's page is full enough that the signature could not fit
        // there: the rule must really have moved rows at least once in this range.
        if (layout.sections.at(0).firstPage < layout.sections.at(1).firstPage)
            ++moved;
    }
    CHECK(moved > 0);
}

TEST_CASE("The signing official from Settings prints with a.n., Plt., pangkat and NIP", "[core][reports][print]")
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    REQUIRE(settings.writeDefaults().ok());
    REQUIRE(settings.setValue(u"signature/name"_s, u"Drs. Ahmad Fauzi, M.Si."_s).ok());
    REQUIRE(settings.setValue(u"signature/nip"_s, u"198609262015051001"_s).ok());
    REQUIRE(settings.setValue(u"signature/rank"_s, u"Pembina Utama Muda (IV/c)"_s).ok());
    REQUIRE(settings.setValue(u"signature/title"_s, u"Sekretaris BKPSDM"_s).ok());
    REQUIRE(settings.setValue(u"signature/on_behalf"_s, u"Kepala BKPSDM"_s).ok());
    REQUIRE(settings.setValue(u"signature/acting"_s, u"1"_s).ok());
    const Letterhead l = Letterhead::fromSettings(settings);
    CHECK(l.hasSigner());
    const SignatureSection sig = SignatureSection::fromLetterhead(l, QDate(2026, 12, 4));
    REQUIRE(sig.signers.size() == 1);
    CHECK(sig.signers.first().caption == u"a.n. Kepala BKPSDM"_s);
    CHECK(sig.signers.first().title == u"Plt. Sekretaris BKPSDM"_s);

    ReportDocument doc = ReportDocument::fromTable(narrowTable(), l);
    doc.addSignature(sig);
    const PdfLayout layout = PdfRenderer::layout(doc);
    CHECK(layout.containsText(u"a.n. Kepala BKPSDM"_s));
    CHECK(layout.containsText(u"Plt. Sekretaris BKPSDM"_s));
    CHECK(layout.containsText(u"Drs. Ahmad Fauzi, M.Si."_s));
    CHECK(layout.containsText(u"Pembina Utama Muda (IV/c)"_s));
    CHECK(layout.containsText(u"NIP. 19860926 201505 1 001"_s));
    CHECK(layout.containsText(u"Surabaya, 4 Desember 2026"_s));
    CHECK_FALSE(layout.containsText(u"(....."_s));
}

TEST_CASE("The demo city is marked DATA DEMO on every printed page and on its spreadsheets", "[core][reports][print]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 60;
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    const Letterhead l = Letterhead::fromSettings(SettingsRepository(db.db()));
    REQUIRE(l.demo);
    ReportTable t = narrowTable();
    t.groups.clear();
    for (int r = 0; r < 90; ++r)
        t.addRow({u"198609262015051001"_s, u"Pegawai %1"_s.arg(r + 1), u"Puskesmas"_s});
    const ReportDocument doc = ReportDocument::fromTable(t, l);
    const PdfLayout layout = PdfRenderer::layout(doc);
    REQUIRE(layout.pages >= 2);
    QSet<int> marked;
    for (const PdfLayout::Text& text : layout.texts)
        if (text.text == Letterhead::demoNotice())
            marked.insert(text.page);
    for (int page = 1; page <= layout.pages; ++page)
        CHECK(marked.contains(page));

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(u"demo.xlsx"_s);
    REQUIRE(XlsxRenderer::render(doc, xlsx).ok());
    CHECK(QString::fromUtf8(zipPart(xlsx, u"xl/sharedStrings.xml"_s)).contains(Letterhead::demoNotice()));

    // A database of the agency's own data (made by init, never by the demo) carries no notice.
    test::TempDatabase own;
    REQUIRE(SettingsRepository(own.db()).writeDefaults().ok());
    const Letterhead real = Letterhead::fromSettings(SettingsRepository(own.db()));
    CHECK_FALSE(real.demo);
    CHECK_FALSE(PdfRenderer::layout(ReportDocument::fromTable(t, real)).containsText(Letterhead::demoNotice()));
}

TEST_CASE("The XLSX evaluation recap has a native chart beside a frozen header row near the top",
          "[core][reports][print][evaluation]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 200;
    options.today = QDate(2026, 3, 2);
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    auto ce = CycleEvaluation::load(db.db(), 1);
    REQUIRE(ce);
    const ReportDocument doc = EvaluationReports::summary(ce.value(), Letterhead::fromSettings(SettingsRepository(db.db())),
                                                          options.today);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"recap.xlsx"_s);
    REQUIRE(XlsxRenderer::render(doc, path).ok());

    const QString chart = QString::fromUtf8(zipPart(path, u"xl/charts/chart1.xml"_s));
    REQUIRE_FALSE(chart.isEmpty());
    CHECK(chart.contains(u"<c:barChart>"_s));
    CHECK(QString::fromUtf8(zipPart(path, u"xl/drawings/drawing1.xml"_s)).contains(u"chart"_s));
    CHECK(zipPart(path, u"xl/media/image1.png"_s).isEmpty()); // no bitmap chart any more

    // The header row is frozen within the first screen of rows.
    const QString sheet = QString::fromUtf8(zipPart(path, u"xl/worksheets/sheet1.xml"_s));
    static const QRegularExpression pane(u"<pane ySplit=\"(\\d+)\"[^>]*state=\"frozen\""_s);
    const auto m = pane.match(sheet);
    REQUIRE(m.hasMatch());
    const int frozen = m.captured(1).toInt();
    CHECK(frozen <= 20);

    // Read back with Karsa's own XLSX reader: the header row is the last frozen row, and the
    // chart's numbers beside the table are the predikat counts of the totals row.
    auto reader = io::XlsxReader::open(path);
    REQUIRE(reader);
    QMap<int, QStringList> rows; // by 1-based row number
    REQUIRE(reader->readSheet(0, [&rows](int row, const QStringList& cells) {
        rows.insert(row, cells);
        return true;
    }).ok());
    REQUIRE(rows.contains(frozen));
    const QStringList header = rows.value(frozen);
    const ReportTable recap = EvaluationReports::recapTable(ce.value(), {});
    CHECK(header.value(0) == recap.columns.first().title);
    const int chartColumn = int(recap.columns.size()) + 1;
    CHECK(header.value(chartColumn + 1) == QCoreApplication::translate("EvaluationReports", "Predikat distribution"));
    int pendingTotal = -1;
    for (const QStringList& r : rows)
        if (r.value(chartColumn) == QCoreApplication::translate("EvaluationReports", "Pending"))
            pendingTotal = r.value(chartColumn + 1).toInt();
    CHECK(pendingTotal == recap.totals.value(recap.columnIndex(u"pending"_s)).toInt());
}
