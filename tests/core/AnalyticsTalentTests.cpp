#include <catch2/catch.hpp>

#include "AnalyticsTestData.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/TalentBox.h"

using namespace karsa;

namespace {
const QDate kToday(2026, 3, 1);

JpmResult completeJpm(double value)
{
    JpmResult r;
    r.status = JpmStatus::Complete;
    r.jpm = value;
    r.ikk = 100 - value;
    return r;
}
} // namespace

TEST_CASE("The nine boxes are numbered exactly as PermenPANRB 3/2020", "[core][analytics][talent]")
{
    using K = KinerjaLevel;
    using P = PotensialLevel;
    CHECK(talentBox(K::Bawah, P::Rendah) == 1);
    CHECK(talentBox(K::Sesuai, P::Rendah) == 2);
    CHECK(talentBox(K::Bawah, P::Menengah) == 3);
    CHECK(talentBox(K::Atas, P::Rendah) == 4);
    CHECK(talentBox(K::Sesuai, P::Menengah) == 5);
    CHECK(talentBox(K::Bawah, P::Tinggi) == 6);
    CHECK(talentBox(K::Atas, P::Menengah) == 7);
    CHECK(talentBox(K::Sesuai, P::Tinggi) == 8);
    CHECK(talentBox(K::Atas, P::Tinggi) == 9);
    for (int box = 1; box <= 9; ++box)
        CHECK(talentBox(boxKinerja(box), boxPotensial(box)) == box);
}

TEST_CASE("Each box carries its recommendation text verbatim", "[core][analytics][talent]")
{
    CHECK(talentRecommendation(9) ==
          QStringLiteral(
              "Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; Penghargaan"));
    CHECK(talentRecommendation(8) == QStringLiteral("Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; "
                                                    "Rotasi/Perluasan jabatan; Bimbingan kinerja"));
    CHECK(talentRecommendation(7) ==
          QStringLiteral("Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/Pengayaan jabatan; "
                         "Pengembangan kompetensi; Tugas belajar"));
    CHECK(talentRecommendation(6) == QStringLiteral("Penempatan yang sesuai; Bimbingan kinerja; Konseling kinerja"));
    CHECK(talentRecommendation(5) ==
          QStringLiteral("Penempatan yang sesuai; Bimbingan kinerja; Pengembangan kompetensi"));
    CHECK(talentRecommendation(4) == QStringLiteral("Rotasi; Pengembangan kompetensi"));
    CHECK(talentRecommendation(3) == QStringLiteral("Bimbingan kinerja; Konseling kinerja; Pengembangan kompetensi; "
                                                    "Penempatan yang sesuai"));
    CHECK(talentRecommendation(2) ==
          QStringLiteral("Bimbingan kinerja; Pengembangan kompetensi; Penempatan yang sesuai"));
    CHECK(talentRecommendation(1) == QStringLiteral("Diproses sesuai ketentuan peraturan perundangan"));
    CHECK(talentRecommendation(0).isEmpty());
}

TEST_CASE("Kinerja comes from the predikat of the last two completed years", "[core][analytics][talent]")
{
    const AnalyticsSettings s;
    CHECK(kinerjaYears(kToday, s) == std::pair<int, int>(2024, 2025));
    const QVector<RatingEntry> ratings{{2023, QStringLiteral("sangat_kurang")},
                                       {2024, QStringLiteral("sangat_baik")},
                                       {2025, QStringLiteral("baik")},
                                       {2026, QStringLiteral("sangat_kurang")}};
    const auto score = kinerjaScore(ratings, kToday, s);
    REQUIRE(score.has_value());
    CHECK(*score == 90.0);
    CHECK(kinerjaLevel(*score, s) == KinerjaLevel::Atas);
    CHECK(kinerjaLevel(80.0, s) == KinerjaLevel::Sesuai);
    CHECK(kinerjaLevel(70.0, s) == KinerjaLevel::Sesuai);
    CHECK(kinerjaLevel(69.99, s) == KinerjaLevel::Bawah);
    CHECK(potensialLevel(80.0, s) == PotensialLevel::Tinggi);
    CHECK(potensialLevel(79.99, s) == PotensialLevel::Menengah);
    CHECK(potensialLevel(60.0, s) == PotensialLevel::Menengah);
    CHECK(potensialLevel(59.99, s) == PotensialLevel::Rendah);
}

TEST_CASE("Potensial may blend further weighted components with the JPM", "[core][analytics][talent]")
{
    const AnalyticsSettings s; // JPM weight 100
    const QVector<PotensialComponent> extra{{50.0, 100.0}};
    CHECK(potensialScore(90.0, {}, s) == 90.0);
    CHECK(potensialScore(90.0, extra, s) == 70.0);
}

