// Input that used to slip through an import is refused with file, row, column and reason, and the
// database is left as it was. Each case builds its own small fixture (CSV bytes or an XLSX made by
// XlsxFixture.h) and goes through Importer::create(...)->analyze()/apply(), as karsa-cli import does.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "XlsxFixture.h"
#include "import/Importer.h"
#include "io/InputLimits.h"
#include "io/XlsxReader.h"
#include "storage/EmployeeRepository.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>

using namespace karsa;

namespace {

qint64 count(QSqlDatabase db, const QString& table)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toLongLong();
}

// A database holding the three employees of employees_good.csv (one import batch).
struct SeededDatabase
{
    SeededDatabase()
    {
        test::makeMiniOrg(db.db());
        auto importer = Importer::create(ImportKind::Employees, *db);
        importer->setBackupBeforeApply(false);
        auto p = importer->analyze(test::dataFile(QStringLiteral("import/employees_good.csv")));
        if (!p || !importer->apply())
            throw std::runtime_error("seeding the test database failed");
    }
    // Nothing of a refused import reached the database.
    void checkUnchanged()
    {
        CHECK(count(db.db(), QStringLiteral("employees")) == 3);
        CHECK(count(db.db(), QStringLiteral("import_batches")) == 1);
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = QDir(db.dir()).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            throw std::runtime_error("cannot write the fixture");
        return path;
    }
    test::TempDatabase db;
};

struct Attempt
{
    bool analyzed = false; // analyze() read the file (its rows may still be rejected)
    Error error;           // why the import was refused
    QVector<Rejection> rejections;
};

// What karsa-cli import does: analyze, then apply; either step may refuse.
Attempt attemptImport(Database& db, const QString& path, ImportKind kind = ImportKind::Employees)
{
    Attempt a;
    auto importer = Importer::create(kind, db);
    importer->setBackupBeforeApply(false);
    auto p = importer->analyze(path);
    if (!p) {
        a.error = p.error();
        return a;
    }
    a.analyzed = true;
    a.rejections = p->rejections;
    const Status s = importer->apply();
    REQUIRE_FALSE(s.ok());
    a.error = s.error();
    return a;
}

QString bytesLimit(qsizetype limit)
{
    return QStringLiteral("%L1").arg(limit);
}

} // namespace

TEST_CASE("Import refuses invalid UTF-8 after a BOM, naming row, column and byte", "[core][import][refusal]")
{
    SeededDatabase s;
    const QString path =
        s.write(QStringLiteral("bom.csv"), QByteArrayLiteral("\xEF\xBB\xBFnip_baru,nama,alamat\r\n"
                                                             "197703152003122001,Andr\xC3\xA9s,Jl. A\r\n"
                                                             "196801011990031005,M\xFCller,Jl. B\r\n"));
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.file == QStringLiteral("bom.csv"));
    CHECK(a.error.row == 3);
    CHECK(a.error.column == 2);
    CHECK(a.error.message ==
          QStringLiteral("The file is UTF-8 but has a byte that is not valid UTF-8 (0xFC on line 3); "
                         "save it again as UTF-8"));
    CHECK(a.error.describe().startsWith(QStringLiteral("bom.csv, row 3, column 2: ")));
    s.checkUnchanged();
}

TEST_CASE("Import refuses a mostly-UTF-8 file without BOM that holds an invalid byte", "[core][import][refusal]")
{
    SeededDatabase s;
    const QString path = s.write(QStringLiteral("mixed.csv"), QByteArrayLiteral("nip_baru,nama\n"
                                                                                "197703152003122001,Andr\xC3\xA9s\n"
                                                                                "196801011990031005,Jos\xC3\xA9\n"
                                                                                "196801011990031006,\"M\xFCller\"\n"));
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.row == 4);
    CHECK(a.error.column == 2);
    CHECK(a.error.message.contains(QStringLiteral("not valid UTF-8 (0xFC on line 4)")));
    s.checkUnchanged();
}

TEST_CASE("Import refuses double-encoded UTF-8 text", "[core][import][refusal]")
{
    SeededDatabase s;
    const QString path =
        s.write(QStringLiteral("twice.csv"), QByteArrayLiteral("nip_baru;nama;alamat\n"
                                                               "197703152003122001;Andi;Jl. A\n"
                                                               "196801011990031005;M\xC3\x83\xC2\xBCller;Jl. B\n"));
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.row == 3);
    CHECK(a.error.column == 2);
    CHECK(a.error.message.startsWith(QString::fromUtf8("The text looks double-encoded: '\xC3\x83\xC2\xBC' stands for "
                                                       "'\xC3\xBC' (line 3).")));
    s.checkUnchanged();
}

