#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "refdata/ReferenceCatalog.h"
#include "storage/CompetencyRepository.h"
#include "storage/SettingsRepository.h"

using namespace karsa;

TEST_CASE("The shipped dictionary has 8 managerial and 1 socio-cultural competency, 5 levels each, with indicators",
          "[core][refdata]")
{
    test::TempDatabase db;
    auto all = CompetencyRepository(db.db()).all(true);
    REQUIRE(all.ok());
    int manajerial = 0, sosial = 0;
    for (const Competency& c : all.value()) {
        INFO("competency " << c.code.toStdString());
        if (c.type == CompetencyType::Manajerial)
            ++manajerial;
        if (c.type == CompetencyType::SosialKultural)
            ++sosial;
        CHECK_FALSE(c.definition.isEmpty());
        REQUIRE(c.levels.size() == 5);
        for (int i = 0; i < 5; ++i) {
            CHECK(c.levels[i].level == i + 1);
            CHECK_FALSE(c.levels[i].description.isEmpty());
            CHECK(c.levels[i].indicators.size() == 3);
            for (const QString& ind : c.levels[i].indicators)
                CHECK_FALSE(ind.trimmed().isEmpty());
        }
    }
    CHECK(manajerial == 8);
    CHECK(sosial == 1);
    auto integritas = CompetencyRepository(db.db()).byCode(QStringLiteral("M.01"));
    REQUIRE(integritas.ok());
    CHECK(integritas->name == QStringLiteral("Integritas"));
    auto perekat = CompetencyRepository(db.db()).byCode(QStringLiteral("SK.01"));
    REQUIRE(perekat.ok());
    CHECK(perekat->name == QStringLiteral("Perekat Bangsa"));
}

TEST_CASE("Golongan have their pangkat names and accept common spellings", "[core][refdata]")
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    CHECK(cat.golonganPns().size() == 17);
    CHECK(cat.golonganPppk().size() == 17);
    REQUIRE(cat.golongan(QStringLiteral("III/a")));
    CHECK(cat.golongan(QStringLiteral("III/a"))->pangkat == QStringLiteral("Penata Muda"));
    CHECK(cat.golongan(QStringLiteral("IV/e"))->pangkat == QStringLiteral("Pembina Utama"));
    CHECK(cat.golongan(QStringLiteral("3a")) == cat.golongan(QStringLiteral("III/a")));
    CHECK(cat.golongan(QStringLiteral("iii / b"))->code == QStringLiteral("III/b"));
    CHECK(cat.golongan(QStringLiteral("XVII"))->pppk);
    CHECK(cat.golongan(QStringLiteral("V/a")) == nullptr);
    CHECK(cat.golonganRank(QStringLiteral("II/d")) < cat.golonganRank(QStringLiteral("III/a")));
}

TEST_CASE("Jenjang ladders and retirement ages are loaded, retirement ages as editable settings", "[core][refdata]")
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    CHECK(cat.jenjangList().size() == 14);
    REQUIRE(cat.jenjang(QStringLiteral("ahli_utama")));
    CHECK(cat.jenjang(QStringLiteral("ahli_utama"))->retirementAge == 65);
    CHECK(cat.jenjang(QStringLiteral("jpt_pratama"))->family == QStringLiteral("jpt"));

    test::TempDatabase db;
    SettingsRepository settings(db.db());
    CHECK(settings.intValue(SettingsRepository::retirementAgeKey(QStringLiteral("pelaksana"))) == 58);
    REQUIRE(settings.setValue(SettingsRepository::retirementAgeKey(QStringLiteral("pelaksana")), QStringLiteral("60")).ok());
    CHECK(settings.intValue(SettingsRepository::retirementAgeKey(QStringLiteral("pelaksana"))) == 60);
}
