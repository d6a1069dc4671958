// Assessment-centre results and standards (dictionary + SKJ) imports.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "import/AssessmentImporter.h"
#include "import/EmployeeImporter.h"
#include "import/StandardsImporter.h"
#include "storage/CompetencyRepository.h"
#include "storage/PositionRepository.h"
#include "storage/Sql.h"

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
void importEmployees(Database& db)
{
    test::makeMiniOrg(db.db());
    EmployeeImporter e(db);
    REQUIRE(e.analyze(file("employees_good.csv")).ok());
    REQUIRE(e.apply().ok());
}
} // namespace

TEST_CASE("Assessment import: codes or names, date spellings, update of a level, re-import", "[core][import]")
{
    test::TempDatabase db;
    importEmployees(*db);
    AssessmentImporter importer(*db);
    auto p = importer.analyze(file("assessments.csv"));
    REQUIRE(p.ok());
    CHECK(p->added == 3);
    CHECK(p->rejectedRows == 0);
    REQUIRE(importer.apply().ok());
    CHECK(count(db.db(), QStringLiteral("assessments")) == 3);
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM assessments WHERE assessed_on = '2024-01-15' AND "
                                              "method = 'assessment_center'"))
              .value()
              .toInt() == 3);

    AssessmentImporter update(*db);
    auto u = update.analyze(file("assessments_update.csv"));
    REQUIRE(u.ok());
    CHECK(u->updated == 1);
    CHECK(u->unchanged == 1);
    const PreviewEntry* changed = nullptr;
    for (const PreviewEntry& e : u->entries)
        if (e.outcome == RowOutcome::Update)
            changed = &e;
    REQUIRE(changed);
    REQUIRE(changed->changes.size() == 1);
    CHECK(changed->changes[0].field == QStringLiteral("Level"));
    CHECK(changed->changes[0].oldValue == QStringLiteral("3"));
    CHECK(changed->changes[0].newValue == QStringLiteral("4"));
    REQUIRE(update.apply().ok());
    CHECK(count(db.db(), QStringLiteral("assessments")) == 3);
    auto again = AssessmentImporter(*db).analyze(file("assessments_update.csv"));
    REQUIRE(again.ok());
    CHECK(again->unchanged == 2);
    CHECK(again->updated + again->added == 0);
}

TEST_CASE("Assessment import from XLSX with inline strings rejects unknown competency and bad level", "[core][import]")
{
    test::TempDatabase db;
    importEmployees(*db);
    AssessmentImporter importer(*db);
    auto p = importer.analyze(file("assessments_inline.xlsx"));
    REQUIRE(p.ok());
    CHECK(p->dataRows == 4);
    CHECK(p->added == 2);
    CHECK(p->rejectedRows == 2);
    REQUIRE(p->rejections.size() == 2);
    CHECK(p->rejections[0].describe() == QStringLiteral("row 4, column 2 (kode_kompetensi): 'M.99' is not a competency of the dictionary"));
    CHECK(p->rejections[1].describe() == QStringLiteral("row 5, column 4 (level): The level must be a whole number from 1 to 5"));
    REQUIRE_FALSE(importer.apply().ok());
    CHECK(count(db.db(), QStringLiteral("assessments")) == 0);
}

TEST_CASE("Assessment import: unknown NIP is rejected", "[core][import]")
{
    test::TempDatabase db; // no employees
    AssessmentImporter importer(*db);
    auto p = importer.analyze(file("assessments.csv"));
    REQUIRE(p.ok());
    CHECK(p->rejectedRows == 3);
    CHECK(p->rejections[0].reason.startsWith(QStringLiteral("No employee with NIP 19860926 201505 1 001")));
}

TEST_CASE("Standards import: dictionary and SKJ sheets of one workbook", "[core][import]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    StandardsImporter importer(*db);
    auto p = importer.analyze(file("standards.xlsx"));
    REQUIRE(p.ok());
    CHECK(p->notes.size() == 2);
    CHECK(p->rejectedRows == 0);
    // Kamus: T.SDM.01 added, M.01 unchanged; SKJ: M.01 2->3 update, T.SDM.01 added, Kerjasama unchanged.
    CHECK(p->added == 2);
    CHECK(p->updated == 1);
    CHECK(p->unchanged == 2);
    REQUIRE(importer.apply().ok());
    auto tsdm = CompetencyRepository(db.db()).byCode(QStringLiteral("T.SDM.01"));
    REQUIRE(tsdm.ok());
    CHECK(tsdm->type == CompetencyType::Teknis);
    CHECK(tsdm->levels.size() == 5);
    auto position = PositionRepository(db.db()).byCode(QStringLiteral("U1-P1"));
    REQUIRE(position.ok());
    const qint64 m01 = CompetencyRepository(db.db()).byCode(QStringLiteral("M.01"))->id;
    int levelM01 = 0;
    double weightT = 0;
    for (const StandardItem& s : position->standard) {
        if (s.competencyId == m01)
            levelM01 = s.requiredLevel;
        if (s.competencyId == tsdm->id)
            weightT = s.weight;
    }
    CHECK(levelM01 == 3);
    CHECK(weightT == Approx(1.5));
    CHECK(position->standard.size() == 10); // 9 defaults + the new technical one
    auto again = StandardsImporter(*db).analyze(file("standards.xlsx"));
    REQUIRE(again.ok());
    CHECK(again->unchanged == 5);
    (void)org;
}

TEST_CASE("Standards import: unknown position and bad level are rejected", "[core][import]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db());
    StandardsImporter importer(*db);
    auto p = importer.analyze(file("standards_bad.csv"));
    REQUIRE(p.ok());
    CHECK(p->rejectedRows == 2);
    CHECK(p->rejections[0].reason == QStringLiteral("No position 'X-99'; import the employees or add the position first"));
    CHECK(p->rejections[1].column == 3);
}