TEST_CASE("A genuine Windows-1252 file (high bytes, no UTF-8 sequence) still imports", "[core][import][refusal]")
{
    SeededDatabase s;
    const QString path = s.write(QStringLiteral("cp1252.csv"), QByteArrayLiteral("nip_baru;nama;alamat\n"
                                                                                 "197703152003122001;M\xFCller;Jl. \x93"
                                                                                 "A\x94\n"));
    auto importer = Importer::create(ImportKind::Employees, *s.db);
    importer->setBackupBeforeApply(false);
    auto p = importer->analyze(path);
    REQUIRE(p.ok());
    CHECK(p->format.contains(QStringLiteral("Windows-1252")));
    REQUIRE(importer->apply().ok());
    CHECK(EmployeeRepository(s.db.db()).byNip(QStringLiteral("197703152003122001"))->name ==
          QString::fromUtf8("M\xC3\xBCller"));
}

TEST_CASE("Import refuses a CSV quote that is never closed, at the row where it opened", "[core][import][refusal]")
{
    SeededDatabase s;
    const QString path = s.write(QStringLiteral("open.csv"), QByteArrayLiteral("nip_baru,nama,alamat\n"
                                                                               "197703152003122001,Ani,\"Jl. A\n"
                                                                               "196801011990031005,Budi,Jl. B\n"
                                                                               "196801011990031006,Cici,Jl. C\n"));
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.file == QStringLiteral("open.csv"));
    CHECK(a.error.row == 2);
    CHECK(a.error.column == 3);
    CHECK(a.error.message ==
          QStringLiteral("The quote that opens this field on line 2 is never closed; the rest of the "
                         "file would be read as one field"));
    s.checkUnchanged();
}

TEST_CASE("Import refuses a CSV quote that closes before its field ends (rows would be swallowed)",
          "[core][import][refusal]")
{
    SeededDatabase s;
    // Row 2 opens a quote that is meant literally; libcsv would run on to the quote on line 4.
    const QString path =
        s.write(QStringLiteral("swallow.csv"), QByteArrayLiteral("nip_baru,nama,alamat\r\n"
                                                                 "197703152003122001,\"Ani,Jl. A\r\n"
                                                                 "196801011990031005,Budi,Jl. B\r\n"
                                                                 "196801011990031006,\"Cici\" X,Jl. C\r\n"));
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.row == 2);
    CHECK(a.error.column == 2);
    CHECK(a.error.message.startsWith(QStringLiteral("The quote that opens this field on line 2 closes before the field "
                                                    "ends (text follows it on line 4)")));
    s.checkUnchanged();
}

TEST_CASE("Import refuses a NUL byte in a CSV with row and column", "[core][import][refusal]")
{
    SeededDatabase s;
    static const char raw[] = "nip_baru,nama\n197703152003122001,An\0i\n";
    const QString path = s.write(QStringLiteral("nul.csv"), QByteArray(raw, sizeof(raw) - 1));
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.row == 2);
    CHECK(a.error.column == 2);
    CHECK(a.error.message.startsWith(QStringLiteral("The file contains a NUL byte (line 2)")));
    s.checkUnchanged();
}

TEST_CASE("Import refuses a NUL character in an XLSX cell with row and column", "[core][import][refusal]")
{
    SeededDatabase s;
    const QByteArray sheet = test::sheetXml(
        {{QStringLiteral("nip_baru"), QStringLiteral("nama")},
         {QStringLiteral("197703152003122001"), QStringLiteral("raw:<c r=\"B2\" "
                                                               "t=\"inlineStr\"><is><t>A&#0;ni</t></is></c>")}});
    const QString path = s.write(QStringLiteral("nul.xlsx"), test::xlsxWorkbook(sheet));
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.file == QStringLiteral("nul.xlsx"));
    CHECK(a.error.row == 2);
    CHECK(a.error.column == 2);
    CHECK(a.error.message.startsWith(QStringLiteral("The cell cannot be read: ")));
    s.checkUnchanged();
}

TEST_CASE("Import: text like 2023 or 12 in a CSV date column is not an Excel serial number", "[core][import][refusal]")
{
    SeededDatabase s;
    const QString path =
        s.write(QStringLiteral("dates.csv"), QByteArrayLiteral("nip_baru,nama,tmt_jabatan,tmt_golongan\n"
                                                               "197703152003122001,Ani,2023,12\n"));
    const Attempt a = attemptImport(*s.db, path);
    REQUIRE(a.analyzed);
    REQUIRE(a.rejections.size() == 2); // tmt_golongan is checked before tmt_jabatan
    CHECK(a.rejections[0].row == 2);
    CHECK(a.rejections[0].column == 4);
    CHECK(a.rejections[0].value == QStringLiteral("12"));
    CHECK(a.rejections[1].row == 2);
    CHECK(a.rejections[1].column == 3);
    CHECK(a.rejections[1].columnName == QStringLiteral("tmt_jabatan"));
    CHECK(a.rejections[1].reason ==
          QStringLiteral("'2023' is not a date: a number is read as an Excel date only from a "
                         "numeric date cell (use YYYY-MM-DD or DD-MM-YYYY)"));
    CHECK(a.error.message.contains(QStringLiteral("nothing was imported")));
    s.checkUnchanged();
}

