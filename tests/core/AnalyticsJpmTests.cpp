#include <catch2/catch.hpp>

#include "AnalyticsTestData.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsSettings.h"
#include "analytics/JobPersonMatch.h"
#include "storage/SettingsRepository.h"

using namespace karsa;

namespace {
QVector<StandardLine> standard(std::initializer_list<std::pair<qint64, int>> items)
{
    QVector<StandardLine> s;
    for (const auto& [id, level] : items)
        s.append({id, level, 1.0, false});
    return s;
}
QVector<LevelEntry> levels(std::initializer_list<std::pair<qint64, int>> items)
{
    QVector<LevelEntry> l;
    for (const auto& [id, level] : items)
        l.append({id, level});
    std::sort(l.begin(), l.end(),
              [](const LevelEntry& a, const LevelEntry& b) { return a.competencyId < b.competencyId; });
    return l;
}
JpmResult jpm(const QVector<LevelEntry>& l, const QVector<StandardLine>& s, const JpmOptions& o = {},
              const CategoryScale* scale = nullptr)
{
    return computeJpm(LevelSpan(l.constData(), size_t(l.size())), StandardSpan(s.constData(), size_t(s.size())), o,
                      scale);
}
QVector<GapRow> gap(const QVector<LevelEntry>& l, const QVector<StandardLine>& s, const JpmOptions& o = {})
{
    return computeGap(LevelSpan(l.constData(), size_t(l.size())), StandardSpan(s.constData(), size_t(s.size())), o);
}
const CategoryScale& scaleNamed(const QString& name)
{
    static const AnalyticsSettings settings;
    return *settings.scale(name);
}
} // namespace

TEST_CASE("Gap is actual minus required and shortfall is the positive part of the deficit", "[core][analytics]")
{
    const auto rows = gap(levels({{1, 4}, {2, 2}, {3, 1}}), standard({{1, 3}, {2, 2}, {3, 4}}));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].gap == 1);
    CHECK(rows[0].shortfall == 0);
    CHECK(rows[1].gap == 0);
    CHECK(rows[1].shortfall == 0);
    CHECK(rows[2].gap == -3);
    CHECK(rows[2].shortfall == 3);
    CHECK(rows[2].assessed);
}

TEST_CASE("A competency without a current level is a missing row, not a silent zero", "[core][analytics]")
{
    const auto rows = gap(levels({{1, 3}}), standard({{1, 3}, {2, 2}}));
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[1].assessed);
    CHECK(rows[1].shortfall == 2);
}

TEST_CASE("Gap contributions add up to the JPM", "[core][analytics]")
{
    const auto s = standard({{1, 3}, {2, 3}, {3, 3}});
    const auto l = levels({{1, 2}, {2, 2}, {3, 3}});
    double sum = 0;
    for (const GapRow& r : gap(l, s))
        sum += r.contribution;
    CHECK(roundTo2(sum) == Approx(jpm(l, s).jpm));
}

TEST_CASE("JPM is the ratio of sums rounded to two decimals, IKK is 100 minus JPM", "[core][analytics]")
{
    const auto r = jpm(levels({{1, 2}, {2, 2}, {3, 3}}), standard({{1, 3}, {2, 3}, {3, 3}}));
    CHECK(r.status == JpmStatus::Complete);
    CHECK(r.jpm == Approx(77.78)); // 7/9 = 77.777...
    CHECK(r.ikk == Approx(22.22));
    const auto third = jpm(levels({{1, 1}, {2, 3}}), standard({{1, 3}, {2, 3}})); // 4/6
    CHECK(third.jpm == Approx(66.67));
}

TEST_CASE("JPM above 100 is clamped to 100 and IKK to 0", "[core][analytics]")
{
    const auto r = jpm(levels({{1, 5}, {2, 5}}), standard({{1, 3}, {2, 3}}));
    CHECK(r.jpm == 100.0);
    CHECK(r.ikk == 0.0);
}

