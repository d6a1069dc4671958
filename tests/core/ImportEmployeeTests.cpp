// Employee import from SIASN files: preview counts, rejections, all-or-nothing, update diff, re-import.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Progress.h"
#include "import/EmployeeImporter.h"
#include "storage/EmployeeRepository.h"
#include "storage/ImportStore.h"
#include "storage/Sql.h"

#include <QDir>

using namespace karsa;

namespace {
qint64 count(QSqlDatabase db, const QString& table)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toLongLong();
}
QString file(const char* name)
{
    return test::dataFile(QStringLiteral("import/") + QLatin1String(name));
}
const Rejection* rejectionOnRow(const ImportPreview& p, int row)
{
    for (const Rejection& r : p.rejections)
        if (r.row == row)
            return &r;
    return nullptr;
}
} // namespace

TEST_CASE("Employee import: preview of a SIASN CSV with aliases, BOM, ';' and a quoted newline", "[core][import]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    EmployeeImporter importer(*db);
    auto p = importer.analyze(file("employees_good.csv"));
    REQUIRE(p.ok());
    CHECK(p->format.contains(QStringLiteral("UTF-8 (BOM)")));
    CHECK(p->dataRows == 3);
    CHECK(p->added == 3);
    CHECK(p->updated == 0);
    CHECK(p->rejectedRows == 0);
    CHECK(p->unknownColumns == QStringList{QStringLiteral("Catatan Internal")});
    // Existing unit matched case/space-insensitively; one new unit and two new positions.
    int units = 0, positions = 0;
    for (const MissingReference& m : p->missing)
        (m.kind == MissingReference::Unit ? units : positions)++;
    CHECK(units == 1);
    CHECK(positions == 2);
    CHECK(count(db.db(), QStringLiteral("employees")) == 0); // analyze writes nothing

    REQUIRE(importer.apply().ok());
    CHECK(count(db.db(), QStringLiteral("employees")) == 3);
    CHECK(count(db.db(), QStringLiteral("units")) == 2);
    CHECK(count(db.db(), QStringLiteral("import_batches")) == 1);
    CHECK(QFileInfo::exists(importer.lastBackupPath()));
    auto rudi = EmployeeRepository(db.db()).byNip(QStringLiteral("198512312010121003"));
    REQUIRE(rudi.ok());
    CHECK(rudi->address == QStringLiteral("Jl. Raya \"Darmo\" 5\r\nSurabaya"));
    CHECK(rudi->golongan == QStringLiteral("IV/a"));
    CHECK(rudi->education == QStringLiteral("S1"));
    CHECK(rudi->tmtGolongan == QDate(2018, 10, 1));
    auto siti = EmployeeRepository(db.db()).byNip(QStringLiteral("199001022015052002"));
    CHECK(siti->frontTitle == QStringLiteral("dr."));
    CHECK(siti->unitId == org.unitId);
    CHECK(siti->positionId != org.positionId); // "Pengolah Data" was created in Unit U1
    auto budi = EmployeeRepository(db.db()).byNip(QStringLiteral("198609262015051001"));
    CHECK(budi->positionId == org.positionId);
}

TEST_CASE("Employee import: rejected rows say row, column and reason, and nothing is written", "[core][import]")
{
    test::TempDatabase db;
    EmployeeImporter importer(*db);
    auto p = importer.analyze(file("employees_bad.csv"));
    REQUIRE(p.ok());
    CHECK(p->dataRows == 7);
    CHECK(p->rejectedRows == 5);
    CHECK(p->added == 2);
    const Rejection* r = rejectionOnRow(p.value(), 2);
    REQUIRE(r);
    CHECK(r->column == 1);
    CHECK(r->columnName == QStringLiteral("nip_baru"));
    CHECK(r->reason.contains(QStringLiteral("birth date")));
    r = rejectionOnRow(p.value(), 3);
    REQUIRE(r);
    CHECK(r->column == 4);
    CHECK(r->reason == QStringLiteral("'V/a' is not a known golongan"));
    r = rejectionOnRow(p.value(), 4);
    REQUIRE(r);
    CHECK(r->column == 5);
    CHECK(r->reason == QStringLiteral("The date '31-02-2016' does not exist"));
    r = rejectionOnRow(p.value(), 6);
    REQUIRE(r);
    CHECK(r->reason == QStringLiteral("Duplicate NIP in the file (also on row 5)"));
    r = rejectionOnRow(p.value(), 7);
    REQUIRE(r);
    CHECK(r->column == 6);
    CHECK(r->reason == QStringLiteral("The sex differs from digit 15 of the NIP"));
    CHECK(r->describe() == QStringLiteral("row 7, column 6 (jenis_kelamin): The sex differs from digit 15 of the NIP"));

    auto applied = importer.apply();
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.error().message.contains(QStringLiteral("nothing was imported")));
    CHECK(count(db.db(), QStringLiteral("employees")) == 0);
    CHECK(count(db.db(), QStringLiteral("import_batches")) == 0);
}

TEST_CASE("Employee import: Windows-1252 file is converted", "[core][import]")
{
    test::TempDatabase db;
    EmployeeImporter importer(*db);
    auto p = importer.analyze(file("employees_cp1252.csv"));
    REQUIRE(p.ok());
    CHECK(p->format.contains(QStringLiteral("Windows-1252")));
    REQUIRE(importer.apply().ok());
    auto e = EmployeeRepository(db.db()).byNip(QStringLiteral("197703152003122001"));
    REQUIRE(e.ok());
    CHECK(e->name == QString::fromUtf8("Andr\xC3\xA9s P\xC3\xA9rez"));
    CHECK(e->address == QString::fromUtf8("Jl. Ngagel \xE2\x80\x93 Blok \xE2\x80\x98" "A\xE2\x80\x99"));
    CHECK(e->sex == Sex::Female);
}

