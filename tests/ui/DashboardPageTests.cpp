#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "analytics/DashboardFigures.h"
#include "analytics/TalentSummary.h"
#include "analytics/UnitAggregates.h"
#include "common/ChartHelpers.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoCityGenerator.h"
#include "employees/EmployeeTableModel.h"
#include "employees/EmployeesPage.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace karsa;
using namespace karsa::ui;

namespace {
const QDate kDashboardToday(2026, 3, 2);

struct DashboardDemo
{
    test::TempDatabase db;
    Workspace workspace;
    DashboardDemo()
    {
        DemoOptions options;
        options.employees = 300;
        options.today = kDashboardToday;
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        workspace.setToday(kDashboardToday);
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    }
};

void waitUpdated(DashboardPage& page, QSignalSpy& spy, int before)
{
    for (int k = 0; k < 200 && spy.count() <= before; ++k)
        QTest::qWait(25);
    REQUIRE(spy.count() > before);
    Q_UNUSED(page);
}

QVector<double> expectedCategories(const UnitAggregate& a)
{
    QVector<double> out;
    for (int n : a.distribution)
        out.append(n);
    out.append(a.incomplete);
    return out;
}
} // namespace

TEST_CASE("The dashboard's category counts equal the core's for the city and for one unit", "[ui][dashboard]")
{
    DashboardDemo demo;
    AnalyticsSnapshotPtr snap = demo.workspace.waitForAnalytics();
    REQUIRE(snap);
    const CategoryScale& scale = *snap->scale();
    DashboardPage page(&demo.workspace);
    QSignalSpy updated(&page, &DashboardPage::updated);
    page.activate();
    waitUpdated(page, updated, 0);

    const QVector<int> all = snap->data.employeesInScope(-1);
    const UnitAggregate city = aggregateOf(snap->data, snap->jpm, scale, all);
    CHECK(charts::chartValues(page.chart(DashboardPage::Categories)) == expectedCategories(city));
    const TalentBoxCounts boxes = boxCounts(snap->talent, snap->jpm, all);
    QVector<double> perBox;
    for (int b = 1; b <= 9; ++b)
        perBox.append(boxes.perBox[b]);
    CHECK(charts::chartValues(page.chart(DashboardPage::Boxes)) == perBox);

    // One unit (the largest of the breakdown) with its sub-units.
    const QVector<UnitAggregate> units = unitAggregates(snap->data, snap->jpm, scale);
    int unit = -1;
    for (int u : breakdownUnits(snap->data, -1))
        if (unit < 0 || units[u].employees > units[unit].employees)
            unit = u;
    REQUIRE(unit >= 0);
    CHECK(charts::chartValues(page.chart(DashboardPage::Headcount)).value(0) == units[unit].employees);
    page.setUnitIndex(unit);
    waitUpdated(page, updated, 1);
    CHECK(page.figures().unitIndex == unit);
    CHECK(charts::chartValues(page.chart(DashboardPage::Categories)) == expectedCategories(units[unit]));
    QVector<double> gaps;
    for (const CompetencyAggregate& c : page.figures().gaps)
        gaps.append(c.meanGap);
    CHECK(charts::chartValues(page.chart(DashboardPage::Gaps)) == gaps);

    // A click on a slice lists exactly the employees it counts.
    QSignalSpy open(&page, &DashboardPage::openEmployeeList);
    for (int band = 0; band < scale.bands().size(); ++band) {
        charts::clickChart(page.chart(DashboardPage::Categories), band);
        REQUIRE(open.count() == band + 1);
        const auto ids = open.last().at(1).value<QVector<qint64>>();
        CHECK(ids.size() == units[unit].distribution[band]);
    }
}

