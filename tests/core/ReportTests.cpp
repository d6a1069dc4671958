#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "TestSupport.h"
#include "reports/CsvRenderer.h"
#include "reports/Letterhead.h"
#include "reports/PdfRenderer.h"
#include "reports/ReportDocument.h"
#include "reports/XlsxRenderer.h"
#include "storage/SettingsRepository.h"

#include <zlib.h>

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <iostream>

using namespace karsa;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every column type, two named groups, a comma/quote/non-ASCII text, a negative and an empty
// cell, and a totals row.
ReportTable sampleTable()
{
    ReportTable t;
    t.title = u"Rekapitulasi Kompetensi ASN"_s;
    t.subtitle = u"Periode 2026"_s;
    t.columns = {ReportColumn::integer(u"no"_s, u"No."_s, 4),
                 ReportColumn::nip(u"nip"_s, u"NIP"_s),
                 ReportColumn::text(u"name"_s, u"Nama"_s, 26),
                 ReportColumn::text(u"position"_s, u"Jabatan"_s, 24),
                 ReportColumn::date(u"tmt"_s, u"TMT Jabatan"_s),
                 ReportColumn::decimal(u"score"_s, u"Nilai"_s, 2, 8),
                 ReportColumn::percent(u"jpm"_s, u"JPM"_s, 2, 9),
                 ReportColumn::integer(u"jp"_s, u"Jam Pelajaran"_s, 9)};
    t.groupColumnTitle = u"Perangkat Daerah"_s;
    t.addGroup(u"Dinas Pendidikan"_s);
    t.addRow({1, u"198609262015051001"_s, u"Dr. Budi \"Ucok\" Santoso, S.Kom."_s, u"Analis SDM Aparatur Ahli Muda"_s,
              QDate(2021, 3, 1), 3.25, 83.5, 1234});
    t.addRow({2, u"199001012019032002"_s, u"Siti Aisyah"_s, u"Guru Ahli Pertama – SD"_s, QDate(2019, 3, 1), -0.5,
              64.25, QVariant()});
    t.addGroup(u"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"_s);
    t.addRow({3, u"198512312010121003"_s, u"Ni Luh Putu Ayu"_s, u"Kepala Bidang\nPengembangan Kompetensi"_s,
              QDate(2024, 11, 29), 4.0, 100.0, 20});
    t.totals = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), 2.25, 82.58, 1254};
    t.totalsLabel = u"Jumlah"_s;
    t.notes = {u"JPM: Job Person Match."_s};
    return t;
}

QString goldenPath(const QString& name)
{
    return test::dataFile(u"golden/"_s + name);
}

// Compares with the checked-in golden file; on mismatch writes <golden>.actual and prints the
// differing lines.
void compareWithGolden(const QByteArray& actual, const QString& name)
{
    const QString path = goldenPath(name);
    QFile golden(path);
    const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
    if (expected == actual)
        return;
    QFile out(path + u".actual"_s);
    if (out.open(QIODevice::WriteOnly))
        out.write(actual);
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    std::cerr << "--- " << path.toStdString() << "\n+++ " << out.fileName().toStdString() << '\n';
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray el = e.value(i);
        const QByteArray al = a.value(i);
        if (el == al)
            continue;
        std::cerr << "@@ line " << i + 1 << " @@\n";
        if (i < e.size())
            std::cerr << '-' << el.toStdString() << '\n';
        if (i < a.size())
            std::cerr << '+' << al.toStdString() << '\n';
    }
    FAIL("CSV differs from the golden file " << path.toStdString() << " (actual output written next to it)");
}

quint32 le(const QByteArray& b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// One member of a zip file (stored or deflated), found through the central directory. Enough
// for the .xlsx files the tests write; deliberately not QuaZip (see tests/CMakeLists.txt).
QByteArray zipEntry(const QString& zipPath, const QString& entry)
{
    QFile file(zipPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray zip = file.readAll();
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0 || eocd + 22 > zip.size())
        return {};
    qsizetype p = le(zip, eocd + 16, 4);
    const quint32 count = le(zip, eocd + 10, 2);
    for (quint32 i = 0; i < count && p + 46 <= zip.size(); ++i) {
        const quint32 method = le(zip, p + 10, 2);
        const quint32 packed = le(zip, p + 20, 4);
        const quint32 size = le(zip, p + 24, 4);
        const quint32 nameLen = le(zip, p + 28, 2);
        const quint32 extraLen = le(zip, p + 30, 2);
        const quint32 commentLen = le(zip, p + 32, 2);
        const qsizetype local = le(zip, p + 42, 4);
        const QByteArray name = zip.mid(p + 46, nameLen);
        p += 46 + nameLen + extraLen + commentLen;
        if (name != entry.toUtf8())
            continue;
        const qsizetype data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        const QByteArray raw = zip.mid(data, packed);
        if (method == 0)
            return raw;
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return {};
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.constData()));
        z.avail_in = uInt(raw.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = inflate(&z, Z_FINISH);
        inflateEnd(&z);
        return rc == Z_STREAM_END ? out : QByteArray();
    }
    return {};
}

int countPdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

TEST_CASE("CSV of a report matches the golden file", "[core][reports]")
{
    compareWithGolden(CsvRenderer::toCsv(sampleTable()), u"report_sample.csv"_s);
}

TEST_CASE("CSV starts with a UTF-8 BOM, ends lines with CRLF and can use semicolons", "[core][reports]")
{
    const QByteArray csv = CsvRenderer::toCsv(sampleTable());
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    CHECK(csv.contains("\"Dr. Budi \"\"Ucok\"\" Santoso, S.Kom.\""));

    CsvOptions semicolon;
    semicolon.separator = u';';
    semicolon.byteOrderMark = false;
    semicolon.includeTotals = false;
    const QString text = QString::fromUtf8(CsvRenderer::toCsv(sampleTable(), semicolon));
    CHECK(text.startsWith(u"Perangkat Daerah;No.;NIP;Nama;"_s));
    CHECK(text.contains(u";Dr. Budi \"\"Ucok\"\" Santoso, S.Kom.;"_s) == false); // quotes still force quoting
    CHECK(text.contains(u";\"Dr. Budi \"\"Ucok\"\" Santoso, S.Kom.\";"_s));
    CHECK_FALSE(text.contains(u"Jumlah"_s));

    ReportTable flat;
    flat.columns = {ReportColumn::text(u"a"_s, u"A"_s)};
    flat.addRow({u"x"_s});
    CHECK(CsvRenderer::toCsv(flat, semicolon) == "A\r\nx\r\n"); // no group column without named groups
}

TEST_CASE("Writing a report to an unwritable path fails with the path in the error", "[core][reports]")
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/missing/folder/out"_s;
    const ReportDocument doc = ReportDocument::fromTable(sampleTable());
    for (const Status& s : {CsvRenderer::render(doc, path + u".csv"_s), XlsxRenderer::render(doc, path + u".xlsx"_s),
                            PdfRenderer::render(doc, path + u".pdf"_s)}) {
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().describe().contains(QDir::toNativeSeparators(dir.path() + u"/missing/folder/out"_s)));
    }
}

TEST_CASE("Worksheet names are valid, at most 31 characters and unique", "[core][reports]")
{
    CHECK(XlsxRenderer::sheetName(u"Rekap [2026]: A/B?"_s, {}) == u"Rekap -2026-- A-B-"_s);
    const QString longName = XlsxRenderer::sheetName(u"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"_s, {});
    CHECK(longName == u"Badan Kepegawaian dan"_s); // cut at a word boundary
    CHECK(XlsxRenderer::sheetName(u"Rekapitulasi Job Person Match Pegawai"_s, {}) == u"Rekapitulasi Job Person Match"_s);
    CHECK(XlsxRenderer::sheetName(u"Rekapitulasi_Job_Person_Match_Pegawai"_s, {}).size() == 31);
    CHECK(XlsxRenderer::sheetName(u"Rekap"_s, {u"REKAP"_s}) == u"Rekap (2)"_s);
    CHECK(XlsxRenderer::sheetName(longName, {longName}).size() <= 31);
    CHECK(XlsxRenderer::sheetName(longName, {longName}).endsWith(u" (2)"_s));
    CHECK_FALSE(XlsxRenderer::sheetName(QString(), {}).isEmpty());
}

