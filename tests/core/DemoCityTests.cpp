// The deterministic demo city (core/demo): determinism, domain invariants, refusal, cancellation.
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "demo/DemoCityGenerator.h"
#include "demo/DemoNames.h"
#include "refdata/ReferenceCatalog.h"
#include "storage/AssessmentRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace karsa;

namespace {

const QDate kToday(2026, 11, 29);

DemoOptions options(int employees, quint64 seed = 20261129)
{
    DemoOptions o;
    o.employees = employees;
    o.seed = seed;
    o.today = kToday;
    return o;
}

qint64 count(QSqlDatabase db, const QString& table)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    REQUIRE(v.ok());
    return v->toLongLong();
}

int ageAt(const QDate& birth, const QDate& on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

// Every stored employee as one comparable line, in id order.
QStringList employeeLines(QSqlDatabase db)
{
    auto all = EmployeeRepository(db).all();
    REQUIRE(all.ok());
    QStringList out;
    for (const Employee& e : all.value())
        out << QStringList{QString::number(e.id), e.nip, employeeStatusCode(e.status), e.frontTitle, e.name, e.backTitle,
                           e.birthPlace, e.birthDate.toString(Qt::ISODate), e.golongan, e.tmtGolongan.toString(Qt::ISODate),
                           e.education, e.major, QString::number(e.positionId), QString::number(e.unitId),
                           e.tmtJabatan.toString(Qt::ISODate), e.tmtCpns.toString(Qt::ISODate), e.nik, e.phone, e.email,
                           e.address}
                   .join(u'|');
    return out;
}

QStringList assessmentLines(QSqlDatabase db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT employee_id, competency_id, level, assessed_on, method, assessor, status FROM assessments "
                                  "ORDER BY employee_id, competency_id, assessed_on, status, level")));
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row << q.value(i).toString();
        out << row.join(u'|');
    }
    return out;
}

QStringList positionLines(QSqlDatabase db)
{
    auto all = PositionRepository(db).all(true);
    REQUIRE(all.ok());
    QStringList out;
    for (const Position& p : all.value()) {
        QString line = QStringList{p.code, p.name, p.jenjang, QString::number(p.unitId), QString::number(p.superiorId),
                                   QString::number(p.formation), p.minGolongan, p.minEducation}
                           .join(u'|');
        for (const StandardItem& s : p.standard)
            line += QStringLiteral("|%1:%2").arg(s.competencyId).arg(s.requiredLevel);
        out << line;
    }
    return out;
}

} // namespace

TEST_CASE("Demo city: the name lists are rich enough", "[core][demo]")
{
    const DemoNames& names = DemoNames::instance();
    CHECK(names.maleCount() >= 150);
    CHECK(names.femaleCount() >= 150);
    CHECK(names.surnameCount() >= 150);
}

TEST_CASE("Demo city: the same seed gives the same city, another seed another one", "[core][demo]")
{
    test::TempDatabase a, b, c;
    auto ra = DemoCityGenerator::generate(*a, options(400));
    auto rb = DemoCityGenerator::generate(*b, options(400));
    auto rc = DemoCityGenerator::generate(*c, options(400, 7));
    REQUIRE(ra.ok());
    REQUIRE(rb.ok());
    REQUIRE(rc.ok());

    CHECK(ra->employees == 400);
    CHECK(ra->employees == rb->employees);
    CHECK(ra->assessments == rb->assessments);
    CHECK(ra->ratings == rb->ratings);
    CHECK(ra->sanctions == rb->sanctions);

    const QStringList ea = employeeLines(a.db()), eb = employeeLines(b.db()), ec = employeeLines(c.db());
    REQUIRE(ea.size() == 400);
    CHECK(ea == eb);
    CHECK(positionLines(a.db()) == positionLines(b.db()));
    CHECK(assessmentLines(a.db()) == assessmentLines(b.db()));

    // Another seed: other people and other NIPs.
    CHECK(ea != ec);
    QSet<QString> nipsA, nipsC;
    const auto allA = EmployeeRepository(a.db()).all(); // keep the Result alive over the loop
    const auto allC = EmployeeRepository(c.db()).all();
    REQUIRE(allA.ok());
    REQUIRE(allC.ok());
    for (const Employee& e : allA.value())
        nipsA.insert(e.nip);
    for (const Employee& e : allC.value())
        nipsC.insert(e.nip);
    CHECK(nipsA != nipsC);
}