TEST_CASE("A dashboard click opens the Pegawai page filtered to those employees", "[ui][dashboard]")
{
    DashboardDemo demo;
    MainWindow window(Database::open(demo.db.path(), Database::Mode::OpenExisting).value());
    window.show();
    window.showPage(0);
    auto* dashboard = qobject_cast<DashboardPage*>(window.pages().first());
    REQUIRE(dashboard);
    CHECK(dashboard->title() == QStringLiteral("Dashboard"));
    QSignalSpy updated(dashboard, &DashboardPage::updated);
    waitUpdated(*dashboard, updated, 0);
    const QVector<double> boxes = charts::chartValues(dashboard->chart(DashboardPage::Boxes));
    int box = 0;
    for (int b = 0; b < boxes.size(); ++b)
        if (boxes[b] > boxes[box])
            box = b;
    charts::clickChart(dashboard->chart(DashboardPage::Boxes), box);
    auto* employees = qobject_cast<EmployeesPage*>(window.currentPage());
    REQUIRE(employees);
    CHECK_FALSE(employees->employeeFilterCaption().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(employees->model()->totalCount() > 0, true, 10000);
    CHECK(employees->model()->rowCount() == int(boxes[box]));
    if (const QString dir = qEnvironmentVariable("KARSA_KEEP_DASHBOARD_PNG"); !dir.isEmpty()) {
        window.resize(1400, 880);
        QTest::qWait(300);
        window.grab().save(dir + QStringLiteral("/employees-filtered.png"));
        window.showPage(0);
        const int before = int(updated.count());
        dashboard->setUnitIndex(dashboard->figures().headcount.value(0).unitIndex);
        waitUpdated(*dashboard, updated, before);
        QTest::qWait(300);
        window.grab().save(dir + QStringLiteral("/dashboard-unit.png"));
        window.showPage(1);
    }
    employees->clearEmployeeFilter();
    CHECK(employees->model()->rowCount() == employees->model()->totalCount());
}

TEST_CASE("A chart drill-down replaces the other Pegawai filters and Reset filters clears it", "[ui][dashboard]")
{
    DashboardDemo demo;
    AnalyticsSnapshotPtr snap = demo.workspace.waitForAnalytics();
    REQUIRE(snap);
    DashboardPage dashboard(&demo.workspace);
    QSignalSpy updated(&dashboard, &DashboardPage::updated);
    dashboard.activate();
    waitUpdated(dashboard, updated, 0);
    EmployeesPage employees(&demo.workspace);
    employees.activate();
    QTRY_COMPARE_WITH_TIMEOUT(employees.model()->totalCount() > 0, true, 10000);
    QObject::connect(&dashboard, &DashboardPage::openEmployeeList, &employees, &EmployeesPage::showEmployees);

    // Filters left from earlier work: one unit, a search word.
    const QVector<int> breakdown = breakdownUnits(snap->data, -1);
    REQUIRE_FALSE(breakdown.isEmpty());
    employees.setFilters(snap->data.units()[breakdown.first()].id, {}, {}, {}, {});
    employees.searchBox()->setText(QStringLiteral("a"));
    QTRY_COMPARE_WITH_TIMEOUT(employees.model()->rowCount() < employees.model()->totalCount(), true, 5000);

    // Every slice of the JPM chart and every gap bar lists exactly the people it counts.
    const QVector<double> slices = charts::chartValues(dashboard.chart(DashboardPage::Categories));
    for (int i = 0; i < slices.size(); ++i) {
        if (slices[i] <= 0)
            continue;
        charts::clickChart(dashboard.chart(DashboardPage::Categories), i);
        CHECK(employees.model()->rowCount() == int(slices[i]));
        CHECK(employees.employeeFilterCaption().size() > 0);
        CHECK(employees.searchBox()->text().isEmpty());
        employees.setFilters(snap->data.units()[breakdown.first()].id, {}, {}, {}, {}); // the officer filters again
        employees.searchBox()->setText(QStringLiteral("a"));
        QCoreApplication::processEvents();
    }
    const QVector<CompetencyAggregate>& gaps = dashboard.figures().gaps;
    for (int i = 0; i < gaps.size(); ++i) {
        if (gaps[i].belowStandard <= 0)
            continue;
        charts::clickChart(dashboard.chart(DashboardPage::Gaps), i);
        CHECK(employees.model()->rowCount() == gaps[i].belowStandard);
    }

    // "Reset filters" clears the chart's list too: everyone is listed again.
    employees.resetFilters();
    CHECK(employees.employeeFilterCaption().isEmpty());
    CHECK(employees.model()->rowCount() == employees.model()->totalCount());
}
