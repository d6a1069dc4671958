// Placement on a hand-built snapshot: optimal filling, locks, exclusions, keep in place, unit move
// limits, officer-added candidates, empty vacancies, vacancies from formation and retirements,
// scenario comparison, the report data (golden CSV) and storing scenarios.
#include <catch2/catch.hpp>

#include "AnalyticsTestData.h"
#include "QtStringMaker.h"
#include "TestSupport.h"
#include "demo/DemoCityGenerator.h"
#include "domain/Employee.h"
#include "placement/PlacementReport.h"
#include "placement/PlacementSolver.h"
#include "placement/ScenarioComparison.h"
#include "placement/VacancyFinder.h"
#include "reports/CsvRenderer.h"
#include "storage/EmployeeRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/Transaction.h"

#include <QFile>

#include <iostream>

using namespace karsa;
using namespace karsa::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 6, 1);

// Units 1 and 2; current positions P1 (unit 1) and P2 (unit 2); vacancies P10 and P11 (unit 2), P12
// with two seats (unit 2). E1 and E2 sit in P1, E3 to E5 in P2; E4 (golongan II/a) is below P10's
// minimum. Scores on P10 / P11: E1 100 / 100, E2 100 / 66.67, E3 33.33 / 33.33, E4 (100) / 50, E5 16.67 / 16.67.
struct Fixture
{
    SnapshotBuilder b;
    AnalyticsSettings settings;
    QVector<Vacancy> vacancies;

    Fixture()
    {
        for (qint64 c = 1; c <= 3; ++c)
            b.competency(c);
        b.unit(1);
        b.unit(2);
        b.position(1, u"pelaksana"_s, 1, {{1, 2}});
        b.position(2, u"pelaksana"_s, 2, {{1, 2}});
        b.position(10, u"pelaksana"_s, 2, {{1, 3}, {2, 3}}, u"III/a"_s);
        b.position(11, u"pelaksana"_s, 2, {{1, 2}, {3, 4}});
        b.position(12, u"pelaksana"_s, 2, {{3, 5}});
        b.employee(1, 1, 1, {{1, 3}, {2, 3}, {3, 4}});
        b.employee(2, 1, 1, {{1, 3}, {2, 3}, {3, 1}});
        b.employee(3, 2, 2, {{1, 1}, {2, 1}, {3, 1}});
        b.employee(4, 2, 2, {{1, 3}, {2, 3}}, u"II/a"_s);
        b.employee(5, 2, 2, {{1, 1}});
        b.data.finish();
        vacancies = {vacancy(10, 1), vacancy(11, 1)};
    }
    static Vacancy vacancy(qint64 position, int seats)
    {
        Vacancy v;
        v.positionId = position;
        v.openNow = seats;
        v.opensOn = kToday;
        return v;
    }
    PlacementScenario solve(PlacementConstraints k, const QVector<Vacancy>& vs = {})
    {
        PlacementScenario s;
        s.name = u"Uji"_s;
        s.referenceDate = kToday;
        s.vacancies = vs.isEmpty() ? vacancies : vs;
        s.constraints = std::move(k);
        const PlacementMatrix m = PlacementMatrix::build(b.data, settings, kToday, s.vacancies, 10, s.constraints);
        solvePlacement(b.data, m, s);
        return s;
    }
};

// Employee id on the first seat of a position; 0 when empty or absent.
qint64 holder(const PlacementScenario& s, qint64 position, int slot = 0)
{
    for (const PlacementSeat& seat : s.seats)
        if (seat.positionId == position && seat.slot == slot)
            return seat.employeeId;
    return -1;
}

} // namespace

TEST_CASE("Placement maximises the total score over all vacancies", "[core][placement]")
{
    Fixture f;
    const PlacementScenario s = f.solve({});
    REQUIRE(s.solved);
    REQUIRE(s.seats.size() == 2);
    // Greedy (first vacancy first) would give E1 to P10 and leave P11 to E2 at 66.67.
    CHECK(holder(s, 10) == 2);
    CHECK(holder(s, 11) == 1);
    const PlacementFigures fig = s.figures();
    CHECK(fig.filled == 2);
    CHECK(fig.totalScore == Approx(200.0));
    CHECK(fig.meanJpm == Approx(100.0));
    CHECK(s.seats[0].fromUnitId == 1);
    CHECK(s.seats[0].toUnitId == 2);
    CHECK(s.movesOutOfUnits().value(1) == 2);
}