TEST_CASE("Demo city of 2,000 employees meets the domain invariants", "[core][demo]")
{
    test::TempDatabase t;
    QSqlDatabase db = t.db();
    auto result = DemoCityGenerator::generate(*t, options(2000));
    REQUIRE(result.ok());
    const DemoSummary& s = result.value();
    CHECK(s.employees == 2000);
    CHECK(s.units == count(db, QStringLiteral("units")));
    CHECK(s.units > 500); // the whole Surabaya tree
    CHECK(s.positions == count(db, QStringLiteral("positions")));
    CHECK(s.technicalCompetencies >= 25);
    CHECK(s.assessments == count(db, QStringLiteral("assessments")));
    CHECK(s.ratings == count(db, QStringLiteral("performance_ratings")));
    CHECK(s.sanctions == count(db, QStringLiteral("disciplinary_records")));
    CHECK(count(db, QStringLiteral("employees")) == 2000);

    SECTION("foreign keys are valid")
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());
    }

    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    auto positions = PositionRepository(db).all(true);
    REQUIRE(positions.ok());
    QHash<qint64, Position> positionById;
    for (const Position& p : positions.value())
        positionById.insert(p.id, p);
    auto employees = EmployeeRepository(db).all();
    REQUIRE(employees.ok());
    REQUIRE(employees->size() == 2000);

    SECTION("positions: a non-empty standard, unique codes, formation about 1.05 x employees")
    {
        QSet<QString> codes;
        int formation = 0;
        for (const Position& p : positions.value()) {
            INFO(p.code.toStdString());
            CHECK(p.standard.size() >= 10); // 8 manajerial + Perekat Bangsa + at least one teknis
            CHECK(cat.jenjang(p.jenjang) != nullptr);
            codes.insert(p.code);
            formation += p.formation;
        }
        CHECK(codes.size() == positions->size());
        CHECK(formation >= 2000);
        CHECK(formation <= 2150);
    }

    SECTION("employees: valid unique NIPs, unit of their position, golongan in range, plausible ages")
    {
        SettingsRepository settings(db);
        QSet<QString> nips;
        int pns = 0, cpns = 0, pppk = 0;
        for (const Employee& e : employees.value()) {
            INFO(e.nip.toStdString() + " " + e.name.toStdString());
            REQUIRE(EmployeeRepository::validate(e).ok());
            nips.insert(e.nip);
            REQUIRE(positionById.contains(e.positionId));
            const Position& p = positionById.value(e.positionId);
            CHECK(e.unitId == p.unitId);
            const JenjangInfo* j = cat.jenjang(p.jenjang);
            REQUIRE(j);
            const int rank = cat.golonganRank(e.golongan);
            CHECK(rank > 0);
            if (!j->minGolongan.isEmpty())
                CHECK(rank >= cat.golonganRank(j->minGolongan));
            if (!j->maxGolongan.isEmpty())
                CHECK(rank <= cat.golonganRank(j->maxGolongan));
            const int age = ageAt(e.birthDate, kToday);
            CHECK(age >= 22);
            CHECK(age < settings.intValue(SettingsRepository::retirementAgeKey(p.jenjang), j->retirementAge));
            CHECK(e.nik.size() == 16);
            CHECK(e.nik.startsWith(QStringLiteral("3578")));
            CHECK(e.phone.startsWith(QStringLiteral("08")));
            CHECK(e.email.contains(u'@'));
            CHECK(cat.education(e.education) != nullptr);
            const bool structural = j->family == u"jpt" || p.jenjang == u"administrator" || p.jenjang == u"pengawas";
            switch (e.status) {
            case EmployeeStatus::Pns: ++pns; break;
            case EmployeeStatus::Cpns:
                ++cpns;
                CHECK_FALSE(structural);
                break;
            case EmployeeStatus::Pppk:
                ++pppk;
                CHECK_FALSE(structural);
                CHECK(Nip::parse(e.nip)->kind == NipKind::Pppk);
                break;
            }
            if (e.status != EmployeeStatus::Pppk) {
                const int atCpns = ageAt(e.birthDate, e.tmtCpns);
                CHECK(atCpns >= 18);
                CHECK(atCpns <= 35);
            }
        }
        CHECK(nips.size() == 2000);
        CHECK(pns > 1600);   // ~85 %
        CHECK(cpns > 20);    // ~3 %
        CHECK(cpns < 120);
        CHECK(pppk > 160);   // ~12 %
        CHECK(pppk < 320);
    }

    SECTION("some structural posts are vacant, none is over-filled")
    {
        QHash<qint64, int> holders;
        for (const Employee& e : employees.value())
            ++holders[e.positionId];
        int vacantStructural = 0;
        for (const Position& p : positions.value()) {
            CHECK(holders.value(p.id) <= p.formation);
            if ((p.jenjang == u"administrator" || p.jenjang == u"pengawas" || p.jenjang == u"jpt_pratama") &&
                holders.value(p.id) == 0)
                ++vacantStructural;
        }
        CHECK(vacantStructural > 0);
    }

    SECTION("assessment history: levels 1-5, some incomplete profiles, some awaiting validation")
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT MIN(level), MAX(level), SUM(status = 'needs_validation') FROM assessments")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() >= 1);
        CHECK(q.value(1).toInt() <= 5);
        CHECK(q.value(2).toInt() > 0);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT COUNT(DISTINCT e.id) FROM employees e JOIN position_standards s ON s.position_id = e.position_id "
            "WHERE NOT EXISTS (SELECT 1 FROM assessments a WHERE a.employee_id = e.id AND a.competency_id = s.competency_id)")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > 10);  // ~3 %
        CHECK(q.value(0).toInt() < 150);
        auto current = AssessmentRepository(db).current();
        REQUIRE(current.ok());
        CHECK(current->size() > 2000 * 9);
    }

    SECTION("SKP ratings only for the last three years and after the appointment")
    {
        QHash<qint64, int> appointed;
        for (const Employee& e : employees.value())
            appointed.insert(e.id, e.tmtCpns.year());
        auto ratings = PerformanceRepository(db).all(kToday.year() - 10, kToday.year() + 1);
        REQUIRE(ratings.ok());
        REQUIRE_FALSE(ratings->isEmpty());
        for (const PerformanceRating& r : ratings.value()) {
            CHECK(r.year >= kToday.year() - 3);
            CHECK(r.year <= kToday.year() - 1);
            CHECK(r.year > appointed.value(r.employeeId));
            CHECK(r.predikat == PerformanceRepository::predikatFor(r.hasilKerja, r.perilaku));
            CHECK((r.source == u"demo" || r.source == u"evaluation")); // the demo's closed evaluation cycle
        }
        auto sanctions = PerformanceRepository(db).disciplinary();
        REQUIRE(sanctions.ok());
        CHECK(sanctions->size() >= 5);
        CHECK(sanctions->size() <= 80);
    }
}

