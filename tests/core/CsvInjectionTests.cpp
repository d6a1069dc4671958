// CSV exports neutralise text that Excel or LibreOffice would run as a formula; numbers stay numbers.
// XLSX exports store such text as a string cell, never a formula.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "io/XlsxReader.h"
#include "io/ZipReader.h"
#include "reports/CsvRenderer.h"
#include "reports/ReportTable.h"
#include "reports/XlsxRenderer.h"

#include <QFile>
#include <QTemporaryDir>

using namespace karsa;

namespace {
ReportTable formulaTable()
{
    ReportTable table;
    table.title = QStringLiteral("Pegawai");
    table.columns = {ReportColumn::text(QStringLiteral("name"), QStringLiteral("Nama")),
                     ReportColumn::decimal(QStringLiteral("delta"), QStringLiteral("Selisih")),
                     ReportColumn::integer(QStringLiteral("gap"), QStringLiteral("Gap"))};
    table.addRow({QStringLiteral("=HYPERLINK(\"http://x.test\",\"klik\")"), -0.5, -3});
    table.addRow({QStringLiteral("@SUM(A1:A9)"), 1.25, 2});
    table.addRow({QStringLiteral("+62 812 555"), 0.0, 0});
    table.addRow({QStringLiteral("-5"), -12.0, -1});
    table.addRow({QStringLiteral("\tTab"), 0.0, 0});
    table.addRow({QStringLiteral("\rCR"), 0.0, 0});
    table.addRow({QStringLiteral("Budi = Kepala"), 0.0, 0});
    return table;
}
} // namespace

TEST_CASE("CSV export prefixes formula-like text with a quote and leaves negative numbers alone", "[core][report][csv]")
{
    CsvOptions options;
    options.byteOrderMark = false;
    const QString csv = QString::fromUtf8(CsvRenderer::toCsv(formulaTable(), options));
    const QString expected = QStringLiteral("Nama,Selisih,Gap\r\n"
                                            "\"'=HYPERLINK(\"\"http://x.test\"\",\"\"klik\"\")\",-0.50,-3\r\n"
                                            "\"'@SUM(A1:A9)\",1.25,2\r\n"
                                            "\"'+62 812 555\",0.00,0\r\n"
                                            "\"'-5\",-12.00,-1\r\n"
                                            "\"'\tTab\",0.00,0\r\n"
                                            "\"'\rCR\",0.00,0\r\n"
                                            "Budi = Kepala,0.00,0\r\n");
    CHECK(csv == expected);
}

TEST_CASE("CSV field escaping: one rule for text and number cells", "[core][report][csv]")
{
    using Cell = CsvRenderer::Cell;
    CHECK(CsvRenderer::escapeField(QStringLiteral("-1,25"), u';', Cell::Number) == QStringLiteral("-1,25"));
    CHECK(CsvRenderer::escapeField(QStringLiteral("-1,25"), u',', Cell::Number) == QStringLiteral("\"-1,25\""));
    CHECK(CsvRenderer::escapeField(QStringLiteral("-0.5"), u',', Cell::Number) == QStringLiteral("-0.5"));
    CHECK(CsvRenderer::escapeField(QStringLiteral("+3e5"), u',', Cell::Number) == QStringLiteral("+3e5"));
    // A "number" cell that is not a plain number is still neutralised.
    CHECK(CsvRenderer::escapeField(QStringLiteral("=1+2"), u',', Cell::Number) == QStringLiteral("\"'=1+2\""));
    CHECK(CsvRenderer::escapeField(QStringLiteral("-3"), u',', Cell::Text) == QStringLiteral("\"'-3\""));
    CHECK(CsvRenderer::escapeField(QStringLiteral("a\"b"), u',') == QStringLiteral("\"a\"\"b\""));
    CHECK(CsvRenderer::escapeField(QString(), u',') == QString());
    CHECK(CsvRenderer::isPlainNumber(u"-3"));
    CHECK(CsvRenderer::isPlainNumber(u"-1,25"));
    CHECK(CsvRenderer::isPlainNumber(u".5"));
    CHECK_FALSE(CsvRenderer::isPlainNumber(u"-"));
    CHECK_FALSE(CsvRenderer::isPlainNumber(u"-1+2"));
    CHECK_FALSE(CsvRenderer::isPlainNumber(u"1.234,5"));
    CHECK_FALSE(CsvRenderer::isPlainNumber(u"1e"));
}

TEST_CASE("XLSX export keeps formula-like text as a string cell, numbers as numbers", "[core][report][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("formula.xlsx"));
    REQUIRE(XlsxRenderer::render(formulaTable(), path).ok());

    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto zip = io::ZipReader::open(f.readAll(), QStringLiteral("formula.xlsx"));
    REQUIRE(zip.ok());
    auto sheet = zip->read(QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE(sheet.ok());
    CHECK_FALSE(sheet->contains("<f>")); // no formula cell anywhere

    auto reader = io::XlsxReader::open(path);
    REQUIRE(reader.ok());
    bool sawFormulaText = false, sawNegative = false;
    REQUIRE(reader
                ->readSheet(
                    0,
                    [&](int, const QStringList& cells, const QBitArray& numeric) {
                        const qsizetype at = cells.indexOf(QStringLiteral("=HYPERLINK(\"http://x.test\",\"klik\")"));
                        if (at >= 0) {
                            sawFormulaText = true;
                            CHECK_FALSE(io::isNumericCell(numeric, at));
                            REQUIRE(cells.size() > at + 2);
                            CHECK(cells.at(at + 2) == QStringLiteral("-3"));
                            CHECK(io::isNumericCell(numeric, at + 2));
                            sawNegative = true;
                        }
                        if (cells.contains(QStringLiteral("@SUM(A1:A9)")))
                            CHECK_FALSE(io::isNumericCell(numeric, cells.indexOf(QStringLiteral("@SUM(A1:A9)"))));
                        return true;
                    })
                .ok());
    CHECK(sawFormulaText);
    CHECK(sawNegative);
}