TEST_CASE("Placement obeys locks, exclusions and keep-in-place", "[core][placement]")
{
    Fixture f;
    SECTION("a lock places its employee whatever the score")
    {
        PlacementConstraints k;
        k.locks = {{3, 10}};
        const PlacementScenario s = f.solve(k);
        CHECK(holder(s, 10) == 3);
        CHECK(s.seats[0].locked);
        CHECK(s.seats[0].jpm == Approx(33.33));
        CHECK(holder(s, 11) == 1);
    }
    SECTION("a lock to a position without a free seat is reported and ignored")
    {
        PlacementConstraints k;
        k.locks = {{3, 2}};
        const PlacementScenario s = f.solve(k);
        CHECK(s.notes.size() == 1);
        CHECK(holder(s, 10) == 2);
    }
    SECTION("an excluded pair is never used")
    {
        PlacementConstraints k;
        k.exclusions = {{1, 11}};
        const PlacementScenario s = f.solve(k);
        CHECK(holder(s, 10) == 1);
        CHECK(holder(s, 11) == 2);
        CHECK(s.figures().totalScore == Approx(166.67));
    }
    SECTION("an employee kept in place is not moved")
    {
        PlacementConstraints k;
        k.keepInPlace = {1};
        const PlacementScenario s = f.solve(k);
        CHECK(holder(s, 10) == 2);
        // E4 would score 50 on P11 but was never assessed on C3: a candidate assessed on the whole
        // standard (E3, 33.33) comes first, as in the ranking engine.
        CHECK(holder(s, 11) == 3);
        CHECK(s.seats[1].complete);
    }
}

TEST_CASE("A vacancy stays empty when no eligible candidate clears the minimum score", "[core][placement]")
{
    Fixture f;
    PlacementConstraints k;
    k.minScore = 60.0;
    k.keepInPlace = {1};
    const PlacementScenario s = f.solve(k);
    REQUIRE(s.solved);
    CHECK(holder(s, 10) == 2);
    CHECK(holder(s, 11) == 0); // E4 scores 50 < 60 on P11: empty, not a failed problem
    CHECK(s.figures().filled == 1);

    SECTION("no candidate at all: every seat empty")
    {
        PlacementConstraints none;
        none.minScore = 101.0;
        const PlacementScenario e = f.solve(none);
        CHECK(e.solved);
        CHECK(e.figures().filled == 0);
        CHECK(e.seats.size() == 2);
    }
}

TEST_CASE("Filling first prefers more filled seats over a higher total", "[core][placement]")
{
    Fixture f;
    PlacementConstraints k;
    k.keepInPlace = {1, 3};
    k.exclusions = {{4, 11}};
    // E2: P10 100, P11 66.67. E4 is below P10's minimum golongan unless added; added, it scores 100 on P10.
    k.added = {{4, 10}};
    k.minScore = 0.0;
    SECTION("filling first")
    {
        k.fillFirst = true;
        const PlacementScenario s = f.solve(k);
        CHECK(holder(s, 10) == 4);
        CHECK(s.seats[0].added);
        CHECK(holder(s, 11) == 2);
    }
    SECTION("an officer-added candidate is needed to pass a hard filter")
    {
        PlacementConstraints without = k;
        without.added.clear();
        const PlacementScenario s = f.solve(without);
        CHECK(holder(s, 10) == 2);
        CHECK(holder(s, 11) == 5);
    }
    SECTION("score only: an empty seat may beat two weak fills")
    {
        PlacementConstraints weak;
        weak.keepInPlace = {1, 3, 4};
        weak.exclusions = {{5, 11}};
        // E2 alone on P10 = 100 beats E2 on P11 + E5 on P10 = 66.67 + 16.67 = 83.34.
        weak.fillFirst = false;
        const PlacementScenario s = f.solve(weak);
        CHECK(s.figures().filled == 1);
        CHECK(holder(s, 10) == 2);
        CHECK(s.figures().totalScore == Approx(100.0));
        weak.fillFirst = true;
        const PlacementScenario filled = f.solve(weak);
        CHECK(filled.figures().filled == 2);
        CHECK(holder(filled, 10) == 5);
        CHECK(holder(filled, 11) == 2);
    }
}