TEST_CASE("Import: only a numeric XLSX cell in a date column is a serial number, text cells are refused",
          "[core][import][refusal]")
{
    SeededDatabase s;
    // Row 2: a shared-string "45292"; row 3: an inline string "45292"; row 4: a number cell 45292.
    const QByteArray sheet =
        test::sheetXml({{QStringLiteral("nip_baru"), QStringLiteral("nama"), QStringLiteral("tmt_jabatan")},
                        {QStringLiteral("197703152003122001"), QStringLiteral("Ani"), QStringLiteral("s:0")},
                        {QStringLiteral("198609262015051001"), QStringLiteral("Budi"), QStringLiteral("45292")},
                        {QStringLiteral("199205172019031002"), QStringLiteral("Cici"), QStringLiteral("n:45292")}});
    const QString path = s.write(QStringLiteral("dates.xlsx"),
                                 test::xlsxWorkbook(sheet, test::sharedStringsXml({QStringLiteral("45292")})));
    const Attempt a = attemptImport(*s.db, path);
    REQUIRE(a.analyzed);
    REQUIRE(a.rejections.size() == 2);
    CHECK(a.rejections[0].row == 2);
    CHECK(a.rejections[0].column == 3);
    CHECK(a.rejections[0].reason.startsWith(QStringLiteral("'45292' is not a date")));
    CHECK(a.rejections[1].row == 3);
    CHECK(a.rejections[1].column == 3);
    s.checkUnchanged();

    // The numeric cell alone imports as 2024-01-01.
    const QByteArray good =
        test::sheetXml({{QStringLiteral("nip_baru"), QStringLiteral("nama"), QStringLiteral("tmt_jabatan")},
                        {QStringLiteral("199205172019031002"), QStringLiteral("Cici"), QStringLiteral("n:45292")}});
    auto importer = Importer::create(ImportKind::Employees, *s.db);
    importer->setBackupBeforeApply(false);
    auto p = importer->analyze(s.write(QStringLiteral("numeric.xlsx"), test::xlsxWorkbook(good)));
    REQUIRE(p.ok());
    CHECK(p->rejectedRows == 0);
    REQUIRE(importer->apply().ok());
    CHECK(EmployeeRepository(s.db.db()).byNip(QStringLiteral("199205172019031002"))->tmtJabatan == QDate(2024, 1, 1));
}

TEST_CASE("Import rejects a name longer than the field limit, with a shortened value", "[core][import][refusal]")
{
    SeededDatabase s;
    const QByteArray longName(limits::kNameLength + 1, 'A');
    const QString path =
        s.write(QStringLiteral("long.csv"), "nip_baru,nama,alamat\n197703152003122001," + longName + ",Jl. A\n");
    const Attempt a = attemptImport(*s.db, path);
    REQUIRE(a.analyzed);
    REQUIRE(a.rejections.size() == 1);
    CHECK(a.rejections[0].row == 2);
    CHECK(a.rejections[0].column == 2);
    CHECK(a.rejections[0].columnName == QStringLiteral("nama"));
    CHECK(a.rejections[0].reason == QStringLiteral("The value is %L1 characters long; this column takes at most %L2")
                                        .arg(limits::kNameLength + 1)
                                        .arg(limits::kNameLength));
    CHECK(a.rejections[0].value.size() == 41);
    s.checkUnchanged();
}

TEST_CASE("The CSV reader refuses a field over its hard limit before buffering it", "[core][import][refusal]")
{
    SeededDatabase s;
    const QByteArray huge(limits::kMaxFieldBytes + 1, 'x');
    const QString path =
        s.write(QStringLiteral("huge.csv"), "nip_baru,nama,alamat\n197703152003122001,Ani,\"" + huge + "\"\n");
    const Attempt a = attemptImport(*s.db, path);
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.row == 2);
    CHECK(a.error.column == 3);
    CHECK(a.error.message ==
          QStringLiteral("The field is longer than %1 bytes (line 2)").arg(bytesLimit(limits::kMaxFieldBytes)));
    s.checkUnchanged();
}

