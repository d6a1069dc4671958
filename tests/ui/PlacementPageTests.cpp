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
#include "profile/EmployeeProfile.h"
#include "profile/ProfileFormatter.h"
#include "reports/IndonesianFormat.h"
#include "shell/Workspace.h"
#include "storage/PlacementRepository.h"
#include "storage/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

#include <variant>

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

namespace {
struct PlacementDemo
{
    test::TempDatabase db;
    Workspace workspace;
    AnalyticsSnapshotPtr snapshot;
    PlacementDemo()
    {
        DemoOptions options;
        options.employees = 400;
        options.today = QDate(2026, 11, 29);
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        workspace.setToday(options.today);
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
        snapshot = workspace.waitForAnalytics();
        REQUIRE(snapshot);
    }
};

QHash<QString, QString> recapOf(const ReportDocument& doc)
{
    QHash<QString, QString> out;
    for (const auto& section : doc.sections)
        if (const auto* kv = std::get_if<KeyValueSection>(&section))
            for (const auto& [k, v] : kv->items)
                out.insert(k, v);
    return out;
}
} // namespace

TEST_CASE("While solving the placement its buttons are disabled, a busy bar shows and a second solve is refused",
          "[ui][placement]")
{
    PlacementDemo demo;
    PlacementPage page(&demo.workspace);
    page.show();
    page.activate();
    CHECK(page.solveButton()->isEnabled());
    CHECK_FALSE(page.busyBar()->isVisible());
    QSignalSpy solved(&page, &PlacementPage::solved);
    REQUIRE(page.solve());
    // Until the result arrives (the finished signal is queued to this thread), the page is busy.
    CHECK(page.isBusy());
    CHECK(page.busyBar()->isVisible());
    for (QPushButton* b : {page.solveButton(), page.previewButton(), page.exportButton(), page.saveButton()})
        CHECK_FALSE(b->isEnabled());
    CHECK_FALSE(page.solve()); // re-entry refused
    CHECK_FALSE(page.reportUnavailableReason().isEmpty());
    QVERIFY(solved.wait(60000));
    CHECK(solved.count() == 1); // one solve ran
    CHECK_FALSE(page.isBusy());
    CHECK_FALSE(page.busyBar()->isVisible());
    CHECK(page.solveButton()->isEnabled());
    CHECK(page.previewButton()->isEnabled());
    CHECK(page.scenario().solved);
    CHECK(page.reportUnavailableReason().isEmpty());
}

TEST_CASE("A placement report shows exactly the scenario whose numbers it prints", "[ui][placement]")
{
    PlacementDemo demo;
    PlacementPage page(&demo.workspace);
    page.activate();
    // Nothing solved: the preview says why instead of doing nothing.
    CHECK_FALSE(page.reportUnavailableReason().isEmpty());
    CHECK(page.reportDocument().sections.isEmpty());

    page.setMinimumScore(95.0);
    page.solveAndWait();
    REQUIRE(page.scenario().solved);
    CHECK(page.summaryLabel()->text().startsWith(QStringLiteral("Unsaved result")));
    const QString name = QStringLiteral("Usulan 2 (min 95)");
    REQUIRE(page.saveScenarioAs(name));
    // Saving keeps the result and the parameters on screen, and names the result.
    CHECK(page.scenario().id > 0);
    CHECK(page.scenario().constraints.minScore == 95.0);
    CHECK(page.workingScenario().constraints.minScore == 95.0);
    CHECK(page.summaryLabel()->text().startsWith(name));
    ReportDocument doc = page.reportDocument();
    CHECK(doc.subtitle.contains(name));
    const PlacementFigures saved = page.scenario().figures();

    // Solved again with other settings: the report is of the new, unsaved result, with its own figures.
    page.setMinimumScore(0.0);
    page.solveAndWait();
    CHECK(page.scenario().id == 0);
    doc = page.reportDocument();
    CHECK_FALSE(doc.subtitle.contains(name));
    QHash<QString, QString> recap = recapOf(doc);
    CHECK(recap.value(QStringLiteral("Scenario")) == QStringLiteral("Unsaved result"));
    CHECK(recap.value(QStringLiteral("Minimum score")) == QStringLiteral("0,00"));
    CHECK(recap.value(QStringLiteral("Total score")) ==
          IndonesianFormat::number(page.scenario().figures().totalScore, 2));
    CHECK(page.summaryLabel()->text().startsWith(QStringLiteral("Unsaved result")));

    // Saving under the existing name asks first; "no" keeps the saved scenario as it was.
    QStringList asked;
    page.setOverwriteConfirmation([&asked](const QString& n) {
        asked << n;
        return false;
    });
    CHECK_FALSE(page.saveScenarioAs(name));
    CHECK(asked == QStringList{name});
    PlacementRepository repo(demo.workspace.db());
    CHECK(repo.byName(name)->constraints.minScore == 95.0);
    CHECK(repo.byName(name)->figures().totalScore == Approx(saved.totalScore));
    CHECK(page.scenario().id == 0);
    // "Yes" replaces it with the shown result.
    page.setOverwriteConfirmation([](const QString&) { return true; });
    REQUIRE(page.saveScenarioAs(name));
    CHECK(repo.byName(name)->constraints.minScore == 0.0);
    CHECK(repo.byName(name)->figures().totalScore == Approx(page.scenario().figures().totalScore));
    CHECK(recapOf(page.reportDocument()).value(QStringLiteral("Scenario")) == name);
    CHECK(repo.list()->size() == 1);
}

TEST_CASE("For the same person and position Pegawai, the profile and Penempatan show the same JPM",
          "[ui][placement]")
{
    PlacementDemo demo;
    const AnalyticsData& data = demo.snapshot->data;
    // Employees with an incomplete result against their own position, and complete ones.
    int checked = 0, incomplete = 0;
    for (int e = 0; e < data.employees().size() && checked < 200; ++e) {
        const int p = data.employees()[e].positionIndex;
        if (p < 0)
            continue;
        const JpmResult list = demo.snapshot->jpm.value(e); // what the Pegawai list shows
        if (list.status == JpmStatus::NoStandard)
            continue;
        const EmployeeProfile profile = EmployeeProfile::build(demo.snapshot, demo.workspace.db(), data.employees()[e].id);
        CHECK(profile.jpm.jpm == list.jpm);
        CHECK(profile.jpm.status == list.status);
        AnalyticsSettings placing = demo.snapshot->settings;
        placing.excludeIncumbents = false; // Penempatan scores the employee against this same position
        const QVector<ScoredCandidate> scored = scoreCandidates(data, p, placing, demo.snapshot->today, {e});
        CHECK(scored[0].jpm == list.jpm);
        CHECK(scored[0].complete == list.complete());
        CHECK(ProfileFormatter::jpmText(profile) == IndonesianFormat::percent(scored[0].jpm, 2));
        if (!list.complete()) {
            ++incomplete;
            CHECK(list.jpm < 100.0);
            CHECK(ProfileFormatter::categoryText(profile).contains(QStringLiteral("Incomplete")));
        }
        ++checked;
    }
    CHECK(checked > 100);
    CHECK(incomplete > 0);
}