TEST_CASE("A unit move limit keeps the weakest movers in their unit", "[core][placement]")
{
    Fixture f;
    PlacementConstraints k;
    k.unitMoveLimits.insert(1, 1);
    const PlacementScenario s = f.solve(k);
    CHECK(s.movesOutOfUnits().value(1) == 1);
    CHECK(s.figures().filled == 2);
    CHECK(s.notes.size() == 1);
}

TEST_CASE("A unit move limit covers the unit's sub-units", "[core][placement]")
{
    SnapshotBuilder b;
    b.competency(1);
    b.unit(1);
    b.unit(11, 1); // a bidang of unit 1
    b.unit(2);
    b.position(1, u"pelaksana"_s, 11, {{1, 2}});
    b.position(20, u"pelaksana"_s, 2, {{1, 2}});
    b.position(21, u"pelaksana"_s, 2, {{1, 2}});
    b.position(12, u"pelaksana"_s, 11, {{1, 2}});
    b.employee(1, 1, 11, {{1, 2}});
    b.employee(2, 1, 11, {{1, 2}});
    b.data.finish();
    PlacementScenario s;
    s.referenceDate = kToday;
    s.vacancies = {Fixture::vacancy(20, 1), Fixture::vacancy(21, 1), Fixture::vacancy(12, 1)};
    s.constraints.unitMoveLimits.insert(1, 1);
    const AnalyticsSettings settings;
    const PlacementMatrix m = PlacementMatrix::build(b.data, settings, kToday, s.vacancies, 10, s.constraints);
    solvePlacement(b.data, m, s);
    int leaving = 0;
    for (const PlacementSeat& seat : s.seats)
        leaving += seat.filled() && seat.toUnitId == 2;
    CHECK(leaving == 1);            // only one may leave unit 1 (through its bidang 11)
    CHECK(s.figures().filled == 2); // the other takes the seat inside unit 1
    CHECK(holder(s, 12) > 0);
    CHECK(s.notes.size() == 1);
}

TEST_CASE("Vacancies come from formation and retirements within the horizon", "[core][placement]")
{
    SnapshotBuilder b;
    b.competency(1);
    b.unit(1);
    b.position(1, u"pelaksana"_s, 1, {{1, 2}});
    b.position(2, u"pelaksana"_s, 1, {{1, 2}});
    b.position(3, u"pelaksana"_s, 1, {{1, 2}});
    b.employee(1, 1, 1, {}, u"III/a"_s, u"S1"_s, QDate(1968, 9, 10)); // 58 in September 2026
    b.employee(2, 2, 1, {}, u"III/a"_s, u"S1"_s, QDate(1990, 1, 1));
    b.employee(3, 2, 1, {}, u"III/a"_s, u"S1"_s, QDate(1969, 1, 1)); // 58 in January 2027
    b.data.finish();
    AnalyticsSettings settings;
    settings.retirementAge.insert(u"pelaksana"_s, 58);
    const QHash<qint64, int> formation{{1, 1}, {2, 2}, {3, 2}};
    const QVector<Vacancy> six = findVacancies(b.data, formation, settings, kToday, 6);
    REQUIRE(six.size() == 2);
    CHECK(six[0].positionId == 3); // open now: 2 seats, nobody holds it
    CHECK(six[0].openNow == 2);
    CHECK(six[0].opensOn == kToday);
    CHECK(six[1].positionId == 1);
    CHECK(six[1].retiring == 1);
    CHECK(six[1].opensOn == QDate(2026, 9, 30));
    CHECK(six[1].retirees == QVector<qint64>{1});
    const QVector<Vacancy> twelve = findVacancies(b.data, formation, settings, kToday, 12);
    REQUIRE(twelve.size() == 3);
    CHECK(twelve[2].positionId == 2);
    CHECK(twelve[2].seatCount() == 1);
}