TEST_CASE("XLSX: a cell longer than the reader's limit is refused with row and column", "[core][import][refusal]")
{
    SeededDatabase s;
    const QString huge(limits::kMaxFieldBytes + 1, u'x');
    const QByteArray sheet = test::sheetXml(
        {{QStringLiteral("nip_baru"), QStringLiteral("nama")}, {QStringLiteral("197703152003122001"), huge}});
    const Attempt a = attemptImport(*s.db, s.write(QStringLiteral("cell.xlsx"), test::xlsxWorkbook(sheet)));
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.row == 2);
    CHECK(a.error.column == 2);
    CHECK(a.error.message ==
          QStringLiteral("The cell is longer than %1 characters").arg(bytesLimit(limits::kMaxFieldBytes)));
    s.checkUnchanged();
}

TEST_CASE("XLSX: a part unpacking far beyond its packed size is refused before inflating (zip bomb)",
          "[core][import][refusal]")
{
    SeededDatabase s;
    QByteArray sheet = test::sheetXml({{QStringLiteral("nip_baru"), QStringLiteral("nama")}});
    sheet.insert(sheet.indexOf("</sheetData>"), QByteArray(32 << 20, ' ')); // 32 MiB of spaces: ~1000:1
    const Attempt a = attemptImport(*s.db, s.write(QStringLiteral("bomb.xlsx"), test::xlsxWorkbook(sheet)));
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.file == QStringLiteral("bomb.xlsx"));
    CHECK(a.error.message.startsWith(QStringLiteral("The workbook part 'xl/worksheets/sheet1.xml' unpacks ")));
    CHECK(a.error.message.contains(
        QStringLiteral("times its packed size (more than %1 times)").arg(limits::kMaxCompressionRatio)));
    s.checkUnchanged();
}

TEST_CASE("XLSX: inflating stops at the size the entry declares", "[core][import][refusal]")
{
    SeededDatabase s;
    QByteArray data =
        test::xlsxWorkbook(test::sheetXml({{QStringLiteral("nip_baru"), QStringLiteral("nama")},
                                           {QStringLiteral("197703152003122001"), QStringLiteral("Ani")}}));
    // Declare 100 bytes for the worksheet in the central directory; it really holds more.
    const qsizetype name = data.lastIndexOf("xl/worksheets/sheet1.xml");
    const qsizetype entry = name - 46;
    REQUIRE(data.mid(entry, 4) == QByteArrayLiteral("PK\x01\x02"));
    data[entry + 24] = char(100);
    data[entry + 25] = data[entry + 26] = data[entry + 27] = 0;
    const Attempt a = attemptImport(*s.db, s.write(QStringLiteral("short.xlsx"), data));
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.message ==
          QStringLiteral("The workbook part 'xl/worksheets/sheet1.xml' holds more data than its header "
                         "declares; the file is damaged"));
    s.checkUnchanged();
}

TEST_CASE("XLSX: more shared strings than the limit are refused while reading them", "[core][import][refusal]")
{
    SeededDatabase s;
    QByteArray strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    strings.reserve(qsizetype(limits::kMaxSharedStrings) * 16);
    for (qsizetype i = 0; i <= limits::kMaxSharedStrings; ++i)
        strings += "<si><t>" + QByteArray::number(i) + "</t></si>";
    strings += "</sst>";
    const QByteArray sheet = test::sheetXml({{QStringLiteral("nip_baru"), QStringLiteral("nama")}});
    const Attempt a = attemptImport(*s.db, s.write(QStringLiteral("strings.xlsx"), test::xlsxWorkbook(sheet, strings)));
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.file == QStringLiteral("strings.xlsx"));
    CHECK(a.error.message ==
          QStringLiteral("The shared strings of the workbook (xl/sharedStrings.xml) exceed the limit of "
                         "%1 strings")
              .arg(bytesLimit(limits::kMaxSharedStrings)));
    s.checkUnchanged();
}

TEST_CASE("XLSX: a row beyond the worksheet limit is refused", "[core][import][refusal]")
{
    SeededDatabase s;
    const QByteArray sheet =
        test::sheetXml({{QStringLiteral("nip_baru"), QStringLiteral("nama")}})
            .replace("</sheetData>", QByteArrayLiteral("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c>"
                                                       "</row></sheetData>"));
    const Attempt a = attemptImport(*s.db, s.write(QStringLiteral("rows.xlsx"), test::xlsxWorkbook(sheet)));
    CHECK_FALSE(a.analyzed);
    CHECK(a.error.message ==
          QStringLiteral("The worksheet has more than %1 rows").arg(bytesLimit(limits::kMaxSheetRows)));
    s.checkUnchanged();
}
