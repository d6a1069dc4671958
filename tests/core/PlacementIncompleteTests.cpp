// A missing assessment never counts as met: on random small cities an incomplete candidate never scores
// what a complete one meeting the standard scores, is flagged, ranks and is placed after complete ones,
// and is left out when the setting says so; the empty seats say why; a report names the scenario whose
// figures it prints.
#include <catch2/catch.hpp>

#include "AnalyticsTestData.h"
#include "QtStringMaker.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/CandidateRanking.h"
#include "placement/EmptySeats.h"
#include "placement/PlacementReport.h"
#include "placement/PlacementRun.h"

#include <QRandomGenerator>
#include <QSet>

#include <variant>

using namespace karsa;
using namespace karsa::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 6, 1);

// A random city: 2-4 competencies, two units, two current positions and 1-3 vacant positions (all
// pelaksana, random standards and weights), 4-14 employees, each competency assessed with
// probability 3/4 at a random level.
struct RandomCity
{
    SnapshotBuilder b;
    QVector<qint64> vacantPositions;

    explicit RandomCity(quint32 seed)
    {
        QRandomGenerator rng(seed);
        const int competencies = rng.bounded(2, 5);
        for (qint64 c = 1; c <= competencies; ++c)
            b.competency(c);
        b.unit(1);
        b.unit(2);
        const auto addPosition = [&](qint64 id, qint64 unit) {
            Position p;
            p.id = id;
            p.code = u"P%1"_s.arg(id);
            p.name = p.code;
            p.jenjang = u"pelaksana"_s;
            p.unitId = unit;
            for (qint64 c = 1; c <= competencies; ++c)
                if (c == 1 || rng.bounded(4) != 0)
                    p.standard.append({c, rng.bounded(1, 6), 0.5 + rng.bounded(4) * 0.5});
            b.data.addPosition(p);
        };
        addPosition(1, 1);
        addPosition(2, 2);
        const int vacant = rng.bounded(1, 4);
        for (int v = 0; v < vacant; ++v) {
            addPosition(10 + v, 1 + v % 2);
            vacantPositions.append(10 + v);
        }
        const int employees = rng.bounded(4, 15);
        for (int i = 1; i <= employees; ++i) {
            Employee e;
            e.id = i;
            e.nip = u"19800101200503%1"_s.arg(i, 4, 10, QChar(u'0'));
            e.name = u"Pegawai %1"_s.arg(i);
            e.golongan = u"III/a"_s;
            e.education = u"S1"_s;
            e.positionId = 1 + rng.bounded(2);
            e.unitId = e.positionId;
            e.birthDate = QDate(1980, 1, 1);
            e.tmtCpns = QDate(2005, 3, 1).addDays(rng.bounded(3) * 400);
            const int index = b.data.addEmployee(e);
            for (qint64 c = 1; c <= competencies; ++c)
                if (rng.bounded(4) != 0)
                    b.data.addLevel(index, c, rng.bounded(1, 6));
        }
        b.data.finish();
    }

    QVector<Vacancy> vacancies(QRandomGenerator& rng) const
    {
        QVector<Vacancy> out;
        for (qint64 p : vacantPositions) {
            Vacancy v;
            v.positionId = p;
            v.openNow = rng.bounded(1, 3);
            v.opensOn = kToday;
            out.append(v);
        }
        return out;
    }
};

// The JPM the same employee would have with every missing competency assessed exactly at its required
// level: what "counted as met" would give.
double jpmIfMet(const AnalyticsData& data, const AnalyticsSettings& settings, int employee, int position)
{
    const AnalyticsPosition& p = data.positions()[position];
    QVector<LevelEntry> levels(data.levels(employee).begin(), data.levels(employee).end());
    for (const StandardLine& s : p.standard)
        if (levelOf(data.levels(employee), s.competencyId) <= 0)
            levels.append({s.competencyId, s.required});
    std::sort(levels.begin(), levels.end(),
              [](const LevelEntry& a, const LevelEntry& b) { return a.competencyId < b.competencyId; });
    return computeJpm(LevelSpan(levels.constData(), size_t(levels.size())),
                      StandardSpan(p.standard.constData(), size_t(p.standard.size())),
                      settings.jpmOptions(p.code, p.jenjang))
        .jpm;
}

} // namespace

