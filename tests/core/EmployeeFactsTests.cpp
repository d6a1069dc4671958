#include <catch2/catch.hpp>

#include "AnalyticsTestData.h"
#include "QtStringMaker.h"
#include "analytics/CandidateRanking.h"
#include "analytics/EmployeeFacts.h"

using namespace karsa;

TEST_CASE("Masa kerja counts completed years and months from TMT CPNS", "[core][analytics]")
{
    const YearsMonths a = masaKerja(QDate(2015, 5, 1), QDate(2026, 3, 31));
    CHECK(a.years == 10);
    CHECK(a.months == 10);
    const YearsMonths b = masaKerja(QDate(2015, 5, 15), QDate(2026, 5, 14));
    CHECK(b.years == 10);
    CHECK(b.months == 11);
    const YearsMonths c = masaKerja(QDate(2015, 5, 15), QDate(2026, 5, 15));
    CHECK(c.years == 11);
    CHECK(c.months == 0);
    CHECK(masaKerja(QDate(), QDate(2026, 1, 1)).years == 0);
    CHECK(masaKerja(QDate(2027, 1, 1), QDate(2026, 1, 1)).months == 0);
}

TEST_CASE("Age is counted in completed years", "[core][analytics]")
{
    CHECK(ageOn(QDate(1980, 6, 10), QDate(2026, 6, 9)) == 45);
    CHECK(ageOn(QDate(1980, 6, 10), QDate(2026, 6, 10)) == 46);
    CHECK(ageOn(QDate(), QDate(2026, 6, 10)) == -1);
}

TEST_CASE("The retirement date uses the retirement age of the jenjang of the employee's position", "[core][analytics]")
{
    test::SnapshotBuilder b;
    b.competency(1);
    b.unit(1);
    b.position(10, QStringLiteral("administrator"), 1, {{1, 3}});
    b.position(11, QStringLiteral("ahli_madya"), 1, {{1, 3}});
    const int admin = b.employee(1, 10, 1, {{1, 3}}, QStringLiteral("IV/a"), QStringLiteral("S1"), QDate(1970, 5, 10));
    const int madya = b.employee(2, 11, 1, {{1, 3}}, QStringLiteral("IV/a"), QStringLiteral("S1"), QDate(1970, 5, 10));
    const int none = b.employee(3, 0, 1, {}, QStringLiteral("IV/a"), QStringLiteral("S1"), QDate(1970, 5, 10));
    b.data.finish();
    AnalyticsSettings settings;
    settings.retirementAge.insert(QStringLiteral("administrator"), 58);
    settings.retirementAge.insert(QStringLiteral("ahli_madya"), 60);
    CHECK(retirementAgeOf(b.data, settings, admin) == 58);
    CHECK(retirementDateOf(b.data, settings, admin) == QDate(2028, 5, 31));
    CHECK(retirementDateOf(b.data, settings, madya) == retirementDate(QDate(1970, 5, 10), 60));
    CHECK(retirementDateOf(b.data, settings, madya) == QDate(2030, 5, 31));
    CHECK(retirementAgeOf(b.data, settings, none) == 58);
}