TEST_CASE("The per-competency cap stops a surplus from covering a shortfall", "[core][analytics]")
{
    const auto s = standard({{1, 3}, {2, 3}});
    const auto l = levels({{1, 5}, {2, 1}});
    CHECK(jpm(l, s).jpm == 100.0); // 6 / 6
    JpmOptions capped;
    capped.capAtStandard = true;
    CHECK(jpm(l, s, capped).jpm == Approx(66.67)); // (3 + 1) / 6
}

TEST_CASE("Teknis weighting splits the JPM into a teknis and a manajerial part", "[core][analytics]")
{
    QVector<StandardLine> s = standard({{1, 2}, {2, 2}, {10, 4}});
    s[2].teknis = true;
    const auto l = levels({{1, 2}, {2, 2}, {10, 2}});
    CHECK(jpm(l, s).jpm == 75.0); // 6 / 8 without weighting
    JpmOptions o;
    o.teknisWeight = 0.4;
    CHECK(jpm(l, s, o).jpm == 80.0); // 40 % x 50 + 60 % x 100
    SECTION("contributions follow the weighting")
    {
        double sum = 0;
        for (const GapRow& r : gap(l, s, o))
            sum += r.contribution;
        CHECK(sum == Approx(80.0));
    }
    SECTION("a standard without teknis lines is not split")
    {
        const auto m = standard({{1, 2}, {2, 4}});
        CHECK(jpm(levels({{1, 2}, {2, 2}}), m, o).jpm == Approx(66.67));
    }
    SECTION("settings choose the share by jenjang, a position override wins")
    {
        AnalyticsSettings settings;
        CHECK(settings.jpmOptions(QStringLiteral("X"), QStringLiteral("ahli_madya")).teknisWeight < 0); // off
        settings.teknisWeighting = true;
        CHECK(settings.jpmOptions(QStringLiteral("X"), QStringLiteral("ahli_madya")).teknisWeight == Approx(0.4));
        CHECK(settings.jpmOptions(QStringLiteral("X"), QStringLiteral("ahli_pertama")).teknisWeight == Approx(0.6));
        settings.teknisWeightByPosition.insert(QStringLiteral("X"), 30.0);
        CHECK(settings.jpmOptions(QStringLiteral("X"), QStringLiteral("ahli_madya")).teknisWeight == Approx(0.3));
    }
}

TEST_CASE("An employee missing a required competency gets an incomplete result listing it", "[core][analytics]")
{
    const auto r = jpm(levels({{1, 3}, {3, 3}}), standard({{1, 3}, {2, 3}, {3, 3}, {4, 2}}), {},
                       &scaleNamed(QStringLiteral("seleksi")));
    CHECK(r.status == JpmStatus::Incomplete);
    CHECK_FALSE(r.complete());
    CHECK(r.missing == QVector<qint64>{2, 4});
    CHECK(r.category == -1); // no category for an incomplete profile
}

TEST_CASE("No standard means no JPM at all", "[core][analytics]")
{
    const auto r = jpm(levels({{1, 3}}), {});
    CHECK(r.status == JpmStatus::NoStandard);
}

TEST_CASE("Category bounds are inclusive lower bounds", "[core][analytics]")
{
    const CategoryScale& seleksi = scaleNamed(QStringLiteral("seleksi"));
    CHECK(seleksi.codeFor(100.0) == QStringLiteral("MS"));
    CHECK(seleksi.codeFor(80.00) == QStringLiteral("MS"));
    CHECK(seleksi.codeFor(79.99) == QStringLiteral("MMS"));
    CHECK(seleksi.codeFor(68.00) == QStringLiteral("MMS"));
    CHECK(seleksi.codeFor(67.99) == QStringLiteral("KMS"));
    CHECK(seleksi.codeFor(0.0) == QStringLiteral("KMS"));
    const CategoryScale& pemetaan = scaleNamed(QStringLiteral("pemetaan"));
    CHECK(pemetaan.codeFor(90.00) == QStringLiteral("O"));
    CHECK(pemetaan.codeFor(89.99) == QStringLiteral("CO"));
    CHECK(pemetaan.codeFor(78.00) == QStringLiteral("CO"));
    CHECK(pemetaan.codeFor(77.99) == QStringLiteral("KO"));
    CHECK(pemetaan.labelFor(90.0) == QStringLiteral("Optimal"));
    SECTION("a computed JPM of exactly 80 is MS")
    {
        const auto r = jpm(levels({{1, 4}, {2, 4}}), standard({{1, 5}, {2, 5}}), {}, &seleksi);
        CHECK(r.jpm == 80.0);
        REQUIRE(r.category >= 0);
        CHECK(seleksi.bands()[r.category].code == QStringLiteral("MS"));
    }
}