TEST_CASE("On random cities a missing assessment never scores as met and ranks and places after complete ones",
          "[core][placement][property]")
{
    int incompleteSeen = 0, incompletePlaced = 0;
    for (quint32 seed = 1; seed <= 150; ++seed) {
        CAPTURE(seed);
        RandomCity city(seed);
        const AnalyticsData& data = city.b.data;
        QRandomGenerator rng(seed * 7919u);
        AnalyticsSettings settings;
        settings.capAtStandard = rng.bounded(2) == 1;
        settings.missingLevel = rng.bounded(5);
        settings.excludeIncumbents = true;
        CAPTURE(settings.capAtStandard, settings.missingLevel);

        PlacementScenario scenario;
        scenario.referenceDate = kToday;
        scenario.vacancies = city.vacancies(rng);
        scenario.poolSize = 20;
        const double minScores[] = {0.0, 50.0, 90.0, 95.0};
        scenario.constraints.minScore = minScores[rng.bounded(4)];

        for (qint64 positionId : city.vacantPositions) {
            const int p = data.positionIndex(positionId);
            const RankingResult r = rankCandidates(data, p, settings, kToday);
            bool seenIncomplete = false;
            for (const RankedCandidate& c : r.ranked) {
                const JpmResult direct = jpmAgainst(data, settings, c.employeeIndex, p);
                CHECK(c.jpm.jpm == direct.jpm); // the one core number
                if (c.jpm.complete()) {
                    CHECK_FALSE(seenIncomplete); // complete ones first, so ahead at any equal score
                    continue;
                }
                seenIncomplete = true;
                ++incompleteSeen;
                CHECK_FALSE(c.complete);
                CHECK(c.jpm.status == JpmStatus::Incomplete);
                CHECK(c.score < 100.0); // a complete candidate meeting the standard scores 100
                CHECK(c.jpm.jpm < 100.0);
                CHECK(c.jpm.jpm < jpmIfMet(data, settings, c.employeeIndex, p)); // never counted as met
            }
        }

        const PlacementRun run = runPlacement(data, settings, scenario);
        const PlacementScenario& solved = run.scenario;
        CHECK(solved.id == 0);
        REQUIRE(run.emptySeats.size() == solved.seats.size());
        QSet<qint64> seated;
        for (const PlacementSeat& s : solved.seats)
            if (s.filled())
                seated.insert(s.employeeId);
        for (int i = 0; i < solved.seats.size(); ++i) {
            const PlacementSeat& s = solved.seats[i];
            CHECK((run.emptySeats[i].reason == EmptySeatReason::Filled) == s.filled());
            if (!s.filled()) {
                CHECK_FALSE(run.emptySeats[i].text().isEmpty());
                continue;
            }
            const int e = data.employeeIndex(s.employeeId);
            const int p = data.positionIndex(s.positionId);
            const JpmResult jpm = jpmAgainst(data, settings, e, p);
            CHECK(s.jpm == jpm.jpm);
            CHECK(s.complete == jpm.complete());
            if (s.complete)
                continue;
            ++incompletePlaced;
            CHECK(s.score < 100.0);
            // No complete candidate of this vacancy above the minimum score was passed over for it.
            const int v = int(std::find_if(solved.vacancies.cbegin(), solved.vacancies.cend(),
                                           [&](const Vacancy& x) { return x.positionId == s.positionId; }) -
                              solved.vacancies.cbegin());
            for (int row : run.matrix->pool(v)) {
                const ScoredCandidate& cell = run.matrix->cell(row, v);
                if (cell.complete && cell.reasons == 0 && cell.score >= solved.constraints.minScore)
                    CHECK(seated.contains(data.employees()[run.matrix->employeeIndex(row)].id));
            }
        }

        // With the exclude setting on, no incomplete candidate is ranked, pooled or placed.
        AnalyticsSettings excluding = settings;
        excluding.excludeIncomplete = true;
        for (qint64 positionId : city.vacantPositions) {
            const int p = data.positionIndex(positionId);
            const RankingResult r = rankCandidates(data, p, excluding, kToday);
            for (const RankedCandidate& c : r.ranked)
                CHECK(c.jpm.complete());
            for (const Exclusion& x : r.excluded)
                if (jpmAgainst(data, excluding, x.employeeIndex, p).status == JpmStatus::Incomplete)
                    CHECK((x.reasons & IncompleteAssessment) != 0);
        }
        const PlacementRun strict = runPlacement(data, excluding, scenario);
        for (int v = 0; v < strict.matrix->vacancyCount(); ++v)
            for (int row : strict.matrix->pool(v))
                CHECK(strict.matrix->cell(row, v).complete);
        for (const PlacementSeat& s : strict.scenario.seats)
            if (s.filled())
                CHECK(s.complete);
    }
    // The generator does produce the cases the property is about.
    CHECK(incompleteSeen > 50);
    CHECK(incompletePlaced > 5);
}

