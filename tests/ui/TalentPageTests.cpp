#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/TalentSummary.h"
#include "common/RowTableModel.h"
#include "demo/DemoCityGenerator.h"
#include "shell/Workspace.h"
#include "talent/NineBoxWidget.h"
#include "talent/SuccessionPanel.h"
#include "talent/TalentPage.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSet>

using namespace karsa;
using namespace karsa::ui;

namespace {
QSet<qint64> shownIds(const RowTableModel* model)
{
    QSet<qint64> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->rowAt(r)->id);
    return ids;
}
} // namespace

TEST_CASE("The grid places each box as PermenPANRB 3/2020: kinerja rows, potensial columns", "[ui][talent]")
{
    // Top row 4 | 7 | 9, middle 2 | 5 | 8, bottom 1 | 3 | 6.
    const int layout[3][3] = {{4, 7, 9}, {2, 5, 8}, {1, 3, 6}};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) {
            CHECK(NineBoxWidget::gridRow(layout[r][c]) == r);
            CHECK(NineBoxWidget::gridColumn(layout[r][c]) == c);
        }
}

TEST_CASE("A generic row model passes the tester, filters and sorts by raw value", "[ui][talent]")
{
    RowTableModel::Column name;
    name.title = QStringLiteral("Name");
    RowTableModel::Column jpm;
    jpm.title = QStringLiteral("JPM");
    jpm.type = ReportColumn::Type::Percent;
    RowTableModel model({name, jpm});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVector<RowTableModel::Row> rows(3);
    auto row = [](qint64 id, QVector<QString> display, QVector<QVariant> value) {
        RowTableModel::Row r;
        r.id = id;
        r.display = std::move(display);
        r.value = std::move(value);
        return r;
    };
    rows[0] = row(1, {QStringLiteral("Budi"), QStringLiteral("9,50 %")}, {{}, 9.5});
    rows[1] = row(2, {QStringLiteral("Ani"), QStringLiteral("80,00 %")}, {{}, 80.0});
    rows[2] = row(3, {QStringLiteral("Citra"), QString()}, {});
    model.setRows(rows);
    model.sort(1, Qt::DescendingOrder);
    CHECK(model.rowAt(0)->id == 2);
    CHECK(model.rowAt(2)->id == 3);
    model.setFilterText(QStringLiteral("an"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowOfId(2) == 0);
}

TEST_CASE("The talent page shows the core box counts and lists exactly a box's employees", "[ui][talent]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 300;
    options.today = QDate(2026, 3, 1);
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    Workspace workspace;
    workspace.setToday(options.today);
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());

    TalentPage page(&workspace);
    QAbstractItemModelTester peopleTester(page.peopleModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester poolTester(page.succession()->candidatesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.activate();
    AnalyticsSnapshotPtr snapshot = workspace.waitForAnalytics();
    REQUIRE(snapshot);
    REQUIRE(page.hasSnapshot());

    const QVector<int> everyone = snapshot->data.employeesInScope(-1);
    const TalentBoxCounts core = boxCounts(snapshot->talent, snapshot->jpm, everyone);
    CHECK(core.total == 300);
    CHECK(core.placed > 0);
    CHECK(page.counts().total == core.total);
    CHECK(page.counts().unplaced == core.unplaced);
    for (int box = 1; box <= 9; ++box) {
        CHECK(page.counts().perBox[box] == core.perBox[box]);
        CHECK(page.grid()->boxButton(box)->text().contains(QStringLiteral("\n%1 ").arg(core.perBox[box])));
    }

    for (int box = 0; box <= 9; ++box) {
        page.showBox(box);
        QSet<qint64> expected;
        for (int i : employeesInBox(snapshot->talent, everyone, box))
            expected.insert(snapshot->data.employees()[i].id);
        CHECK(page.peopleModel()->rowCount() == expected.size());
        CHECK(shownIds(page.peopleModel()) == expected);
    }

    // A unit scope (with its sub-units) counts only its employees.
    const qint64 unitId = snapshot->data.employees().first().unitId;
    page.setScopeUnit(unitId);
    REQUIRE(page.scopeUnit() == unitId);
    const TalentBoxCounts unit =
        boxCounts(snapshot->talent, snapshot->jpm, snapshot->data.employeesInScope(snapshot->data.unitIndex(unitId)));
    CHECK(page.counts().total == unit.total);
    for (int box = 1; box <= 9; ++box)
        CHECK(page.counts().perBox[box] == unit.perBox[box]);

    // The succession pool of a key position is the core pool.
    int keyIndex = -1;
    for (int p = 0; p < snapshot->data.positions().size() && keyIndex < 0; ++p)
        if (snapshot->data.positions()[p].isKey)
            keyIndex = p;
    if (keyIndex >= 0) {
        page.succession()->showPosition(snapshot->data.positions()[keyIndex].id);
        const auto pool = successionPool(snapshot->data, snapshot->settings, snapshot->talent, keyIndex);
        CHECK(page.succession()->candidatesModel()->rowCount() == pool.size());
        CHECK(page.succession()->positionsModel()->rowCount() > 0);
    }
}

// Hidden: saves pictures of the talent and assessment pages when KARSA_SHOTS_DIR is set
// (run with `karsa_ui_tests "[.shots]"`), for looking at the layout with real data.
#include "assessments/AssessmentsPage.h"
#include "assessments/BatchAssessmentModel.h"
#include "assessments/BatchAssessmentPanel.h"
#include "assessments/SingleAssessmentPanel.h"
#include <QSignalSpy>
#include <QTabWidget>

TEST_CASE("Pictures of the talent and assessment pages", "[.shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 600;
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    AssessmentsPage page(&workspace);
    page.resize(1200, 800);
    QSignalSpy loaded(&page, &AssessmentsPage::directoryLoaded);
    page.show();
    page.activate();
    REQUIRE(loaded.wait(60000));
    AnalyticsSnapshotPtr snapshot = workspace.waitForAnalytics();
    const AnalyticsEmployee& e = snapshot->data.employees()[5];
    page.single()->selectEmployee(e.id);
    page.grab().save(dir + QStringLiteral("/assess-single.png"));
    page.tabs()->setCurrentIndex(1);
    page.batch()->setScope(e.unitId);
    page.batch()->model()->setData(page.batch()->model()->index(0, 2), 4);
    page.grab().save(dir + QStringLiteral("/assess-batch.png"));
    TalentPage talent(&workspace);
    talent.resize(1200, 800);
    talent.show();
    talent.activate();
    talent.showBox(0);
    talent.grab().save(dir + QStringLiteral("/talent-unplaced.png"));
}
