#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "evaluation/EvaluationScoring.h"
#include "evaluation/Instrument.h"

#include <cmath>

using namespace karsa;

namespace {

// 7 values x 3 behaviours with ids 1..21, like the shipped instrument.
Instrument sevenByThree()
{
    Instrument instrument;
    qint64 id = 0;
    for (int v = 1; v <= 7; ++v) {
        CoreValue value{v, QStringLiteral("V%1").arg(v), QStringLiteral("Value %1").arg(v), v, {}, {}};
        for (int k = 1; k <= 3; ++k) {
            ++id;
            value.behaviours.append({id, v, QStringLiteral("V%1B%2").arg(v).arg(k), k, QStringLiteral("B%1").arg(id)});
        }
        instrument.add(value);
    }
    return instrument;
}

RaterEntry rater(qint64 id, qint64 ratee, RaterRole role, qint64 by, QVector<int> scores)
{
    RaterEntry r;
    r.id = id;
    r.rateeEmployeeId = ratee;
    r.role = role;
    r.raterEmployeeId = by;
    r.submittedAt = QStringLiteral("2026-01-10T08:00:00Z");
    r.scores.resize(21);
    for (int b = 0; b < 21; ++b)
        r.scores[b] = scores.at(b % scores.size());
    return r;
}

struct Setup
{
    Instrument instrument = sevenByThree();
    PredikatMatrix matrix;
    CycleScoringInput input;
    Setup()
    {
        input.instrument = &instrument;
        input.matrix = &matrix;
        input.scaleMax = 5;
    }
    QVector<EvaluationResult> run() { return scoreCycle(input); }
};

} // namespace

TEST_CASE("The predikat matrix has all nine cells of PermenPANRB 6/2022", "[core][evaluation]")
{
    const PredikatMatrix m;
    // hasil kerja di atas
    CHECK(m.predikat(1, 1) == u"sangat_baik");
    CHECK(m.predikat(1, 0) == u"baik");
    CHECK(m.predikat(1, -1) == u"kurang");
    // hasil kerja sesuai
    CHECK(m.predikat(0, 1) == u"baik");
    CHECK(m.predikat(0, 0) == u"baik");
    CHECK(m.predikat(0, -1) == u"kurang");
    // hasil kerja di bawah
    CHECK(m.predikat(-1, 1) == u"butuh_perbaikan");
    CHECK(m.predikat(-1, 0) == u"butuh_perbaikan");
    CHECK(m.predikat(-1, -1) == u"sangat_kurang");
}

TEST_CASE("Perilaku is the role-weighted mean of the included roles", "[core][evaluation]")
{
    Setup s;
    s.input.ratees = {{10, 1, 0, std::nullopt}};
    s.input.raters = {rater(1, 10, RaterRole::Atasan, 20, {5}), rater(2, 10, RaterRole::Rekan, 21, {3}),
                      rater(3, 10, RaterRole::Rekan, 22, {3}), rater(4, 10, RaterRole::Rekan, 23, {3}),
                      rater(5, 10, RaterRole::Diri, 10, {4})};
    auto r = s.run().first();
    // Superior 50, peers 20, self weight 0: (50*5 + 20*3) / 70.
    REQUIRE(r.perilakuScore.has_value());
    CHECK(*r.perilakuScore == Approx(310.0 / 70.0));
    CHECK(*r.perilakuPercent == Approx((310.0 / 70.0 - 1.0) / 4.0 * 100.0));
    CHECK(*r.perilakuRating == 1); // (4.43 - 1) / 4 = 85.7 % of the scale: above expectation
    CHECK(r.roles[size_t(RaterRole::Diri)].included == false);
    CHECK(*r.othersScore == Approx(310.0 / 70.0));

    SECTION("other weights change the score")
    {
        s.input.settings.weight = {20.0, 80.0, 0.0, 0.0, 0.0};
        auto r2 = s.run().first();
        CHECK(*r2.perilakuScore == Approx((20.0 * 5 + 80.0 * 3) / 100.0));
        CHECK(*r2.perilakuRating == 0);
    }
    SECTION("self counts when it has a weight")
    {
        s.input.settings.weight = {50.0, 20.0, 0.0, 30.0, 0.0};
        auto r3 = s.run().first();
        CHECK(*r3.perilakuScore == Approx((50.0 * 5 + 20.0 * 3 + 30.0 * 4) / 100.0));
        CHECK(*r3.othersScore == Approx(310.0 / 70.0));
    }
}