TEST_CASE("Employee import: XLSX written by another program", "[core][import]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    EmployeeImporter importer(*db);
    auto p = importer.analyze(file("employees_openpyxl.xlsx"));
    REQUIRE(p.ok());
    CHECK(p->added == 2);
    CHECK(p->rejectedRows == 0);
    CHECK(p->missing.isEmpty());
    CHECK(p->unknownColumns.isEmpty()); // mk_tahun is a known SIASN column, not imported
    REQUIRE(importer.apply().ok());
    auto e = EmployeeRepository(db.db()).byNip(QStringLiteral("199205172019031002"));
    REQUIRE(e.ok());
    CHECK(e->tmtJabatan == QDate(2022, 7, 1));
    CHECK(e->positionId == org.positionId);
}

TEST_CASE("Employee import: update diff field by field, then an idempotent re-import", "[core][import]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db());
    {
        EmployeeImporter first(*db);
        REQUIRE(first.analyze(file("employees_good.csv")).ok());
        REQUIRE(first.apply().ok());
    }
    EmployeeImporter importer(*db);
    auto p = importer.analyze(file("employees_update.csv"));
    REQUIRE(p.ok());
    CHECK(p->added == 0);
    CHECK(p->updated == 2);
    CHECK(p->unchanged == 1);
    QVector<FieldChange> budi, rudi;
    for (const PreviewEntry& e : p->entries) {
        if (e.outcome == RowOutcome::Update && e.row == 2)
            budi = e.changes;
        if (e.outcome == RowOutcome::Update && e.row == 4)
            rudi = e.changes;
    }
    REQUIRE(budi.size() == 1);
    CHECK(budi[0].field == QStringLiteral("Golongan"));
    CHECK(budi[0].oldValue == QStringLiteral("III/b"));
    CHECK(budi[0].newValue == QStringLiteral("III/c"));
    REQUIRE(rudi.size() == 1);
    CHECK(rudi[0].field == QStringLiteral("Address"));
    CHECK(rudi[0].newValue == QStringLiteral("Jl. Mayjen Sungkono 1"));
    REQUIRE(importer.apply().ok());
    CHECK(EmployeeRepository(db.db()).byNip(QStringLiteral("198609262015051001"))->golongan == QStringLiteral("III/c"));

    EmployeeImporter again(*db);
    auto q = again.analyze(file("employees_update.csv"));
    REQUIRE(q.ok());
    CHECK(q->added == 0);
    CHECK(q->updated == 0);
    CHECK(q->unchanged == 3);
    auto g = again.analyze(file("employees_good.csv"));
    REQUIRE(g.ok());
    CHECK(g->updated == 2); // the good file now differs again in golongan and address
}

TEST_CASE("Employee import: cancelling the apply changes nothing", "[core][import]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db());
    EmployeeImporter importer(*db);
    REQUIRE(importer.analyze(file("employees_good.csv")).ok());
    Progress progress;
    progress.cancel();
    auto s = importer.apply(&progress);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == Importer::cancelledMessage());
    CHECK(count(db.db(), QStringLiteral("employees")) == 0);
    CHECK(count(db.db(), QStringLiteral("units")) == 1);
    CHECK(count(db.db(), QStringLiteral("positions")) == 1);
}

TEST_CASE("Employee import: a missing unit mapped to an existing one is not created", "[core][import]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    EmployeeImporter importer(*db);
    auto p = importer.analyze(file("employees_good.csv"));
    REQUIRE(p.ok());
    QString unitKey;
    for (const MissingReference& m : p->missing)
        if (m.kind == MissingReference::Unit)
            unitKey = m.key;
    REQUIRE_FALSE(unitKey.isEmpty());
    importer.mapReference(MissingReference::Unit, unitKey, org.unitId);
    auto again = importer.analyze(file("employees_good.csv"));
    REQUIRE(again.ok());
    for (const MissingReference& m : again->missing)
        CHECK(m.kind == MissingReference::Position);
    REQUIRE(importer.apply().ok());
    CHECK(count(db.db(), QStringLiteral("units")) == 1);
    CHECK(EmployeeRepository(db.db()).byNip(QStringLiteral("198512312010121003"))->unitId == org.unitId);
}

TEST_CASE("Employee import: a file without the NIP column is refused as a whole", "[core][import]")
{
    test::TempDatabase db;
    EmployeeImporter importer(*db);
    auto p = importer.analyze(file("assessments_update.csv"));
    // assessments_update.csv has "nip" (an alias) but no name column
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().message.contains(QStringLiteral("nama")));
    CHECK(EmployeeImporter::guessJenjang(QStringLiteral("Analis SDM Aparatur Ahli Muda")) == QStringLiteral("ahli_muda"));
    CHECK(EmployeeImporter::guessJenjang(QStringLiteral("Kepala Seksi Pelayanan")) == QStringLiteral("pengawas"));
    CHECK(EmployeeImporter::educationCode(QStringLiteral("S-1/Sarjana")) == QStringLiteral("S1"));
    CHECK(EmployeeImporter::educationCode(QStringLiteral("D-III")) == QStringLiteral("D3"));
    CHECK(EmployeeImporter::educationCode(QStringLiteral("SLTA")) == QStringLiteral("SMA"));
}
