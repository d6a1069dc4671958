#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "check/SettingsValidator.h"
#include "storage/SettingsRepository.h"

using namespace karsa;

TEST_CASE("The shipped default settings are valid", "[core][settings]")
{
    CHECK(SettingsValidator::validate(SettingsRepository::defaults()).ok());
}

TEST_CASE("Invalid settings are refused with the key named", "[core][settings]")
{
    auto values = SettingsRepository::defaults();
    auto expectError = [&](const QString& key, const QString& value, const QString& field) {
        auto v = values;
        v.insert(key, value);
        const Status s = SettingsValidator::validate(v);
        INFO(key.toStdString() << " = " << value.toStdString());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == field);
        CHECK_FALSE(s.error().message.isEmpty());
    };
    expectError(QStringLiteral("retirement_age/pelaksana"), QStringLiteral("abc"), QStringLiteral("retirement_age/pelaksana"));
    expectError(QStringLiteral("retirement_age/pelaksana"), QStringLiteral("99"), QStringLiteral("retirement_age/pelaksana"));
    expectError(QStringLiteral("talent/kinerja_atas"), QStringLiteral("50"), QStringLiteral("talent/kinerja_atas"));
    expectError(QStringLiteral("talent/potensial_menengah"), QStringLiteral("95"), QStringLiteral("talent/potensial_tinggi"));
    expectError(QStringLiteral("jpm/scales"), QStringLiteral("[not json"), QStringLiteral("jpm/scales"));
    expectError(QStringLiteral("jpm/default_scale"), QStringLiteral("tidak_ada"), QStringLiteral("jpm/default_scale"));
    expectError(QStringLiteral("signature/nip"), QStringLiteral("198602302015051001"), QStringLiteral("signature/nip"));
    expectError(QStringLiteral("organisation/logo_path"), QStringLiteral("/no/such/logo.png"), QStringLiteral("organisation/logo_path"));

    auto ok = values;
    ok.insert(QStringLiteral("talent/kinerja_atas"), QStringLiteral("85,5"));
    ok.insert(QStringLiteral("signature/nip"), QStringLiteral("19860926 201505 1 001"));
    CHECK(SettingsValidator::validate(ok).ok());
}