TEST_CASE("Demo city refuses a database that already has employees", "[core][demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoCityGenerator::generate(*t, options(50)).ok());
    const qint64 before = count(t.db(), QStringLiteral("employees"));
    auto again = DemoCityGenerator::generate(*t, options(50));
    CHECK_FALSE(again.ok());
    CHECK_FALSE(again.error().message.isEmpty());
    CHECK(count(t.db(), QStringLiteral("employees")) == before);
}

TEST_CASE("Demo city: a cancelled generation leaves nothing behind", "[core][demo]")
{
    test::TempDatabase t;
    SECTION("cancelled while the employees are written")
    {
        Progress* self = nullptr;
        QStringList stages;
        Progress progress([&](qint64 done, qint64, const QString& stage) {
            if (!stages.contains(stage))
                stages << stage;
            if (stages.size() >= 3 && done >= 2000) // units, positions, employees
                self->cancel();
        });
        self = &progress;
        auto r = DemoCityGenerator::generate(*t, options(5000), &progress);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == u"cancelled");
    }
    SECTION("cancelled before it starts")
    {
        Progress progress;
        progress.cancel();
        auto r = DemoCityGenerator::generate(*t, options(100), &progress);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == u"cancelled");
    }
    CHECK(count(t.db(), QStringLiteral("employees")) == 0);
    CHECK(count(t.db(), QStringLiteral("units")) == 0);
    CHECK(count(t.db(), QStringLiteral("positions")) == 0);
    CHECK(count(t.db(), QStringLiteral("assessments")) == 0);
}