TEST_CASE("Perilaku ratings follow the thresholds in percent of the scale", "[core][evaluation]")
{
    EvaluationSettings s; // atas >= 80 %, sesuai >= 50 %
    CHECK(perilakuRatingOf(scalePercent(4.2, 5), s) == 1);
    CHECK(perilakuRatingOf(scalePercent(4.19, 5), s) == 0);
    CHECK(perilakuRatingOf(scalePercent(3.0, 5), s) == 0);
    CHECK(perilakuRatingOf(scalePercent(2.99, 5), s) == -1);
    CHECK(scalePercent(7, 7) == Approx(100.0));
}

TEST_CASE("Too few raters keep a result pending with the reason", "[core][evaluation]")
{
    Setup s;
    s.input.ratees = {{10, 1, std::nullopt, std::nullopt}};
    RaterEntry unanswered = rater(4, 10, RaterRole::Rekan, 23, {4});
    unanswered.submittedAt.clear();
    s.input.raters = {rater(1, 10, RaterRole::Atasan, 20, {4}), rater(2, 10, RaterRole::Rekan, 21, {4}),
                      rater(3, 10, RaterRole::Rekan, 22, {4}), unanswered};

    auto r = s.run().first();
    CHECK(r.pending());
    CHECK_FALSE(r.isFinal());
    CHECK(r.predikat.isEmpty());
    CHECK(r.pendingReasons.contains(QStringLiteral("Peer: 2 of minimum 3 answered")));
    CHECK(r.pendingReasons.contains(QStringLiteral("hasil kerja (SKP) not entered")));
    CHECK_FALSE(r.roles[size_t(RaterRole::Rekan)].visible); // anonymous and below the minimum
    CHECK_FALSE(r.roles[size_t(RaterRole::Rekan)].mean.has_value());

    SECTION("the third peer answers and hasil kerja is entered: final")
    {
        s.input.raters[3].submittedAt = QStringLiteral("2026-01-11T08:00:00Z");
        s.input.ratees[0].hasilKerja = 0;
        auto done = s.run().first();
        CHECK_FALSE(done.pending());
        CHECK(done.predikat == u"baik");
        CHECK(done.roles[size_t(RaterRole::Rekan)].visible);
    }
    SECTION("fewer peers assigned than the minimum: the role is left out, not pending")
    {
        s.input.raters.removeLast();
        s.input.ratees[0].hasilKerja = 1;
        auto r2 = s.run().first();
        CHECK_FALSE(r2.pending());
        CHECK_FALSE(r2.roles[size_t(RaterRole::Rekan)].included);
        CHECK_FALSE(r2.roles[size_t(RaterRole::Rekan)].visible);
        CHECK(r2.roles[size_t(RaterRole::Rekan)].note == QStringLiteral("only 2 assigned, minimum 3: left out"));
        CHECK(*r2.perilakuScore == Approx(4.0)); // the superior alone
    }
    SECTION("no superior is a pending reason (required role)")
    {
        s.input.raters.removeFirst();
        s.input.raters[2].submittedAt = QStringLiteral("2026-01-11T08:00:00Z");
        s.input.ratees[0].hasilKerja = 0;
        auto r3 = s.run().first();
        CHECK(r3.pendingReasons == QStringList{QStringLiteral("Superior: none assigned")});
    }
    SECTION("the minimum is a setting")
    {
        s.input.settings.minRaters[size_t(RaterRole::Rekan)] = 2;
        s.input.ratees[0].hasilKerja = 0;
        CHECK_FALSE(s.run().first().pending());
    }
}