TEST_CASE("XLSX has typed cells, a frozen header row and an autofilter", "[core][reports]")
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/report.xlsx"_s;
    ReportDocument doc = ReportDocument::fromTable(sampleTable());
    ReportTable second = sampleTable();
    second.title = u"Rekapitulasi Kompetensi ASN"_s; // same name: the second sheet gets " (2)"
    doc.addTable(second);
    const Status s = XlsxRenderer::render(doc, path);
    INFO(s.error().describe().toStdString());
    REQUIRE(s.ok());

    const QString workbook = QString::fromUtf8(zipEntry(path, u"xl/workbook.xml"_s));
    CHECK(workbook.contains(u"name=\"Rekapitulasi Kompetensi ASN\""_s));
    CHECK(workbook.contains(u"name=\"Rekapitulasi Kompetensi ASN (2)\""_s));

    const QString strings = QString::fromUtf8(zipEntry(path, u"xl/sharedStrings.xml"_s));
    CHECK(strings.contains(u"<t>Jabatan</t>"_s));
    CHECK(strings.contains(u"<t>198609262015051001</t>"_s));

    // Rows: 1 title, 2 subtitle, 3 blank, 4 header, 5 group, 6 first data row.
    const QString sheet = QString::fromUtf8(zipEntry(path, u"xl/worksheets/sheet1.xml"_s));
    REQUIRE_FALSE(sheet.isEmpty());
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"B6\"[^>]* t=\"s\"><v>\\d+</v></c>"_s)));   // NIP: string
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"G6\" s=\"\\d+\"><v>83.5</v></c>"_s)));     // JPM: number
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"H6\" s=\"\\d+\"><v>1234</v></c>"_s)));     // integer
    CHECK(sheet.contains(QRegularExpression(u"<c r=\"E6\" s=\"\\d+\"><v>44256</v></c>"_s)));    // 2021-03-01
    CHECK(sheet.contains(u"<pane ySplit=\"4\" topLeftCell=\"A5\" activePane=\"bottomLeft\" state=\"frozen\"/>"_s));
    CHECK(sheet.contains(u"<autoFilter ref=\"A4:H9\"/>"_s)); // header .. last data row, totals outside
    CHECK(sheet.contains(u"<c r=\"A10\""_s));                 // totals row, after 2 groups

    const QString styles = QString::fromUtf8(zipEntry(path, u"xl/styles.xml"_s));
    CHECK(styles.contains(u"formatCode=\"#,##0.00\""_s));
    CHECK(styles.contains(u"[$-421]d mmmm yyyy"_s));
}

TEST_CASE("A long table prints on several A4 pages", "[core][reports]")
{
    ReportTable t = sampleTable();
    t.groups.clear();
    for (int i = 1; i <= 120; ++i)
        t.addRow({i, u"198609262015051001"_s, u"Pegawai Nomor %1"_s.arg(i), u"Pelaksana"_s, QDate(2020, 1, 1), 3.5,
                  75.0, 20});
    ReportDocument doc = ReportDocument::fromTable(t);
    doc.letterhead.government = u"PEMERINTAH KOTA SURABAYA"_s;
    doc.letterhead.agency = u"BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"_s;
    doc.printLetterhead = true;
    doc.addSignature(SignatureSection::fromLetterhead(doc.letterhead, QDate(2026, 11, 29)));

    QTemporaryDir dir;
    const QString path = dir.path() + u"/report.pdf"_s;
    const Status s = PdfRenderer::render(doc, path);
    INFO(s.error().describe().toStdString());
    REQUIRE(s.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.size() > 10000);
    CHECK(countPdfPages(pdf) > 1);

    PdfOptions landscape;
    landscape.orientation = QPageLayout::Landscape;
    REQUIRE(PdfRenderer::render(doc, path, landscape).ok());
}

TEST_CASE("The letterhead and signer come from Settings", "[core][reports]")
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    REQUIRE(settings.writeDefaults().ok());
    Letterhead l = Letterhead::fromSettings(settings);
    CHECK(l.government == u"PEMERINTAH KOTA SURABAYA"_s);
    CHECK(l.city == u"Surabaya"_s);
    CHECK(l.signerTitle == u"Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"_s);
    CHECK(l.signerName.isEmpty());

    REQUIRE(settings.setValue(u"signature/name"_s, u"Drs. Ahmad Fauzi, M.Si."_s).ok());
    REQUIRE(settings.setValue(u"signature/nip"_s, u"198609262015051001"_s).ok());
    l = Letterhead::fromSettings(settings);
    const SignatureSection sig = SignatureSection::fromLetterhead(l, QDate(2026, 11, 29));
    REQUIRE(sig.signers.size() == 1);
    CHECK(sig.place == u"Surabaya"_s);
    CHECK(sig.signers.first().name == u"Drs. Ahmad Fauzi, M.Si."_s);
    CHECK(sig.signers.first().nip == u"198609262015051001"_s);
}
