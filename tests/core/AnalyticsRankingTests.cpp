#include <catch2/catch.hpp>

#include "AnalyticsTestData.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/CandidateRanking.h"
#include "analytics/UnitAggregates.h"

using namespace karsa;

namespace {
const QDate kToday(2026, 3, 1);

// Target P1: administrator in unit 1, minimum III/d and S1, standard C1..C3 at level 3.
// Feeder position P2: pengawas (one step below). P3: pelaksana (two steps below).
test::SnapshotBuilder rankingOrg()
{
    test::SnapshotBuilder b;
    for (qint64 c : {1, 2, 3})
        b.competency(c);
    b.unit(1);
    b.position(1, QStringLiteral("administrator"), 1, {{1, 3}, {2, 3}, {3, 3}}, QStringLiteral("III/d"),
               QStringLiteral("S1"));
    b.position(2, QStringLiteral("pengawas"), 1, {{1, 2}, {2, 2}, {3, 2}});
    b.position(3, QStringLiteral("pelaksana"), 1, {{1, 1}, {2, 1}, {3, 1}});
    return b;
}
QList<ExclusionReason> reasonsOf(const RankingResult& r, int employeeIndex)
{
    for (const Exclusion& e : r.excluded)
        if (e.employeeIndex == employeeIndex)
            return exclusionReasons(e.reasons);
    return {};
}
} // namespace

TEST_CASE("Jenjang compatibility allows the same jenjang or one step up", "[core][analytics][ranking]")
{
    CHECK(isCompatibleJenjang(QStringLiteral("administrator"), QStringLiteral("administrator")));
    CHECK(isCompatibleJenjang(QStringLiteral("pengawas"), QStringLiteral("administrator")));
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("pelaksana"), QStringLiteral("administrator")));
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("administrator"), QStringLiteral("pengawas")));
    CHECK(isCompatibleJenjang(QStringLiteral("administrator"), QStringLiteral("jpt_pratama")));
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("pengawas"), QStringLiteral("jpt_pratama")));
    CHECK(isCompatibleJenjang(QStringLiteral("ahli_muda"), QStringLiteral("ahli_madya")));
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("ahli_pertama"), QStringLiteral("ahli_madya")));
    CHECK(isCompatibleJenjang(QStringLiteral("ahli_muda"), QStringLiteral("administrator")));  // JF -> one step up
    CHECK(isCompatibleJenjang(QStringLiteral("ahli_madya"), QStringLiteral("administrator"))); // equivalent step
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("ahli_pertama"), QStringLiteral("administrator")));
    CHECK(isCompatibleJenjang(QStringLiteral("administrator"), QStringLiteral("ahli_madya"))); // inpassing
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("pengawas"), QStringLiteral("ahli_madya")));
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("mahir"), QStringLiteral("ahli_muda")));
    CHECK_FALSE(isCompatibleJenjang(QStringLiteral("unknown"), QStringLiteral("administrator")));
}

TEST_CASE("Retirement falls at the end of the month of the retirement age", "[core][analytics][ranking]")
{
    CHECK(retirementDate(QDate(1970, 5, 10), 58) == QDate(2028, 5, 31));
    CHECK(retirementDate(QDate(1968, 2, 29), 60) == QDate(2028, 2, 29));
}