TEST_CASE("Scenario comparison figures", "[core][placement]")
{
    Fixture f;
    PlacementScenario a = f.solve({});
    a.name = u"A"_s;
    PlacementConstraints k;
    k.locks = {{3, 10}};
    PlacementScenario b = f.solve(k);
    b.name = u"B"_s;
    const ScenarioComparison c = compareScenarios(a, b);
    CHECK(c.a.totalScore == Approx(200.0));
    CHECK(c.b.totalScore == Approx(133.33));
    CHECK(c.a.filled == 2);
    CHECK(c.b.filled == 2);
    CHECK(c.samePlacements == 1); // E1 on P11 in both
    REQUIRE(c.differences.size() == 2);
    CHECK(c.differences[0].employeeId == 2);
    CHECK(c.differences[0].positionA == 10);
    CHECK(c.differences[0].positionB == 0);
    CHECK(c.differences[1].employeeId == 3);
    CHECK(c.differences[1].positionB == 10);
    REQUIRE(c.units.size() == 2);
    CHECK(c.units[0].unitId == 1);
    CHECK(c.units[0].outA == 2);
    CHECK(c.units[0].outB == 1);
    CHECK(c.units[1].unitId == 2);
    CHECK(c.units[1].inA == 2);
    CHECK(c.units[1].inB == 1); // E3 moves inside unit 2

    const ReportTable figures = PlacementReport::comparisonFigures(c, a.name, b.name);
    REQUIRE(figures.rowCount() == 5);
    CHECK(figures.groups[0].rows[2][3].toDouble() == Approx(133.33 - 200.0));
}

TEST_CASE("Placement report data matches the golden CSV", "[core][placement]")
{
    Fixture f;
    PlacementScenario s;
    s.name = u"Golden"_s;
    s.referenceDate = kToday;
    s.vacancies = {Fixture::vacancy(10, 1), Fixture::vacancy(11, 1), Fixture::vacancy(12, 2)};
    s.constraints.minScore = 30.0;
    const PlacementMatrix m = PlacementMatrix::build(f.b.data, f.settings, kToday, s.vacancies, 10, s.constraints);
    solvePlacement(f.b.data, m, s);
    const ReportTable table = PlacementReport::seatTable(f.b.data, f.settings, s, m, 2);
    CsvOptions options;
    options.byteOrderMark = false;
    const QByteArray actual = CsvRenderer::toCsv(table, options);
    const QString path = dataFile(u"golden/placement_report.csv"_s);
    QFile golden(path);
    const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
    if (expected != actual) {
        QFile out(path + u".actual"_s);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        std::cerr << "expected:\n" << expected.toStdString() << "\nactual:\n" << actual.toStdString() << '\n';
    }
    CHECK(expected == actual);

    const ReportDocument doc = PlacementReport::document(f.b.data, f.settings, s, m, 2, Letterhead{}, QDateTime());
    CHECK(doc.tables().size() == 2);
    CHECK(std::holds_alternative<SignatureSection>(doc.sections.last()));
}

