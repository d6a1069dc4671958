#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"

using namespace karsa;

TEST_CASE("An assessment can be corrected by id and the current level follows", "[core][storage]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    Employee e;
    e.nip = QStringLiteral("199001012019031001");
    e.name = QStringLiteral("Rudi Hartono");
    e.birthDate = QDate(1990, 1, 1);
    e.golongan = QStringLiteral("III/a");
    e.education = QStringLiteral("S1");
    e.positionId = org.positionId;
    e.unitId = org.unitId;
    const auto emp = EmployeeRepository(db.db()).insert(e);
    REQUIRE(emp.ok());
    const qint64 comp = CompetencyRepository(db.db()).byCode(QStringLiteral("M.01")).value().id;
    AssessmentRepository repo(db.db());
    Assessment a;
    a.employeeId = emp.value();
    a.competencyId = comp;
    a.level = 2;
    a.assessedOn = QDate(2024, 5, 1);
    a.method = QStringLiteral("self");
    a.id = repo.insert(a).value();

    Assessment fixed = repo.byId(a.id).value();
    CHECK(fixed.level == 2);
    fixed.level = 4;
    fixed.assessedOn = QDate(2024, 6, 2);
    fixed.method = QStringLiteral("assessment_center");
    fixed.assessor = QStringLiteral("UPT Assessment Center");
    REQUIRE(repo.update(fixed).ok());
    const Assessment back = repo.byId(a.id).value();
    CHECK(back.level == 4);
    CHECK(back.assessedOn == QDate(2024, 6, 2));
    CHECK(back.method == QStringLiteral("assessment_center"));
    CHECK(back.assessor == QStringLiteral("UPT Assessment Center"));
    CHECK(repo.current(emp.value()).value().at(0).level == 4);

    fixed.level = 9;
    const Status bad = repo.update(fixed);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("level"));
    CHECK(repo.byId(a.id).value().level == 4);

    REQUIRE(repo.remove(a.id).ok());
    CHECK_FALSE(repo.update(back).ok());
    CHECK_FALSE(repo.byId(a.id).ok());
}