TEST_CASE("Unit-attributed public feedback counts for every employee of the unit", "[core][evaluation]")
{
    Setup s;
    s.input.ratees = {{10, 7, 0, std::nullopt}, {11, 7, 1, std::nullopt}, {12, 8, 0, std::nullopt}};
    for (int k = 0; k < 3; ++k) {
        RaterEntry p = rater(100 + k, 0, RaterRole::Masyarakat, 0, {5});
        p.rateeUnitId = 7;
        s.input.raters.append(p);
    }
    const auto results = s.run();
    CHECK(results[0].roles[size_t(RaterRole::Masyarakat)].answered == 3);
    CHECK(results[1].roles[size_t(RaterRole::Masyarakat)].answered == 3);
    CHECK(results[2].roles[size_t(RaterRole::Masyarakat)].answered == 0);
    CHECK(*results[0].roles[size_t(RaterRole::Masyarakat)].mean == Approx(5.0));
}

TEST_CASE("Bias flags: leniency, halo and self-vs-others, without changing scores", "[core][evaluation]")
{
    Setup s;
    s.input.ratees = {{10, 1, 0, std::nullopt}, {11, 1, 0, std::nullopt}, {12, 1, 0, std::nullopt}};
    const QVector<int> varied{2, 3, 4, 3, 2, 4, 3};
    // Rater 30 is lenient (always 5: also a halo); raters 31-33 vary around 3; 12 rates itself 5.
    s.input.raters = {rater(1, 10, RaterRole::Atasan, 30, {5}),    rater(2, 11, RaterRole::Atasan, 31, varied),
                      rater(3, 12, RaterRole::Atasan, 31, varied), rater(4, 10, RaterRole::Rekan, 32, varied),
                      rater(5, 11, RaterRole::Rekan, 33, varied),  rater(6, 12, RaterRole::Rekan, 32, varied),
                      rater(7, 12, RaterRole::Diri, 12, {5, 5, 4})};
    auto results = s.run();
    auto has = [](const EvaluationResult& r, BiasKind kind) {
        return std::any_of(r.flags.cbegin(), r.flags.cend(), [kind](const BiasFlag& f) { return f.kind == kind; });
    };
    CHECK(has(results[0], BiasKind::Leniency));
    CHECK(has(results[0], BiasKind::Halo));
    CHECK_FALSE(has(results[1], BiasKind::Leniency));
    CHECK_FALSE(has(results[1], BiasKind::Halo));
    CHECK(has(results[2], BiasKind::SelfGap));
    CHECK_FALSE(has(results[0], BiasKind::SelfGap));
    for (const BiasFlag& f : results[0].flags)
        CHECK_FALSE(f.text().contains(QStringLiteral("30")));
    // The flags are advice: the lenient superior still weighs in.
    CHECK(*results[0].roles[size_t(RaterRole::Atasan)].mean == Approx(5.0));

    SECTION("the thresholds are settings")
    {
        s.input.settings.leniencyGap = 5.0;
        s.input.settings.haloVariance = 0.0;
        s.input.settings.selfGap = 4.0;
        s.input.settings.haloMinAnswers = 50;
        for (const EvaluationResult& r : s.run())
            CHECK(r.flags.isEmpty());
    }
}

TEST_CASE("A calibration decides the final rating and keeps the original", "[core][evaluation]")
{
    Setup s;
    Calibration c;
    c.originalPredikat = QStringLiteral("baik");
    c.hasilKerja = 1;
    c.perilaku = 1;
    c.predikat = QStringLiteral("sangat_baik");
    c.reason = QStringLiteral("Prestasi inovasi layanan");
    s.input.ratees = {{10, 1, 0, c}};
    s.input.raters = {rater(1, 10, RaterRole::Atasan, 20, {4})};
    auto r = s.run().first();
    CHECK(r.predikat == u"baik"); // the computed result is kept
    CHECK(r.finalPredikat() == u"sangat_baik");
    CHECK(r.finalHasil() == 1);
    CHECK(r.statusText() == QStringLiteral("Calibrated"));
}
