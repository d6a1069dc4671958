#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/ChartHelpers.h"
#include "common/RowTableModel.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoCityGenerator.h"
#include "development/CataloguePanel.h"
#include "development/CompliancePanel.h"
#include "development/DevelopmentPage.h"
#include "development/JpDashboardChart.h"
#include "development/PlansPanel.h"
#include "development/RealisationPanel.h"
#include "development/ValidationPanel.h"
#include "storage/DevelopmentPlanRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TrainingCatalogRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "settings/SettingsPage.h"
#include "shell/Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace karsa;
using namespace karsa::ui;

namespace {
const QDate kToday(2026, 3, 2);

struct DevelopmentDemo
{
    test::TempDatabase db;
    Workspace workspace;
    DevelopmentDemo()
    {
        DemoOptions options;
        options.employees = 300;
        options.today = kToday;
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        workspace.setToday(kToday);
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    }
};

// Activates the page and waits until its tabs show data loaded after this call.
void refresh(DevelopmentPage& page)
{
    QSignalSpy spy(&page, &DevelopmentPage::refreshed);
    page.activate();
    for (int i = 0; i < 240 && spy.isEmpty(); ++i)
        spy.wait(500);
    REQUIRE_FALSE(spy.isEmpty());
}

QString itemStatus(QSqlDatabase db, qint64 itemId)
{
    return planItemStatusCode(DevelopmentPlanRepository(db).item(itemId).value().status);
}
} // namespace

