#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "check/DatabaseChecker.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

using namespace karsa;

namespace {
Employee sampleEmployee(const test::MiniOrg& org)
{
    Employee e;
    e.nip = QStringLiteral("198609262015051001");
    e.status = EmployeeStatus::Pns;
    e.frontTitle = QStringLiteral("Ir.");
    e.name = QStringLiteral("Budi Santoso");
    e.backTitle = QStringLiteral("M.T.");
    e.birthPlace = QStringLiteral("Surabaya");
    e.birthDate = QDate(1986, 9, 26);
    e.sex = Sex::Male;
    e.golongan = QStringLiteral("III/c");
    e.tmtGolongan = QDate(2023, 4, 1);
    e.education = QStringLiteral("S2");
    e.major = QStringLiteral("Teknik Sipil");
    e.positionId = org.positionId;
    e.unitId = org.unitId;
    e.tmtJabatan = QDate(2022, 1, 3);
    e.tmtCpns = QDate(2015, 5, 1);
    e.nik = QStringLiteral("3578012609860001");
    e.phone = QStringLiteral("081234567890");
    e.email = QStringLiteral("budi@surabaya.go.id");
    return e;
}
} // namespace

TEST_CASE("An employee round-trips through the repository with every field", "[core][storage]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    EmployeeRepository repo(db.db());
    const Employee in = sampleEmployee(org);
    auto id = repo.insert(in);
    REQUIRE(id.ok());
    auto out = repo.byNip(QStringLiteral("19860926 201505 1 001"));
    REQUIRE(out.ok());
    CHECK(out->id == id.value());
    CHECK(out->fullName() == QStringLiteral("Ir. Budi Santoso, M.T."));
    CHECK(out->birthDate == in.birthDate);
    CHECK(out->golongan == QStringLiteral("III/c"));
    CHECK(out->tmtGolongan == in.tmtGolongan);
    CHECK(out->education == QStringLiteral("S2"));
    CHECK(out->positionId == org.positionId);
    CHECK(out->unitId == org.unitId);
    CHECK(out->tmtCpns == in.tmtCpns);
    CHECK(out->nik == in.nik);
    CHECK(out->email == in.email);
    CHECK(out->rowVersion == 1);
}

TEST_CASE("An employee whose data contradicts the NIP is rejected with the field named", "[core][storage]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    EmployeeRepository repo(db.db());
    Employee e = sampleEmployee(org);
    SECTION("birth date")
    {
        e.birthDate = QDate(1986, 9, 27);
        auto r = repo.insert(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("birth_date"));
    }
    SECTION("sex")
    {
        e.sex = Sex::Female;
        auto r = repo.insert(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("sex"));
    }
    SECTION("golongan")
    {
        e.golongan = QStringLiteral("V/a");
        auto r = repo.insert(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("golongan"));
    }
    SECTION("PPPK golongan for a PNS")
    {
        e.golongan = QStringLiteral("IX");
        auto r = repo.insert(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("golongan"));
    }
    SECTION("bad NIP")
    {
        e.nip = QStringLiteral("198602302015051001");
        auto r = repo.insert(e);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("nip"));
        CHECK(r.error().message.contains(QStringLiteral("birth date")));
    }
    CHECK(repo.count().value() == 0);
}

TEST_CASE("A duplicate NIP is refused", "[core][storage]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    EmployeeRepository repo(db.db());
    REQUIRE(repo.insert(sampleEmployee(org)).ok());
    auto again = repo.insert(sampleEmployee(org));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("nip"));
    CHECK(repo.count().value() == 1);
}

TEST_CASE("Updates use optimistic locking on row_version", "[core][storage]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    EmployeeRepository repo(db.db());
    REQUIRE(repo.insert(sampleEmployee(org)).ok());
    Employee a = repo.byNip(QStringLiteral("198609262015051001")).value();
    Employee b = a;
    a.name = QStringLiteral("Budi Santoso Wijaya");
    REQUIRE(repo.update(a).ok());
    b.name = QStringLiteral("Budi S.");
    CHECK_FALSE(repo.update(b).ok()); // stale row_version
    CHECK(repo.byId(a.id).value().name == QStringLiteral("Budi Santoso Wijaya"));
    CHECK(repo.byId(a.id).value().rowVersion == 2);
}