TEST_CASE("Each hard filter excludes a candidate with its reason", "[core][analytics][ranking]")
{
    test::SnapshotBuilder b = rankingOrg();
    const int eligible = b.employee(1, 2, 1, {{1, 3}, {2, 3}, {3, 3}});
    const int lowGolongan = b.employee(2, 2, 1, {{1, 3}, {2, 3}, {3, 3}}, QStringLiteral("III/b"));
    const int lowEducation = b.employee(3, 2, 1, {{1, 3}}, QStringLiteral("IV/a"), QStringLiteral("SMA"));
    const int farJenjang = b.employee(4, 3, 1, {{1, 3}});
    const int noPosition = b.employee(5, 0, 1, {{1, 3}});
    const int retiring =
        b.employee(6, 2, 1, {{1, 3}}, QStringLiteral("IV/a"), QStringLiteral("S1"), QDate(1968, 6, 15));
    const int sanctioned = b.employee(7, 2, 1, {{1, 3}});
    b.data.addSanction(sanctioned, {QStringLiteral("sedang"), QDate(2025, 6, 1), {}});
    const int mildSanction = b.employee(8, 2, 1, {{1, 3}});
    b.data.addSanction(mildSanction, {QStringLiteral("ringan"), QDate(2025, 6, 1), {}});
    const int incumbent = b.employee(9, 1, 1, {{1, 3}});
    const int pppk = b.employee(10, 2, 1, {{1, 3}}, QStringLiteral("XIII"));
    const int several = b.employee(11, 3, 1, {{1, 3}}, QStringLiteral("II/a"), QStringLiteral("SMA"));
    b.data.finish();

    AnalyticsSettings s;
    const RankingResult r = rankCandidates(b.data, 0, s, kToday);
    CHECK(r.candidates == 3);
    QVector<int> ranked;
    for (const RankedCandidate& c : r.ranked)
        ranked.append(c.employeeIndex);
    CHECK(ranked.contains(eligible));
    CHECK(ranked.contains(mildSanction));
    CHECK(ranked.contains(pppk)); // PPPK XIII ranks with PNS IV/a
    CHECK(reasonsOf(r, lowGolongan) == QList<ExclusionReason>{BelowMinimumGolongan});
    CHECK(reasonsOf(r, lowEducation) == QList<ExclusionReason>{BelowMinimumEducation});
    CHECK(reasonsOf(r, farJenjang) == QList<ExclusionReason>{IncompatibleJenjang});
    CHECK(reasonsOf(r, noPosition) == QList<ExclusionReason>{NoCurrentPosition});
    CHECK(reasonsOf(r, retiring) == QList<ExclusionReason>{RetiringSoon});
    CHECK(reasonsOf(r, sanctioned) == QList<ExclusionReason>{DisqualifyingSanction});
    CHECK(reasonsOf(r, incumbent) == QList<ExclusionReason>{AlreadyInPosition});
    CHECK(reasonsOf(r, several) ==
          QList<ExclusionReason>{BelowMinimumGolongan, BelowMinimumEducation, IncompatibleJenjang});
    for (quint32 bit = 1; bit <= LastExclusionReason; bit <<= 1) {
        CHECK_FALSE(exclusionReasonText(ExclusionReason(bit)).isEmpty());
        CHECK_FALSE(exclusionReasonCode(ExclusionReason(bit)).isEmpty());
    }
    SECTION("the retirement horizon is a setting")
    {
        s.retirementHorizonMonths = 3;
        CHECK(reasonsOf(rankCandidates(b.data, 0, s, kToday), retiring).isEmpty());
    }
}

TEST_CASE("Ranking orders complete before incomplete, then score, JPM, golongan, masa kerja, NIP",
          "[core][analytics][ranking]")
{
    test::SnapshotBuilder b = rankingOrg();
    const auto full = std::initializer_list<std::pair<qint64, int>>{{1, 3}, {2, 3}, {3, 2}}; // 8/9 = 88.89
    const int incompleteHigh = b.employee(1, 2, 1, {{1, 5}, {2, 5}});                        // lower bound 100
    const int nipLater = b.employee(3, 2, 1, full);
    const int nipEarlier = b.employee(2, 2, 1, full);
    const int longerService =
        b.employee(4, 2, 1, full, QStringLiteral("IV/a"), QStringLiteral("S1"), QDate(1980, 1, 1), QDate(1999, 3, 1));
    const int higherGolongan = b.employee(5, 2, 1, full, QStringLiteral("IV/b"));
    const int best = b.employee(6, 2, 1, {{1, 3}, {2, 3}, {3, 3}});
    b.data.finish();
    const AnalyticsSettings s;
    const RankingResult r = rankCandidates(b.data, 0, s, kToday);
    QVector<int> order;
    for (const RankedCandidate& c : r.ranked)
        order.append(c.employeeIndex);
    CHECK(order == QVector<int>{best, higherGolongan, longerService, nipEarlier, nipLater, incompleteHigh});
    CHECK(r.ranked.last().jpm.missing == QVector<qint64>{3});
    CHECK_FALSE(r.ranked.last().complete);
    CHECK(r.ranked[0].score == 100.0);
    CHECK(r.ranked[1].score == Approx(88.89));

    SECTION("the per-competency contributions explain the score")
    {
        const RankedCandidate& c = r.ranked[1];
        REQUIRE(c.contributions.size() == 3);
        double sum = c.kinerjaContribution;
        for (const GapRow& g : c.contributions)
            sum += g.contribution;
        CHECK(roundTo2(sum) == c.score);
        CHECK(c.contributions[2].gap == -1);
    }
    SECTION("the limit keeps the best rows")
    {
        const RankingResult top = rankCandidates(b.data, 0, s, kToday, RankingOptions{2});
        REQUIRE(top.ranked.size() == 2);
        CHECK(top.ranked[0].employeeIndex == best);
        CHECK(top.ranked[1].employeeIndex == higherGolongan);
        CHECK(top.candidates == 6);
    }
}

