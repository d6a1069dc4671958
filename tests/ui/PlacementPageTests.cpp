#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "analytics/CandidateRanking.h"
#include "common/RowTableModel.h"
#include "demo/DemoCityGenerator.h"
#include "placement/PlacementPage.h"
#include "placement/PlacementReport.h"
#include "placement/PlacementSettings.h"
#include "placement/PlacementSolver.h"
#include "placement/ScenarioComparison.h"
#include "placement/ScenarioPanel.h"
#include "placement/VacancyFinder.h"
#include "placement/VacancyPanel.h"
#include "shell/Workspace.h"
#include "storage/PlacementRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QTabWidget>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("The placement page shows core vacancies, candidates, result and comparison", "[ui][placement]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 400;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    Workspace workspace;
    workspace.setToday(options.today);
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());

    PlacementPage page(&workspace);
    page.resize(1400, 880);
    using Tester = QAbstractItemModelTester;
    Tester t1(page.vacancyPanel()->vacanciesModel(), Tester::FailureReportingMode::Fatal);
    Tester t2(page.vacancyPanel()->candidatesModel(), Tester::FailureReportingMode::Fatal);
    Tester t3(page.seatsModel(), Tester::FailureReportingMode::Fatal);
    Tester t4(page.constraintsModel(), Tester::FailureReportingMode::Fatal);
    Tester t5(page.scenarioPanel()->movesModel(), Tester::FailureReportingMode::Fatal);
    Tester t6(page.scenarioPanel()->figuresModel(), Tester::FailureReportingMode::Fatal);
    page.activate();
    AnalyticsSnapshotPtr snapshot = workspace.waitForAnalytics();
    REQUIRE(snapshot);
    page.activate();

    // Vacancies: exactly the core's.
    const PlacementSettings settings = PlacementSettings::load(SettingsRepository(workspace.db()));
    const QVector<Vacancy> vacancies =
        findVacancies(snapshot->data, PlacementRepository(workspace.db()).formations().value(), snapshot->settings,
                      options.today, settings.horizonMonths);
    REQUIRE_FALSE(vacancies.isEmpty());
    CHECK(page.vacancyPanel()->vacanciesModel()->rowCount() == vacancies.size());

    // Candidates of one vacancy: the ranking engine's, in its order.
    const qint64 position = vacancies.first().positionId;
    page.vacancyPanel()->selectVacancy(position);
    const RankingResult ranked = rankCandidates(snapshot->data, snapshot->data.positionIndex(position),
                                                snapshot->settings, options.today, RankingOptions{settings.poolSize});
    REQUIRE(page.vacancyPanel()->candidatesModel()->rowCount() == ranked.ranked.size());
    if (!ranked.ranked.isEmpty())
        CHECK(page.vacancyPanel()->candidatesModel()->rowAt(0)->id ==
              snapshot->data.employees()[ranked.ranked.first().employeeIndex].id);

    // Solving shows the core's result.
    page.solveAndWait();
    REQUIRE(page.scenario().solved);
    CHECK(page.seatsModel()->rowCount() == page.scenario().seats.size());
    PlacementScenario core;
    core.vacancies = vacancies;
    core.referenceDate = options.today;
    core.constraints.minScore = settings.minScore;
    const PlacementMatrix matrix =
        PlacementMatrix::build(snapshot->data, snapshot->settings, options.today, vacancies, settings.poolSize);
    solvePlacement(snapshot->data, matrix, core);
    CHECK(page.scenario().figures().totalScore == Approx(core.figures().totalScore));
    CHECK(page.scenario().figures().filled == core.figures().filled);

    // A lock from the candidate list takes effect on the next solve.
    if (!ranked.ranked.isEmpty()) {
        const qint64 last = snapshot->data.employees()[ranked.ranked.last().employeeIndex].id;
        emit page.vacancyPanel()->lockRequested(last, position);
        CHECK(page.constraintsModel()->rowCount() == 1);
        page.solveAndWait();
        bool locked = false;
        for (const PlacementSeat& s : page.scenario().seats)
            locked = locked || (s.locked && s.employeeId == last && s.positionId == position);
        CHECK(locked);
    }
    CHECK_FALSE(page.reportDocument().sections.isEmpty());

    // An officer-added vacancy (e.g. a promotion) gets a seat in the next solve.
    const int seatsBefore = page.scenario().figures().seatCount;
    page.addVacancy(position);
    CHECK(page.vacancyPanel()->vacanciesModel()->rowCount() == vacancies.size());
    page.solveAndWait();
    CHECK(page.scenario().figures().seatCount == seatsBefore + 1);

    // Comparison of two saved scenarios shows the core comparison.
    PlacementScenario a = core;
    a.name = QStringLiteral("A");
    PlacementScenario b = page.scenario();
    b.name = QStringLiteral("B");
    PlacementRepository repo(workspace.db());
    const qint64 ida = repo.insert(a).value();
    const qint64 idb = repo.insert(b).value();
    page.scenarioPanel()->refresh();
    CHECK(page.scenarioPanel()->listModel()->rowCount() == 2);
    page.scenarioPanel()->compare(ida, idb);
    const ScenarioComparison c = compareScenarios(repo.load(ida).value(), repo.load(idb).value());
    CHECK(page.scenarioPanel()->movesModel()->rowCount() == c.differences.size());
    CHECK(page.scenarioPanel()->figuresModel()->rowCount() == 5);

    const QString shots = qEnvironmentVariable("KARSA_SHOTS_DIR");
    if (!shots.isEmpty()) { // pictures of every tab, for looking at the layout
        QDir().mkpath(shots);
        page.show();
        for (int t = 0; t < page.tabs()->count(); ++t) {
            page.tabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            page.grab().save(QDir(shots).filePath(QStringLiteral("placement-tab%1.png").arg(t + 1)));
        }
    }
}