TEST_CASE("Every combination of the axes lands in its box", "[core][analytics][talent]")
{
    const AnalyticsSettings s;
    const std::pair<const char*, double> kinerja[] = {{"kurang", 40.0}, {"baik", 80.0}, {"sangat_baik", 100.0}};
    const double potensial[] = {50.0, 70.0, 95.0};
    const int expected[3][3] = {{1, 3, 6}, {2, 5, 8}, {4, 7, 9}};
    for (int k = 0; k < 3; ++k)
        for (int p = 0; p < 3; ++p) {
            const QVector<RatingEntry> ratings{{2024, QString::fromLatin1(kinerja[k].first)},
                                               {2025, QString::fromLatin1(kinerja[k].first)}};
            const TalentResult t = placeTalent(completeJpm(potensial[p]), ratings, {}, kToday, s);
            CHECK(t.box == expected[k][p]);
            CHECK(t.placed());
        }
}

TEST_CASE("An employee without a rating in the window or with an incomplete JPM is not placed",
          "[core][analytics][talent]")
{
    const AnalyticsSettings s;
    const QVector<RatingEntry> old{{2022, QStringLiteral("baik")}};
    const TalentResult noRating = placeTalent(completeJpm(90), old, {}, kToday, s);
    CHECK_FALSE(noRating.placed());
    CHECK(noRating.box == 0);
    CHECK_FALSE(noRating.kinerja.has_value());
    CHECK(noRating.potensial.has_value());

    JpmResult incomplete = completeJpm(90);
    incomplete.status = JpmStatus::Incomplete;
    incomplete.missing = {3};
    const QVector<RatingEntry> recent{{2025, QStringLiteral("baik")}};
    const TalentResult noPotensial = placeTalent(incomplete, recent, {}, kToday, s);
    CHECK_FALSE(noPotensial.placed());
    CHECK_FALSE(noPotensial.potensial.has_value());
    CHECK(noPotensial.kinerja.has_value());
}

TEST_CASE("The rekam-jejak screen flags moderate or heavy sanctions of the last two years", "[core][analytics][talent]")
{
    const AnalyticsSettings s;
    const auto flagged = [&](const SanctionEntry& e) {
        return failsRekamJejak(std::span<const SanctionEntry>(&e, 1), kToday, s);
    };
    CHECK(flagged({QStringLiteral("sedang"), QDate(2025, 1, 10), QDate(2025, 7, 10)}));
    CHECK(flagged({QStringLiteral("berat"), QDate(2024, 3, 1), {}}));
    CHECK_FALSE(flagged({QStringLiteral("ringan"), QDate(2025, 6, 1), {}}));
    CHECK_FALSE(flagged({QStringLiteral("sedang"), QDate(2023, 3, 1), QDate(2023, 9, 1)}));   // 3 years ago
    CHECK(flagged({QStringLiteral("berat"), QDate(2022, 1, 1), QDate(2025, 1, 1)}));          // still running
    CHECK_FALSE(flagged({QStringLiteral("sedang"), QDate(2024, 2, 29), QDate(2024, 2, 29)})); // just outside
    const TalentResult t = placeTalent(
        completeJpm(90), {}, std::vector<SanctionEntry>{{QStringLiteral("sedang"), QDate(2025, 5, 1), {}}}, kToday, s);
    CHECK(t.rekamJejakFlag);
}

TEST_CASE("The succession pool of a key position holds boxes 7 to 9 with their JPM against it",
          "[core][analytics][talent]")
{
    test::SnapshotBuilder b;
    b.competency(1);
    b.competency(2);
    b.unit(1);
    b.position(1, QStringLiteral("pengawas"), 1, {{1, 2}, {2, 2}});
    b.position(2, QStringLiteral("administrator"), 1, {{1, 3}, {2, 3}}, {}, {}, true);
    const int box9 = b.employee(1, 1, 1, {{1, 2}, {2, 2}}); // potensial 100
    const int box7 = b.employee(2, 1, 1, {{1, 2}, {2, 1}}); // potensial 75
    const int box5 = b.employee(3, 1, 1, {{1, 2}, {2, 1}}); // potensial 75, kinerja sesuai
    const int box8 = b.employee(4, 1, 1, {{1, 3}, {2, 3}}); // potensial 100 (clamped), kinerja sesuai
    for (int i : {box9, box7}) {
        b.data.addRating(i, 2024, QStringLiteral("sangat_baik"));
        b.data.addRating(i, 2025, QStringLiteral("sangat_baik"));
    }
    b.data.addRating(box5, 2025, QStringLiteral("baik"));
    b.data.addRating(box8, 2025, QStringLiteral("baik"));
    b.data.finish();
    const AnalyticsSettings s;
    const auto jpm = jpmForAll(b.data, s, nullptr);
    const auto talent = talentForAll(b.data, s, jpm, kToday);
    CHECK(talent[box9].box == 9);
    CHECK(talent[box7].box == 7);
    CHECK(talent[box5].box == 5);
    CHECK(talent[box8].box == 8);
    const auto pool = successionPool(b.data, s, talent, b.data.positionIndexByCode(QStringLiteral("P2")));
    REQUIRE(pool.size() == 3);
    CHECK(pool[0].employeeIndex == box9);
    CHECK(pool[0].jpm.jpm == Approx(66.67)); // 4 / 6 against the key position
    CHECK(pool[1].employeeIndex == box8);
    CHECK(pool[1].jpm.jpm == 100.0);
    CHECK(pool[2].employeeIndex == box7);
    CHECK(pool[2].jpm.jpm == 50.0);
}
