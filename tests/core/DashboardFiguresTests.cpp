#include <catch2/catch.hpp>

#include "AnalyticsTestData.h"
#include "QtStringMaker.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/DashboardFigures.h"

using namespace karsa;

namespace {
struct City
{
    test::SnapshotBuilder b;
    AnalyticsSettings settings;
    QVector<JpmResult> jpm;
    City()
    {
        b.competency(1);
        b.competency(2);
        b.unit(1);    // root
        b.unit(2, 1); // child A
        b.unit(3, 1); // child B
        b.position(10, QStringLiteral("administrator"), 2, {{1, 3}, {2, 3}});
        b.position(11, QStringLiteral("pengawas"), 3, {{1, 2}, {2, 2}});
        b.employee(1, 10, 2, {{1, 3}, {2, 3}}); // 100 -> O
        b.employee(2, 10, 2, {{1, 2}, {2, 3}}); // 83.33 -> CO
        b.employee(3, 10, 2, {{1, 1}, {2, 1}}); // 33.33 -> KO
        b.employee(4, 11, 3, {{1, 2}});         // incomplete
        b.employee(5, 11, 3, {{1, 1}, {2, 2}}); // 75 -> KO
        b.employee(6, 0, 3, {});                // no standard
        b.data.finish();
        jpm = jpmForAll(b.data, settings, settings.scale(QStringLiteral("pemetaan")));
    }
};
} // namespace

TEST_CASE("Dashboard employee sets match the unit aggregates' counts", "[core][analytics]")
{
    City c;
    const CategoryScale& scale = *c.settings.scale(QStringLiteral("pemetaan"));
    const auto aggregates = unitAggregates(c.b.data, c.jpm, scale);
    for (int u = -1; u < c.b.data.units().size(); ++u) {
        const QVector<int> scope = c.b.data.employeesInScope(u);
        const UnitAggregate a = u < 0 ? aggregateOf(c.b.data, c.jpm, scale, scope) : aggregates[u];
        for (int band = 0; band < scale.bands().size(); ++band)
            CHECK(employeesInBand(c.jpm, scale, scope, band).size() == a.distribution[band]);
        CHECK(employeesIncomplete(c.jpm, scope).size() == a.incomplete);
        for (const CompetencyAggregate& comp : a.competencies)
            CHECK(employeesBelowStandard(c.b.data, c.jpm, scope, comp.competencyId).size() == comp.belowStandard);
    }
    const QVector<int> all = c.b.data.employeesInScope(-1);
    CHECK(employeesInBand(c.jpm, scale, all, 2) == QVector<int>{2, 4});
    CHECK(employeesBelowStandard(c.b.data, c.jpm, all, 1) == QVector<int>{1, 2, 4});
}

TEST_CASE("Below-standard share and the breakdown units of a scope", "[core][analytics]")
{
    City c;
    const CategoryScale& scale = *c.settings.scale(QStringLiteral("pemetaan"));
    const auto aggregates = unitAggregates(c.b.data, c.jpm, scale);
    // Unit A: 6 assessed lines, below: emp2 c1, emp3 c1, emp3 c2 -> 50 %.
    CHECK(belowStandardPercent(aggregates[1]) == Approx(50.0));
    // Unit B: emp4 c1 (ok), emp5 c1 (below), emp5 c2 (ok) -> 33.33 %.
    CHECK(belowStandardPercent(aggregates[2]) == Approx(33.33));
    CHECK(belowStandardPercent(UnitAggregate{}) == 0.0);
    CHECK(breakdownUnits(c.b.data, -1) == QVector<int>{1, 2}); // single root: its children
    CHECK(breakdownUnits(c.b.data, 1).isEmpty());
    CHECK(breakdownUnits(c.b.data, 0) == QVector<int>{1, 2});
}