TEST_CASE("Raising the minimum score no longer lets an unassessed candidate replace an assessed one",
          "[core][placement]")
{
    // P10 requires C1..C4 at level 3. A is assessed on all four (3, 3, 3, 2: 91,67 %); B is level 5 on C1..C3
    // and never assessed on C4, which used to count as 15 / 12, clamped to 100,00.
    SnapshotBuilder b;
    for (qint64 c = 1; c <= 4; ++c)
        b.competency(c);
    b.unit(1);
    b.position(1, u"pelaksana"_s, 1, {{1, 2}});
    b.position(10, u"pelaksana"_s, 1, {{1, 3}, {2, 3}, {3, 3}, {4, 3}});
    const int a = b.employee(1, 1, 1, {{1, 3}, {2, 3}, {3, 3}, {4, 2}});
    const int u = b.employee(2, 1, 1, {{1, 5}, {2, 5}, {3, 5}});
    b.data.finish();
    AnalyticsSettings settings; // defaults: no cap, missing level 0
    const int p = b.data.positionIndex(10);
    CHECK(jpmAgainst(b.data, settings, a, p).jpm == Approx(91.67));
    const JpmResult unassessed = jpmAgainst(b.data, settings, u, p);
    CHECK(unassessed.status == JpmStatus::Incomplete);
    CHECK(unassessed.jpm == Approx(75.0)); // 3 + 3 + 3 + 0 of 12: the surplus does not cover C4

    PlacementScenario s;
    s.referenceDate = kToday;
    Vacancy v;
    v.positionId = 10;
    v.openNow = 1;
    v.opensOn = kToday;
    s.vacancies = {v};
    s.constraints.minScore = 90.0;
    PlacementRun run = runPlacement(b.data, settings, s);
    REQUIRE(run.scenario.seats.size() == 1);
    CHECK(run.scenario.seats[0].employeeId == 1);

    s.constraints.minScore = 95.0;
    run = runPlacement(b.data, settings, s);
    CHECK_FALSE(run.scenario.seats[0].filled());
    REQUIRE(run.emptySeats.size() == 1);
    CHECK(run.emptySeats[0].reason == EmptySeatReason::AllBelowMinimumScore);
    CHECK(run.emptySeats[0].candidates == 2);
    CHECK(run.emptySeats[0].code() == u"below_min_score"_s);

    // A missing level as a setting still never reaches the requirement.
    settings.missingLevel = 4;
    CHECK(jpmAgainst(b.data, settings, u, p).jpm == Approx(91.66)); // 3 + 3 + 3 + 2 of 12, rounded down
}

