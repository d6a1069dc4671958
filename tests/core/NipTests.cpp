#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "domain/Nip.h"

using karsa::Nip;
using karsa::NipKind;
using karsa::Sex;

TEST_CASE("A valid PNS NIP decodes into birth date, TMT CPNS, sex and sequence", "[core][nip]")
{
    auto nip = Nip::parse(QStringLiteral("198609262015051001"));
    REQUIRE(nip.ok());
    CHECK(nip->kind == NipKind::Pns);
    CHECK(nip->birthDate == QDate(1986, 9, 26));
    CHECK(nip->tmtYear == 2015);
    CHECK(nip->tmtMonth == 5);
    CHECK(nip->sex == Sex::Male);
    CHECK(nip->sequence == 1);
    CHECK(nip->formatted() == QStringLiteral("19860926 201505 1 001"));
}

TEST_CASE("Spaced NIP input is accepted and normalised to 18 digits", "[core][nip]")
{
    auto nip = Nip::parse(QStringLiteral(" 19860926 201505 2 014 "));
    REQUIRE(nip.ok());
    CHECK(nip->digits == QStringLiteral("198609262015052014"));
    CHECK(nip->sex == Sex::Female);
    CHECK(nip->sequence == 14);
}

TEST_CASE("Each invalid NIP segment is named in the error", "[core][nip]")
{
    struct Case
    {
        const char* input;
        const char* segment;
    };
    const Case cases[] = {
        {"19860926201505100", "NIP"},           // 17 digits
        {"1986092620150510011", "NIP"},         // 19 digits
        {"19860926A01505100X", "NIP"},          // letters
        {"", "NIP"},                            // empty
        {"198602302015051001", "birth date"},   // 30 February
        {"198613012015051001", "birth date"},   // month 13
        {"198609262015131001", "TMT CPNS"},     // TMT month 13
        {"198609262015001001", "TMT CPNS"},     // TMT month 00
        {"198609261990051001", "TMT CPNS"},     // appointed at age 3
        {"198609262015053001", "sex"},          // sex digit 3
        {"198609262015050001", "sex"},          // sex digit 0
        {"198609262015051000", "sequence number"},
    };
    for (const Case& c : cases) {
        INFO("input " << c.input);
        auto nip = Nip::parse(QString::fromLatin1(c.input));
        REQUIRE_FALSE(nip.ok());
        CHECK(nip.error().field == QString::fromLatin1(c.segment));
        CHECK_FALSE(nip.error().message.isEmpty());
    }
}

TEST_CASE("A NI PPPK number is recognised by its PPPK marker", "[core][nip]")
{
    auto nip = Nip::parse(QStringLiteral("20001231 2024 2 1 1 001"));
    REQUIRE(nip.ok());
    CHECK(nip->kind == NipKind::Pppk);
    CHECK(nip->birthDate == QDate(2000, 12, 31));
    CHECK(nip->tmtYear == 2024);
    CHECK(nip->frequency == 1);
    CHECK(nip->sex == Sex::Male);
    CHECK(nip->sequence == 1);
    CHECK(nip->formatted() == QStringLiteral("20001231 2024 2 1 1 001"));

    auto bad = Nip::parse(QStringLiteral("200012312024201001")); // frequency 0
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == QStringLiteral("PPPK frequency"));
}

TEST_CASE("Composed NIPs parse back to what they were composed from", "[core][nip]")
{
    const QString pns = Nip::compose(QDate(1979, 2, 28), 2003, 12, Sex::Female, 123);
    CHECK(pns == QStringLiteral("197902282003122123"));
    auto p = Nip::parse(pns);
    REQUIRE(p.ok());
    CHECK(p->tmtMonth == 12);
    CHECK(p->sequence == 123);

    const QString pppk = Nip::composePppk(QDate(1990, 1, 5), 2022, 3, Sex::Male, 7);
    auto k = Nip::parse(pppk);
    REQUIRE(k.ok());
    CHECK(k->kind == NipKind::Pppk);
    CHECK(k->frequency == 3);
}