TEST_CASE("Blending performance into the score; unknown kinerja ranks last, equal scores go to the higher JPM",
          "[core][analytics][ranking]")
{
    test::SnapshotBuilder b = rankingOrg();
    const int jpm100 = b.employee(1, 2, 1, {{1, 3}, {2, 3}, {3, 3}});
    const int jpm89 = b.employee(2, 2, 1, {{1, 3}, {2, 3}, {3, 2}});
    const int noRating = b.employee(3, 2, 1, {{1, 3}, {2, 3}, {3, 3}});
    b.data.addRating(jpm100, 2025, QStringLiteral("butuh_perbaikan")); // 60
    b.data.addRating(jpm89, 2025, QStringLiteral("baik"));             // 80
    b.data.finish();
    AnalyticsSettings s;
    s.performanceWeight = 50;
    const RankingResult r = rankCandidates(b.data, 0, s, kToday);
    REQUIRE(r.ranked.size() == 3);
    CHECK(r.ranked[0].employeeIndex == jpm89); // 0.5 x 88.89 + 0.5 x 80 = 84.445 -> 84.45 > 80
    CHECK(r.ranked[0].score == Approx(84.45));
    CHECK(r.ranked[1].employeeIndex == jpm100);
    CHECK(r.ranked[1].kinerjaContribution == 30.0);
    CHECK(r.ranked[2].employeeIndex == noRating); // kinerja unknown: incomplete, last
    CHECK_FALSE(r.ranked[2].complete);
    SECTION("equal blended scores are ordered by JPM")
    {
        s.predikatScore.insert(QStringLiteral("baik"), 71.11); // 0.5 x 88.89 + 0.5 x 71.11 = 80 = 0.5 x 100 + 0.5 x 60
        const RankingResult tie = rankCandidates(b.data, 0, s, kToday);
        CHECK(tie.ranked[0].score == tie.ranked[1].score);
        CHECK(tie.ranked[0].employeeIndex == jpm100);
        CHECK(tie.ranked[1].employeeIndex == jpm89);
    }
}

TEST_CASE("Unit aggregates count every employee of the unit and its sub-units", "[core][analytics][aggregates]")
{
    test::SnapshotBuilder b;
    b.competency(1);
    b.competency(2);
    b.unit(1);    // dinas
    b.unit(2, 1); // bidang
    b.unit(3, 2); // seksi
    b.unit(4, 1); // another bidang
    b.position(1, QStringLiteral("pengawas"), 3, {{1, 2}, {2, 2}});
    b.employee(1, 1, 3, {{1, 2}, {2, 2}}); // 100, O
    b.employee(2, 1, 3, {{1, 2}, {2, 1}}); // 75, KO, C2 below
    b.employee(3, 1, 2, {{1, 3}});         // incomplete
    b.employee(4, 0, 4, {});               // no position
    b.employee(5, 1, 1, {{1, 1}, {2, 2}}); // 75, KO
    b.data.finish();
    const AnalyticsSettings s;
    const CategoryScale& scale = *s.scale(QStringLiteral("pemetaan"));
    const auto jpm = jpmForAll(b.data, s, &scale);
    const auto units = unitAggregates(b.data, jpm, scale);
    REQUIRE(units.size() == 4);

    const UnitAggregate& seksi = units[2];
    CHECK(seksi.employees == 2);
    CHECK(seksi.complete == 2);
    CHECK(seksi.meanJpm == 87.5);
    CHECK(seksi.distribution == QVector<int>{1, 0, 1});
    REQUIRE(seksi.competencies.size() == 2);
    CHECK(seksi.competencies[1].meanGap == -0.5);
    CHECK(seksi.competencies[1].belowStandard == 1);

    const UnitAggregate& bidang = units[1];
    CHECK(bidang.employees == 3);
    CHECK(bidang.incomplete == 1);
    CHECK(bidang.competencies[0].required == 3);
    CHECK(bidang.competencies[0].assessed == 3);
    CHECK(bidang.competencies[0].meanGap == Approx(0.33));
    CHECK(bidang.competencies[1].assessed == 2);

    const UnitAggregate& dinas = units[0];
    CHECK(dinas.employees == 5);
    CHECK(dinas.complete == 3);
    CHECK(dinas.incomplete == 1);
    CHECK(dinas.noStandard == 1);
    CHECK(dinas.meanJpm == Approx(83.33));
    CHECK(dinas.distribution == QVector<int>{1, 0, 2});
    CHECK(dinas.competencies[0].belowStandard == 1);

    const UnitAggregate city = aggregateOf(b.data, jpm, scale, b.data.employeesInScope(-1));
    CHECK(city.employees == dinas.employees);
    CHECK(city.meanJpm == dinas.meanJpm);
    CHECK(b.data.employeesInScope(1).size() == 3); // bidang with its seksi
}