TEST_CASE("Scenarios are saved, listed, loaded, updated and removed", "[core][placement]")
{
    TempDatabase db;
    const MiniOrg org = makeMiniOrg(db.db());
    Employee e;
    e.nip = u"198609262015051001"_s;
    e.status = EmployeeStatus::Pns;
    e.name = u"Budi Santoso"_s;
    e.birthDate = QDate(1986, 9, 26);
    e.sex = Sex::Male;
    e.golongan = u"III/c"_s;
    e.unitId = org.unitId;
    auto eid = EmployeeRepository(db.db()).insert(e);
    REQUIRE(eid.ok());

    PlacementScenario s;
    s.name = u"Skenario 1"_s;
    s.referenceDate = kToday;
    s.horizonMonths = 6;
    s.poolSize = 15;
    Vacancy v = Fixture::vacancy(org.positionId, 2);
    s.vacancies = {v};
    s.constraints.minScore = 40.0;
    s.constraints.fillFirst = false;
    s.constraints.locks = {{eid.value(), org.positionId}};
    s.constraints.exclusions = {{eid.value(), org.positionId}};
    s.constraints.keepInPlace = {eid.value()};
    s.constraints.unitMoveLimits.insert(org.unitId, 3);
    PlacementSeat seat;
    seat.positionId = org.positionId;
    seat.employeeId = eid.value();
    seat.score = 81.5;
    seat.jpm = 80.25;
    seat.locked = true;
    seat.toUnitId = org.unitId;
    PlacementSeat empty = seat;
    empty.slot = 1;
    empty.employeeId = 0;
    s.seats = {seat, empty};
    s.solved = true;
    s.notes = {u"catatan"_s};

    PlacementRepository repo(db.db());
    auto id = repo.insert(s);
    REQUIRE(id.ok());
    auto dup = repo.insert(s);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().field == u"name"_s);

    auto back = repo.byName(u"Skenario 1"_s);
    REQUIRE(back.ok());
    CHECK(back->horizonMonths == 6);
    CHECK(back->poolSize == 15);
    CHECK(back->constraints.minScore == 40.0);
    CHECK_FALSE(back->constraints.fillFirst);
    CHECK(back->constraints.locks == s.constraints.locks);
    CHECK(back->constraints.exclusions == s.constraints.exclusions);
    CHECK(back->constraints.keepInPlace == s.constraints.keepInPlace);
    CHECK(back->constraints.unitMoveLimits == s.constraints.unitMoveLimits);
    REQUIRE(back->seats.size() == 2);
    CHECK(back->seats[0].employeeId == eid.value());
    CHECK(back->seats[0].locked);
    CHECK(back->seats[1].employeeId == 0);
    CHECK(back->vacancies.size() == 1);
    CHECK(back->vacancies[0].openNow == 2);
    CHECK(back->notes == s.notes);

    auto list = repo.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).seats == 2);
    CHECK(list->at(0).filled == 1);
    CHECK(list->at(0).totalScore == Approx(81.5)); // empty seats do not count

    PlacementScenario changed = back.value();
    changed.name = u"Skenario 1b"_s;
    changed.seats.removeLast();
    REQUIRE(repo.update(changed).ok());
    CHECK_FALSE(repo.update(changed).ok()); // stale row version
    auto again = repo.load(id.value());
    REQUIRE(again.ok());
    CHECK(again->name == u"Skenario 1b"_s);
    CHECK(again->seats.size() == 1);
    REQUIRE(repo.remove(id.value()).ok());
    CHECK(repo.list()->isEmpty());
}

TEST_CASE("The placement pools equal the ranking engine's best candidates on a demo city", "[core][placement]")
{
    TempDatabase db;
    DemoOptions o;
    o.employees = 600;
    o.today = QDate(2026, 11, 29);
    REQUIRE(DemoCityGenerator::generate(*db, o).ok());
    auto data = AnalyticsData::load(db.db());
    REQUIRE(data.ok());
    AnalyticsSettings settings;
    QVector<Vacancy> vacancies;
    for (int p = 0; p < data->positions().size(); p += 9)
        vacancies.append(Fixture::vacancy(data->positions()[p].id, 1));
    const PlacementMatrix m = PlacementMatrix::build(data.value(), settings, o.today, vacancies, 8);
    REQUIRE(m.vacancyCount() == vacancies.size());
    int compared = 0;
    for (int v = 0; v < vacancies.size(); ++v) {
        const RankingResult r = rankCandidates(data.value(), m.positionIndex(v), settings, o.today, RankingOptions{8});
        QVector<int> expected, actual;
        for (const RankedCandidate& c : r.ranked)
            expected.append(c.employeeIndex);
        for (int row : m.pool(v))
            actual.append(m.employeeIndex(row));
        INFO("position " << data->positions()[m.positionIndex(v)].code.toStdString());
        REQUIRE(actual == expected);
        for (int row : m.pool(v)) {
            CHECK(m.cell(row, v).reasons == 0);
            ++compared;
        }
    }
    CHECK(compared > 100);
}