TEST_CASE("An empty seat says why it stayed empty", "[core][placement]")
{
    SnapshotBuilder b;
    b.competency(1);
    b.unit(1);
    b.unit(2);
    b.position(1, u"pelaksana"_s, 1, {{1, 2}});
    b.position(10, u"pelaksana"_s, 2, {{1, 3}});
    b.position(11, u"pelaksana"_s, 2, {{1, 3}}, u"IV/e"_s); // nobody has the golongan
    b.employee(1, 1, 1, {{1, 3}});
    b.employee(2, 1, 1, {{1, 3}});
    b.data.finish();
    AnalyticsSettings settings;
    const auto vacancy = [](qint64 position, int seats) {
        Vacancy v;
        v.positionId = position;
        v.openNow = seats;
        v.opensOn = kToday;
        return v;
    };
    PlacementScenario s;
    s.referenceDate = kToday;
    s.vacancies = {vacancy(10, 3), vacancy(11, 1)};
    // The reasons of the empty seats of one position.
    const auto reasonsOf = [](const PlacementRun& r, qint64 position) {
        QVector<EmptySeatReason> out;
        for (int i = 0; i < r.scenario.seats.size(); ++i)
            if (r.scenario.seats[i].positionId == position && !r.scenario.seats[i].filled())
                out.append(r.emptySeats[i].reason);
        return out;
    };
    PlacementRun run = runPlacement(b.data, settings, s);
    REQUIRE(run.scenario.seats.size() == 4);
    CHECK(reasonsOf(run, 10) == QVector<EmptySeatReason>{EmptySeatReason::TakenByOtherSeats});
    for (int i = 0; i < 4; ++i)
        if (run.emptySeats[i].reason == EmptySeatReason::TakenByOtherSeats)
            CHECK(run.emptySeats[i].candidates == 2);
    CHECK(reasonsOf(run, 11) == QVector<EmptySeatReason>{EmptySeatReason::NoEligibleCandidate});
    const QStringList summary = PlacementReport::emptySeatSummary(run.emptySeats);
    CHECK(summary.size() == 2);

    s.constraints.exclusions = {{1, 10}};
    s.constraints.keepInPlace = {2};
    run = runPlacement(b.data, settings, s);
    CHECK(reasonsOf(run, 10) == QVector<EmptySeatReason>(3, EmptySeatReason::ExcludedByConstraint));

    s.constraints = {};
    s.constraints.unitMoveLimits.insert(1, 1); // one of the two may leave unit 1
    run = runPlacement(b.data, settings, s);
    int filled = 0;
    for (const PlacementSeat& seat : run.scenario.seats)
        filled += seat.filled() ? 1 : 0;
    CHECK(filled == 1);
    CHECK(reasonsOf(run, 10) == QVector<EmptySeatReason>(2, EmptySeatReason::UnitMoveLimit));
}

TEST_CASE("A placement report names the scenario whose figures it prints", "[core][placement]")
{
    SnapshotBuilder b;
    b.competency(1);
    b.unit(1);
    b.position(1, u"pelaksana"_s, 1, {{1, 2}});
    b.position(10, u"pelaksana"_s, 1, {{1, 3}});
    b.employee(1, 1, 1, {{1, 3}});
    b.employee(2, 1, 1, {{1, 2}});
    b.data.finish();
    AnalyticsSettings settings;
    PlacementScenario s;
    s.name = u"Usulan 2 (min 95)"_s;
    s.id = 7; // a saved scenario solved again is a new, unsaved result
    s.referenceDate = kToday;
    Vacancy v;
    v.positionId = 10;
    v.openNow = 2;
    v.opensOn = kToday;
    s.vacancies = {v};
    s.constraints.minScore = 70.0;
    const PlacementRun run = runPlacement(b.data, settings, s);
    CHECK(run.scenario.id == 0);
    const auto recapOf = [](const ReportDocument& doc) {
        QHash<QString, QString> out;
        for (const auto& section : doc.sections)
            if (const auto* kv = std::get_if<KeyValueSection>(&section))
                for (const auto& [k, val] : kv->items)
                    out.insert(k, val);
        return out;
    };
    ReportDocument doc = PlacementReport::document(b.data, settings, run.scenario, *run.matrix, 2, {}, {});
    CHECK_FALSE(doc.subtitle.contains(s.name));
    CHECK(doc.subtitle.contains(u"Unsaved result"_s));
    QHash<QString, QString> recap = recapOf(doc);
    CHECK(recap.value(u"Scenario"_s) == u"Unsaved result"_s);
    CHECK(recap.value(u"Minimum score"_s) == u"70,00"_s);
    CHECK(recap.value(u"Total score"_s) == u"100,00"_s); // E1 only; E2 (66,67) is below 70
    CHECK(recap.value(u"Seats left empty"_s) == u"1"_s);
    CHECK(recap.value(u"Empty seats"_s).contains(u"placed on other seats"_s));

    PlacementScenario saved = run.scenario;
    saved.id = 8;
    saved.name = u"Usulan 3"_s;
    doc = PlacementReport::document(b.data, settings, saved, *run.matrix, 2, {}, {});
    CHECK(doc.subtitle.contains(u"Usulan 3"_s));
    CHECK(recapOf(doc).value(u"Scenario"_s) == u"Usulan 3"_s);
}
