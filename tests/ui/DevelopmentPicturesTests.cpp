// Pictures of the development page's tabs and dialogs, for looking at their layout (run with
// `KARSA_SHOTS_DIR=/tmp/x KARSA_SHOTS_DB=demo.db karsa_ui_tests "[.development-shots]"`); not part of the suite.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "development/CataloguePanel.h"
#include "development/DevelopmentPage.h"
#include "development/GeneratePlanDialog.h"
#include "development/PlansPanel.h"
#include "development/ProgrammeDialog.h"
#include "development/SwapProgrammeDialog.h"
#include "development/TrainingRecordDialog.h"
#include "shell/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("Pictures of the development tabs and dialogs", "[.development-shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    const QString source = qEnvironmentVariable("KARSA_SHOTS_DB");
    REQUIRE_FALSE(dir.isEmpty());
    REQUIRE_FALSE(source.isEmpty());
    QDir().mkpath(dir);
    Workspace workspace;
    workspace.setDatabase(Database::open(source, Database::Mode::OpenExisting).value());
    DevelopmentPage page(&workspace);
    page.resize(1400, 820);
    page.show();
    QSignalSpy spy(&page, &DevelopmentPage::refreshed);
    page.activate();
    for (int i = 0; i < 240 && spy.isEmpty(); ++i)
        spy.wait(500);
    REQUIRE_FALSE(spy.isEmpty());
    PlansPanel* plans = page.plansPanel();
    // The plan with the most items.
    int best = 0;
    for (int r = 0; r < plans->plansModel()->rowCount(); ++r)
        if (plans->plansModel()->rowAt(r)->value.value(5).toInt() > plans->plansModel()->rowAt(best)->value.value(5).toInt())
            best = r;
    if (plans->plansModel()->rowCount() > 0) {
        plans->plansTable()->table()->selectRow(best);
        plans->itemsTable()->table()->selectRow(1);
    }
    for (int t = 0; t < page.tabs()->count(); ++t) {
        page.tabs()->setCurrentIndex(t);
        QTest::qWait(300);
        REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("development-tab-%1.png").arg(t + 1))));
    }
    const DevelopmentContext& ctx = page.context();
    GeneratePlanDialog generate(ctx);
    generate.setEmployeeNip(ctx.snapshot->data.employees().first().nip);
    generate.show();
    REQUIRE(generate.grab().save(QDir(dir).filePath(QStringLiteral("development-generate.png"))));
    if (!plans->plan().items.isEmpty()) {
        SwapProgrammeDialog swap(ctx, plans->plan().items.first());
        swap.show();
        REQUIRE(swap.grab().save(QDir(dir).filePath(QStringLiteral("development-swap.png"))));
        TrainingRecordDialog record(ctx);
        record.setPlanItem(plans->plan().employeeId, plans->plan().items.first());
        record.fill({}, 0, QDate(2026, 3, 9), QDate(2026, 3, 10), plans->plan().items.first().jp, QStringLiteral("SRT/2026/0142"));
        record.show();
        REQUIRE(record.grab().save(QDir(dir).filePath(QStringLiteral("development-record.png"))));
    }
    ProgrammeDialog programme(ctx.snapshot->data);
    TrainingProgramme p;
    p.code = QStringLiteral("BT-ARSIP");
    p.name = QStringLiteral("Bimtek Pengelolaan Arsip Dinamis");
    p.form = QStringLiteral("bimtek");
    p.provider = QStringLiteral("ANRI");
    p.jp = 16;
    p.cost = 1500000;
    programme.fill(p, QStringLiteral("T.08:3, M.99:2"));
    programme.show();
    programme.submit(); // the unknown code shows under the field
    REQUIRE(programme.grab().save(QDir(dir).filePath(QStringLiteral("development-programme.png"))));
}