TEST_CASE("Category scales are editable settings with the two shipped scales as defaults", "[core][analytics]")
{
    test::TempDatabase db;
    SettingsRepository settings(db.db());
    CHECK(SettingsRepository::defaults().contains(QStringLiteral("jpm/scales")));
    CHECK(settings.value(QStringLiteral("jpm/default_scale")) == QStringLiteral("pemetaan"));
    auto loaded = AnalyticsSettings::load(settings);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->scale(QStringLiteral("seleksi")));
    REQUIRE(loaded->scale(QStringLiteral("pemetaan")));

    QVector<CategoryScale> scales = loaded->scales;
    scales.append(CategoryScale(QStringLiteral("kkp"), QStringLiteral("KKP"),
                                {{QStringLiteral("SB"), QStringLiteral("Sangat Baik"), 85},
                                 {QStringLiteral("B"), QStringLiteral("Baik"), 75},
                                 {QStringLiteral("K"), QStringLiteral("Kurang"), 0}}));
    REQUIRE(settings.setValue(QStringLiteral("jpm/scales"), CategoryScale::toJson(scales)).ok());
    REQUIRE(settings.setValue(QStringLiteral("jpm/cap_per_competency"), QStringLiteral("true")).ok());
    auto reloaded = AnalyticsSettings::load(settings);
    REQUIRE(reloaded.ok());
    const CategoryScale* kkp = reloaded->scale(QStringLiteral("kkp"));
    REQUIRE(kkp);
    CHECK(kkp->codeFor(85.0) == QStringLiteral("SB"));
    CHECK(kkp->codeFor(84.99) == QStringLiteral("B"));
    CHECK(kkp->codeFor(74.99) == QStringLiteral("K"));
    CHECK(reloaded->capAtStandard);

    REQUIRE(settings.setValue(QStringLiteral("jpm/scales"), QStringLiteral("{not json")).ok());
    CHECK_FALSE(AnalyticsSettings::load(settings).ok());
}

TEST_CASE("Gap and JPM are computed against the current and a target position", "[core][analytics]")
{
    test::SnapshotBuilder b;
    b.competency(1);
    b.competency(2);
    b.unit(1);
    b.position(1, QStringLiteral("pengawas"), 1, {{1, 2}, {2, 2}});
    b.position(2, QStringLiteral("administrator"), 1, {{1, 3}, {2, 4}});
    b.employee(1, 1, 1, {{1, 3}, {2, 2}});
    b.data.finish();
    const AnalyticsSettings settings;
    const auto current = gapAgainst(b.data, settings, 0, 0);
    REQUIRE(current.size() == 2);
    CHECK(current[0].gap == 1);
    CHECK(current[1].gap == 0);
    const auto target = gapAgainst(b.data, settings, 0, 1);
    CHECK(target[0].gap == 0);
    CHECK(target[1].gap == -2);
    CHECK(target[1].shortfall == 2);
    CHECK(jpmAgainst(b.data, settings, 0, 0).jpm == 100.0);
    CHECK(jpmAgainst(b.data, settings, 0, 1).jpm == Approx(71.43)); // 5 / 7
    const auto all = jpmForAll(b.data, settings, settings.scale(QStringLiteral("pemetaan")));
    REQUIRE(all.size() == 1);
    CHECK(all[0].jpm == 100.0);
    CHECK(all[0].category == 0);
}