TEST_CASE("The development page shows the core JP compliance and the year's training", "[ui][development]")
{
    DevelopmentDemo demo;
    DevelopmentPage page(&demo.workspace);
    QAbstractItemModelTester t1(page.compliancePanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(page.realisationPanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(page.cataloguePanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(page.plansPanel()->plansModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(page.plansPanel()->itemsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t6(page.validationPanel()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    refresh(page);
    const DevelopmentContext& ctx = page.context();
    REQUIRE(ctx.ready());
    CHECK(ctx.year == 2026);

    // The same numbers straight from core.
    const auto settings = DevelopmentSettings::load(SettingsRepository(demo.db.db())).value();
    const auto entries = TrainingRecordRepository(demo.db.db()).jpEntries(2026).value();
    const auto rows = JpCompliance::forEmployees(ctx.snapshot->data, ctx.snapshot->data.employeesInScope(-1), entries, 2026,
                                                 settings);
    const UnitJp core = JpCompliance::summarise(rows);
    CHECK(page.compliancePanel()->summary().employees == 300);
    CHECK(page.compliancePanel()->summary().met == core.met);
    CHECK(page.compliancePanel()->summary().none == core.none);
    CHECK(page.compliancePanel()->model()->rowCount() == 300);
    page.compliancePanel()->setOnlyBehind(true);
    CHECK(page.compliancePanel()->model()->rowCount() == core.behind + core.none);
    CHECK_FALSE(charts::chartValues(page.compliancePanel()->chart()).isEmpty());
    CHECK(page.realisationPanel()->model()->rowCount() == TrainingRecordRepository(demo.db.db()).forYear(2026)->size());
    CHECK(page.cataloguePanel()->model()->rowCount() > 40);

    // Last year: a full year of training, so compliance varies (some far behind, most near, some above).
    page.setYear(2025);
    refresh(page);
    const UnitJp last = page.compliancePanel()->summary();
    CHECK(last.met > 0);
    CHECK(last.behind > 0);
    CHECK(last.met < last.employees);
}

TEST_CASE("Plans: generate, accept with undo, swap, drop, approve, record realisation, validate", "[ui][development]")
{
    DevelopmentDemo demo;
    PlansPanel::setQuiet(true);
    DevelopmentPage page(&demo.workspace);
    refresh(page);
    const AnalyticsData& data = page.context().snapshot->data;
    // The first employee with a current-position gap that the catalogue covers.
    int employee = -1;
    for (int i = 0; i < data.employees().size() && employee < 0; ++i) {
        const PlanGenerator gen(data, page.context().snapshot->settings, page.context().overview->settings,
                                *page.context().catalogue);
        const PlanDraft d = gen.generate(i, 2026);
        if (!d.plan.items.isEmpty() && d.plan.items[0].need == PlanNeed::Current && d.plan.items[0].programmeId)
            employee = i;
    }
    REQUIRE(employee >= 0);
    const qint64 employeeId = data.employees()[employee].id;

    PlansPanel* plans = page.plansPanel();
    GenerateOutcome outcome;
    REQUIRE(plans->generate({employee}, -1, false, &outcome));
    CHECK(outcome.created == 1);
    refresh(page);
    REQUIRE(plans->plansModel()->rowCount() == 1);
    const qint64 planId = plans->plansModel()->rowAt(0)->id;
    plans->showPlan(planId);
    const DevelopmentPlan stored = DevelopmentPlanRepository(demo.db.db()).byId(planId).value();
    REQUIRE(plans->itemsModel()->rowCount() == stored.items.size());
    const qint64 first = stored.items[0].id;

    // Accept, then undo and redo through the session's undo stack.
    REQUIRE(plans->setItemStatus(first, PlanItemStatus::Approved));
    CHECK(itemStatus(demo.db.db(), first) == u"approved");
    demo.workspace.undoStack()->undo();
    CHECK(itemStatus(demo.db.db(), first) == u"planned");
    demo.workspace.undoStack()->redo();
    CHECK(itemStatus(demo.db.db(), first) == u"approved");
    // An impossible transition is refused and nothing is pushed.
    const int commands = demo.workspace.undoStack()->count();
    CHECK_FALSE(plans->setItemStatus(first, PlanItemStatus::Approved));
    CHECK(demo.workspace.undoStack()->count() == commands);

    // Swap the first item's programme for another one, undo the swap.
    const qint64 oldProgramme = stored.items[0].programmeId;
    qint64 other = 0;
    for (const TrainingProgramme& p : page.context().catalogue->programmes())
        if (p.active && p.id != oldProgramme && other == 0)
            other = p.id;
    REQUIRE(plans->swapProgramme(first, other));
    CHECK(DevelopmentPlanRepository(demo.db.db()).item(first)->programmeId == other);
    demo.workspace.undoStack()->undo();
    CHECK(DevelopmentPlanRepository(demo.db.db()).item(first)->programmeId == oldProgramme);

    // Drop the last item (if there are two or more), approve the plan.
    if (stored.items.size() > 1) {
        REQUIRE(plans->setItemStatus(stored.items.last().id, PlanItemStatus::Cancelled));
        CHECK(itemStatus(demo.db.db(), stored.items.last().id) == u"cancelled");
    }
    REQUIRE(plans->approvePlan(planId));
    const DevelopmentPlan approved = DevelopmentPlanRepository(demo.db.db()).byId(planId).value();
    CHECK(approved.status == PlanStatus::Approved);
    CHECK(approved.approvedBy == officerName(&demo.workspace));

    // Record the first item's training: it completes and proposes the programme's level.
    refresh(page);
    plans->showPlan(planId);
    TrainingRecord r;
    r.employeeId = employeeId;
    r.planItemId = first;
    r.startDate = QDate(2026, 2, 10);
    r.endDate = QDate(2026, 2, 11);
    r.jp = stored.items[0].jp;
    r.certificateNo = QStringLiteral("SRT/UI/1");
    RecordOutcome recorded;
    REQUIRE(plans->recordTraining(r, &recorded));
    CHECK(itemStatus(demo.db.db(), first) == u"completed");
    REQUIRE_FALSE(recorded.proposals.isEmpty());

    refresh(page);
    ValidationPanel* validation = page.validationPanel();
    REQUIRE(validation->model()->rowOfId(recorded.proposals.first()) >= 0);
    REQUIRE(validation->decide(recorded.proposals.first(), true));
    QSqlQuery q(demo.db.db());
    q.prepare(QStringLiteral("SELECT status, decided_by FROM assessments WHERE id = ?"));
    q.addBindValue(recorded.proposals.first());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"validated");
    CHECK(q.value(1).toString() == officerName(&demo.workspace));
    refresh(page);
    CHECK(validation->model()->rowOfId(recorded.proposals.first()) < 0);
    // The realised JP shows in the plan list and the individual plan document has the letterhead data.
    CHECK(page.realisationPanel()->model()->rowOfId(recorded.recordId) >= 0);
    plans->showPlan(planId);
    const ReportDocument doc = plans->individualDocument();
    CHECK(doc.tables().size() == 2);
    CHECK_FALSE(plans->recapDocument().tables().isEmpty());
    PlansPanel::setQuiet(false);
}

TEST_CASE("A programme added in the catalogue tab is undoable", "[ui][development]")
{
    DevelopmentDemo demo;
    DevelopmentPage page(&demo.workspace);
    refresh(page);
    const int before = page.cataloguePanel()->model()->rowCount();
    TrainingProgramme p;
    p.code = QStringLiteral("UJI-1");
    p.name = QStringLiteral("Bimtek Uji Coba");
    p.form = QStringLiteral("bimtek");
    p.jp = 12;
    REQUIRE(page.cataloguePanel()->addProgramme(p));
    refresh(page);
    CHECK(page.cataloguePanel()->model()->rowCount() == before + 1);
    Error error;
    CHECK_FALSE(page.cataloguePanel()->addProgramme(p, &error)); // same code
    CHECK(error.field == u"code");
    // Edit with optimistic locking, then undo the edit and the addition.
    const qint64 id = TrainingCatalogRepository(demo.db.db()).idByCode(p.code).value();
    const TrainingProgramme stored = TrainingCatalogRepository(demo.db.db()).byId(id).value();
    TrainingProgramme edited = stored;
    edited.jp = 14;
    REQUIRE(page.cataloguePanel()->updateProgramme(stored, edited));
    CHECK(TrainingCatalogRepository(demo.db.db()).byId(id)->jp == 14);
    CHECK_FALSE(page.cataloguePanel()->updateProgramme(stored, edited)); // stale row version
    demo.workspace.undoStack()->undo();
    CHECK(TrainingCatalogRepository(demo.db.db()).byId(id)->jp == 12);
    demo.workspace.undoStack()->undo();
    refresh(page);
    CHECK(page.cataloguePanel()->model()->rowCount() == before);
}

TEST_CASE("The dashboard shows JP compliance per unit from core", "[ui][development]")
{
    DevelopmentDemo demo;
    DashboardPage page(&demo.workspace);
    QSignalSpy spy(page.jpChart(), &JpDashboardChart::updated);
    page.activate();
    for (int i = 0; i < 240 && spy.isEmpty(); ++i)
        spy.wait(500);
    REQUIRE_FALSE(spy.isEmpty());
    const auto snapshot = demo.workspace.analytics();
    REQUIRE(snapshot);
    const auto settings = DevelopmentSettings::load(SettingsRepository(demo.db.db())).value();
    const auto entries = TrainingRecordRepository(demo.db.db()).jpEntries(2026).value();
    const auto rows = JpCompliance::forEmployees(snapshot->data, snapshot->data.employeesInScope(-1), entries, 2026, settings);
    CHECK(page.jpChart()->total().met == JpCompliance::summarise(rows).met);
    const QVector<double> shown = charts::chartValues(page.jpChart()->chart());
    REQUIRE(shown.size() == page.jpChart()->units().size());
    for (int i = 0; i < shown.size(); ++i)
        CHECK(shown[i] == Approx(page.jpChart()->units()[i].percentMet));
}

TEST_CASE("The JP minimum and the preferred forms are edited in Settings and checked by core", "[ui][development]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    SettingsPage page(&workspace);
    page.activate();
    CHECK(page.editedValues().value(QStringLiteral("development/jp_minimum")) == u"20");
    REQUIRE(page.setEditorValue(QStringLiteral("development/preferred_forms/teknis"), QStringLiteral("bimtek,kursus_kilat")));
    const Status refused = page.save();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"development/preferred_forms/teknis");
    REQUIRE(page.setEditorValue(QStringLiteral("development/preferred_forms/teknis"), QStringLiteral("bimtek,e_learning")));
    REQUIRE(page.setEditorValue(QStringLiteral("development/jp_minimum"), QStringLiteral("24")));
    REQUIRE(page.setEditorValue(QStringLiteral("development/jp_year_rule"), QStringLiteral("split")));
    REQUIRE(page.save().ok());
    const DevelopmentSettings saved = DevelopmentSettings::load(SettingsRepository(db.db())).value();
    CHECK(saved.jpMinimum == 24);
    CHECK(saved.yearRule == JpYearRule::Split);
    CHECK(saved.preferredTeknis == QStringList{QStringLiteral("bimtek"), QStringLiteral("e_learning")});
    workspace.undoStack()->undo();
    CHECK(DevelopmentSettings::load(SettingsRepository(db.db())).value().jpMinimum == 20);
}
