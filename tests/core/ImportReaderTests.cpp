// The table readers under the importers: CSV (libcsv) and XLSX (own ZIP reader + streaming XML).
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/Nip.h"
#include "import/HeaderMap.h"
#include "import/ImportValues.h"
#include "io/CsvReader.h"
#include "io/TextDecoding.h"
#include "io/XlsxReader.h"

using namespace karsa;
using namespace karsa::io;

namespace {
QVector<QStringList> readCsv(const QByteArray& data, CsvReader::Info* info = nullptr)
{
    QVector<QStringList> rows;
    auto r = CsvReader::readData(data, QStringLiteral("t.csv"), [&](int, const QStringList& c) {
        rows.append(c);
        return true;
    });
    REQUIRE(r.ok());
    if (info)
        *info = r.value();
    return rows;
}
QVector<QStringList> readXlsx(const QString& path, int sheet = 0, QVector<int>* rowNumbers = nullptr)
{
    auto reader = XlsxReader::open(path);
    REQUIRE(reader.ok());
    QVector<QStringList> rows;
    REQUIRE(reader->readSheet(sheet, [&](int n, const QStringList& c) {
        rows.append(c);
        if (rowNumbers)
            rowNumbers->append(n);
        return true;
    }).ok());
    return rows;
}
} // namespace

TEST_CASE("CSV reader handles quotes, embedded newlines and the separator", "[core][import]")
{
    CsvReader::Info info;
    auto rows = readCsv(QByteArrayLiteral("a;b;c\r\n1;\"x;y\";\"line1\r\nline2 \"\"q\"\"\"\r\n\r\n2;;z\r\n"), &info);
    CHECK(info.delimiter == ';');
    REQUIRE(rows.size() == 3);
    CHECK(rows[1] == QStringList{QStringLiteral("1"), QStringLiteral("x;y"), QStringLiteral("line1\r\nline2 \"q\"")});
    CHECK(rows[2] == QStringList{QStringLiteral("2"), QString(), QStringLiteral("z")});
    rows = readCsv(QByteArrayLiteral("a\tb\tc\n1\t\t3\n"), &info);
    CHECK(info.delimiter == '\t');
    CHECK(rows[1] == QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")});
    rows = readCsv(QByteArrayLiteral("a,b\n\"1,5\",2"), &info);
    CHECK(info.delimiter == ',');
    CHECK(rows[1].at(0) == QStringLiteral("1,5"));
}

TEST_CASE("CSV reader detects BOM and Windows-1252", "[core][import]")
{
    CsvReader::Info info;
    auto rows = readCsv(QByteArrayLiteral("\xEF\xBB\xBFnip,nama\n1,Jos\xC3\xA9\n"), &info);
    CHECK(info.encoding == TextEncoding::Utf8Bom);
    CHECK(rows[0].at(0) == QStringLiteral("nip"));
    CHECK(rows[1].at(1) == QString::fromUtf8("Jos\xC3\xA9"));
    rows = readCsv(QByteArrayLiteral("nip,nama\n1,Jos\xE9 \x96 \x93x\x94\n"), &info);
    CHECK(info.encoding == TextEncoding::Windows1252);
    CHECK(rows[1].at(1) == QString::fromUtf8("Jos\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cx\xE2\x80\x9D"));
    CHECK(isValidUtf8(QByteArrayLiteral("plain ascii")));
    CHECK_FALSE(isValidUtf8(QByteArrayLiteral("\xC0\xAF")));  // overlong
    CHECK_FALSE(isValidUtf8(QByteArrayLiteral("\xE2\x80"))); // truncated
}

TEST_CASE("XLSX written by openpyxl: shared strings and date cells", "[core][import]")
{
    auto rows = readXlsx(test::dataFile(QStringLiteral("import/employees_openpyxl.xlsx")));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].at(0) == QStringLiteral("nip_baru"));
    CHECK(rows[1].at(0) == QStringLiteral("197703152003122001"));
    CHECK(rows[1].at(2) == QStringLiteral("1977-03-15")); // DD/MM/YYYY date cell
    CHECK(rows[1].at(4) == QStringLiteral("2021-02-01"));
    CHECK(rows[2].at(7) == QStringLiteral("4")); // a plain number stays a number
}