TEST_CASE("Units, positions and standards round-trip", "[core][storage]")
{
    test::TempDatabase db;
    UnitRepository units(db.db());
    Unit parent;
    parent.code = QStringLiteral("DINKES");
    parent.name = QStringLiteral("Dinas Kesehatan");
    parent.kind = QStringLiteral("perangkat_daerah");
    const qint64 pid = units.insert(parent).value();
    Unit child;
    child.code = QStringLiteral("PKM-KETABANG");
    child.name = QStringLiteral("Puskesmas Ketabang");
    child.kind = QStringLiteral("puskesmas");
    child.parentId = pid;
    const qint64 cid = units.insert(child).value();
    auto all = units.all().value();
    CHECK(unitWithDescendants(all, pid) == QVector<qint64>{pid, cid});

    Unit cyc = units.byCode(QStringLiteral("DINKES")).value();
    cyc.parentId = cid;
    CHECK_FALSE(units.update(cyc).ok()); // a unit under its own sub-unit

    auto comps = CompetencyRepository(db.db()).all(false).value();
    Position p;
    p.code = QStringLiteral("DINKES-1");
    p.name = QStringLiteral("Kepala Dinas Kesehatan");
    p.jenjang = QStringLiteral("jpt_pratama");
    p.unitId = pid;
    p.kelasJabatan = 14;
    p.minGolongan = QStringLiteral("4a");
    p.minEducation = QStringLiteral("S2");
    p.isKey = true;
    p.standard = {{comps[0].id, 4, 1.0}, {comps[1].id, 3, 2.0}};
    PositionRepository positions(db.db());
    REQUIRE(positions.insert(p).ok());
    Position back = positions.byCode(QStringLiteral("DINKES-1")).value();
    CHECK(back.minGolongan == QStringLiteral("IV/a"));
    CHECK(back.isKey);
    REQUIRE(back.standard.size() == 2);
    CHECK(back.standard[1].weight == 2.0);

    Position bad = p;
    bad.code = QStringLiteral("DINKES-2");
    bad.jenjang = QStringLiteral("eselon_9");
    auto r = positions.insert(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("jenjang"));
}

TEST_CASE("Assessment history is kept and the latest validated assessment is current", "[core][storage]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    const qint64 emp = EmployeeRepository(db.db()).insert(sampleEmployee(org)).value();
    const qint64 comp = CompetencyRepository(db.db()).byCode(QStringLiteral("M.01")).value().id;
    AssessmentRepository repo(db.db());
    Assessment a;
    a.employeeId = emp;
    a.competencyId = comp;
    a.method = QStringLiteral("assessment_center");
    a.level = 2;
    a.assessedOn = QDate(2021, 3, 1);
    REQUIRE(repo.insert(a).ok());
    a.level = 3;
    a.assessedOn = QDate(2024, 3, 1);
    REQUIRE(repo.insert(a).ok());
    a.level = 5;
    a.assessedOn = QDate(2025, 3, 1);
    a.status = AssessmentStatus::NeedsValidation;
    const qint64 pending = repo.insert(a).value();

    CHECK(repo.history(emp).value().size() == 3);
    auto current = repo.current(emp).value();
    REQUIRE(current.size() == 1);
    CHECK(current[0].level == 3);

    REQUIRE(repo.setStatus(pending, repo.byId(pending)->rowVersion, AssessmentStatus::Validated).ok());
    CHECK(repo.current(emp).value()[0].level == 5);

    a.level = 6;
    auto bad = repo.insert(a);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("level"));
}

TEST_CASE("The checker is clean on consistent data and reports a position without a standard", "[core][check]")
{
    test::TempDatabase db;
    const auto org = test::makeMiniOrg(db.db());
    REQUIRE(EmployeeRepository(db.db()).insert(sampleEmployee(org)).ok());
    auto report = DatabaseChecker::run(db.db());
    REQUIRE(report.ok());
    CHECK(report->clean());
    CHECK(report->employeesChecked == 1);

    REQUIRE(PositionRepository(db.db()).setStandard(org.positionId, {}).ok());
    report = DatabaseChecker::run(db.db());
    REQUIRE(report.ok());
    REQUIRE(report->findings.size() == 1);
    CHECK(report->findings[0].check == QStringLiteral("positions"));
}