TEST_CASE("XLSX with inline strings, custom date format and skipped cells", "[core][import]")
{
    QVector<int> numbers;
    auto rows = readXlsx(test::dataFile(QStringLiteral("import/assessments_inline.xlsx")), 0, &numbers);
    REQUIRE(rows.size() == 5);
    CHECK(numbers == QVector<int>{1, 2, 3, 4, 5});
    CHECK(rows[1].at(4) == QStringLiteral("2024-01-01"));
    CHECK(rows[1].at(6) == QStringLiteral("Tim & Mitra"));
    CHECK(rows[2].at(1).isEmpty()); // B3 was skipped: C3 stays in column 3
    CHECK(rows[2].at(2) == QStringLiteral("Integritas"));
    CHECK(XlsxReader::columnNumber(u"AA") == 27);
    CHECK(XlsxReader::serialToDate(45292) == QDate(2024, 1, 1));
    CHECK(XlsxReader::serialToDate(1, true) == QDate(1904, 1, 2));
}

TEST_CASE("A damaged XLSX is an error, not a crash", "[core][import]")
{
    QByteArray data;
    {
        QFile f(test::dataFile(QStringLiteral("import/employees_openpyxl.xlsx")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        data = f.readAll();
    }
    for (int cut : {10, 100, 1000, 3000}) {
        auto r = XlsxReader::openData(data.left(cut), QStringLiteral("cut.xlsx"));
        CHECK_FALSE(r.ok());
    }
    QByteArray flipped = data;
    for (int i = 200; i < flipped.size() - 200; i += 97)
        flipped[i] = char(flipped[i] ^ 0x5A);
    auto r = XlsxReader::openData(flipped, QStringLiteral("flipped.xlsx"));
    if (r.ok())
        (void)r->readSheet(0, [](int, const QStringList&) { return true; });
    SUCCEED("no crash on a damaged workbook");
}

TEST_CASE("An XLSX entry declaring a huge size is refused without allocating it (fuzz finding)", "[core][import]")
{
    QFile f(test::dataFile(QStringLiteral("import/employees_openpyxl.xlsx")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray data = f.readAll();
    // The central directory entry of the worksheet comes after its local header: patch its size.
    const qsizetype name = data.lastIndexOf("xl/worksheets/sheet1.xml");
    REQUIRE(name > 46);
    const qsizetype entry = name - 46;
    REQUIRE(data.mid(entry, 4) == QByteArrayLiteral("PK\x01\x02"));
    const quint32 huge = 0x3FFFFFF0;
    for (int i = 0; i < 4; ++i)
        data[entry + 24 + i] = char((huge >> (8 * i)) & 0xFF);
    auto reader = XlsxReader::openData(data, QStringLiteral("huge.xlsx"));
    REQUIRE(reader.ok());
    const Status s = reader->readSheet(0, [](int, const QStringList&) { return true; });
    REQUIRE_FALSE(s.ok());
    // Over the 256 MiB limit of an unpacked part: refused before inflating, naming the part.
    CHECK(s.error().message.contains(QStringLiteral("'xl/worksheets/sheet1.xml' unpacks to")));
    CHECK(s.error().file == QStringLiteral("huge.xlsx"));
}

TEST_CASE("Header aliases are case- and space-insensitive", "[core][import]")
{
    CHECK(HeaderMap::normalize(QStringLiteral(" Gol Akhir Nama ")) == HeaderMap::normalize(QStringLiteral("gol_akhir_nama")));
    HeaderMap map;
    map.build({QStringLiteral("NIP Baru"), QStringLiteral("X"), QStringLiteral("GOL-AKHIR-NAMA")},
              {{0, QStringLiteral("nip_baru"), {}}, {1, QStringLiteral("gol_akhir_nama"), {}}});
    CHECK(map.column(0) == 0);
    CHECK(map.column(1) == 2);
    CHECK(map.unknown() == QStringList{QStringLiteral("X")});
}

TEST_CASE("Import dates: spellings, serial numbers and dates that do not exist", "[core][import]")
{
    using namespace importvalues;
    QDate d;
    CHECK(parseDate(QStringLiteral("2024-03-31"), &d) == DateParse::Ok);
    CHECK(d == QDate(2024, 3, 31));
    CHECK(parseDate(QStringLiteral("31-03-2024"), &d) == DateParse::Ok);
    CHECK(parseDate(QStringLiteral("31/03/2024"), &d) == DateParse::Ok);
    CHECK(parseDate(QStringLiteral("31 Maret 2024"), &d) == DateParse::Ok);
    CHECK(d == QDate(2024, 3, 31));
    CHECK(parseDate(QStringLiteral("45292"), &d, CellKind::Number) == DateParse::Ok);
    CHECK(d == QDate(2024, 1, 1));
    CHECK(parseDate(QStringLiteral("31-02-2016"), &d) == DateParse::NoSuchDate);
    CHECK(parseDate(QStringLiteral("kemarin"), &d) == DateParse::Malformed);
}
