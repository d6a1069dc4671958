#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "demo/DemoCityGenerator.h"
#include "evaluation/CycleEvaluation.h"
#include "evaluation/CalibrationDialog.h"
#include "evaluation/EvaluationPage.h"
#include "evaluation/ResponseDialog.h"
#include "settings/EvaluationInstrumentWidget.h"
#include "settings/EvaluationSettingsWidget.h"
#include "shell/Workspace.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("The evaluation page shows the core's progress, raters and results of the demo cycle", "[ui][evaluation]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 400;
    options.today = QDate(2026, 3, 1);
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    Workspace workspace;
    workspace.setToday(options.today);
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());

    EvaluationPage page(&workspace);
    QAbstractItemModelTester progressTester(page.progressModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester raterTester(page.raterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester resultTester(page.resultModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&page, &EvaluationPage::loaded);
    page.activate();
    REQUIRE((loaded.count() > 0 || loaded.wait(20000)));
    REQUIRE(page.evaluation());

    auto core = CycleEvaluation::load(workspace.db(), page.currentCycle());
    REQUIRE(core.ok());
    CHECK(page.progressModel()->totalCount() == core->people.size());
    CHECK(page.raterModel()->totalCount() == core->raters.size());
    CHECK(page.resultModel()->totalCount() == core->people.size());

    // Pending rows carry the core's reasons; the predikat column shows the final predikat.
    int pending = 0;
    for (int i = 0; i < core->people.size(); ++i) {
        const EvaluationResult& r = core->results.at(i);
        const int row = page.progressModel()->rowOfId(core->people.at(i).id);
        REQUIRE(row >= 0);
        const RowTableModel::Row* shown = page.progressModel()->rowAt(row);
        CHECK(shown->display.last() == r.pendingReasons.join(QStringLiteral("; ")));
        pending += r.isFinal() ? 0 : 1;
        const RowTableModel::Row* result =
            page.resultModel()->rowAt(page.resultModel()->rowOfId(core->people.at(i).id));
        CHECK(result->display.at(6) == (r.isFinal() ? predikatLabel(r.finalPredikat()) : QString()));
    }
    CHECK(pending == core->progress().pending);
    // The rater list (names) cannot be exported.
    auto panels = page.findChildren<TablePanel*>();
    const auto raterPanel =
        std::find_if(panels.cbegin(), panels.cend(), [&](TablePanel* p) { return p->model() == page.raterModel(); });
    REQUIRE(raterPanel != panels.cend());
    CHECK((*raterPanel)->exportButton()->isHidden());

    // A calibration made elsewhere shows after the data-changed signal.
    int target = -1;
    for (int i = 0; i < core->results.size() && target < 0; ++i)
        if (core->results.at(i).isFinal() && !core->results.at(i).calibration && core->results.at(i).finalHasil() < 1)
            target = i;
    REQUIRE(target >= 0);
    {
        Transaction tx(workspace.db());
        REQUIRE(EvaluationService::calibrate(workspace.db(), page.currentCycle(), core->people.at(target).id, 1, 1,
                                             QStringLiteral("Uji kalibrasi"), QStringLiteral("Penguji"))
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    loaded.clear();
    workspace.notifyChanged(Workspace::Performance);
    page.activate(); // a hidden page reloads when it is shown again
    REQUIRE((loaded.count() > 0 || loaded.wait(20000)));
    const RowTableModel::Row* after =
        page.resultModel()->rowAt(page.resultModel()->rowOfId(core->people.at(target).id));
    CHECK(after->display.at(6) == QStringLiteral("Sangat Baik"));
    CHECK(after->display.at(7) == QStringLiteral("Calibrated"));
}

TEST_CASE("Evaluation settings are edited, validated by the core and saved undoably", "[ui][evaluation]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    EvaluationSettingsWidget widget(&workspace);
    for (RaterRole r : kAllRaterRoles)
        REQUIRE(widget.setEditorValue(QStringLiteral("evaluation/weight/") + raterRoleCode(r), QStringLiteral("0")));
    CHECK_FALSE(widget.save().ok()); // no role with a weight
    widget.reload();
    REQUIRE(widget.setEditorValue(QStringLiteral("evaluation/min_raters/rekan"), QStringLiteral("2")));
    REQUIRE(widget.setEditorValue(QStringLiteral("evaluation/anonymous_roles"), QStringLiteral("rekan,masyarakat")));
    REQUIRE(widget.save().ok());
    auto loaded = EvaluationSettings::load(SettingsRepository(workspace.db()));
    REQUIRE(loaded.ok());
    CHECK(loaded->minRaters[size_t(RaterRole::Rekan)] == 2);
    CHECK_FALSE(loaded->anonymous[size_t(RaterRole::Bawahan)]);
    workspace.undoStack()->undo();
    CHECK(EvaluationSettings::load(SettingsRepository(workspace.db()))->minRaters[size_t(RaterRole::Rekan)] == 3);
}

// Pictures for a person to look at (`KARSA_SHOTS_DIR=/tmp/x karsa_ui_tests "[.evaluation-shots]"`).
TEST_CASE("Pictures of the evaluation results, answers and calibration dialogs", "[.evaluation-shots]")
{
    const QString dir = qEnvironmentVariable("KARSA_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 400;
    options.today = QDate(2026, 3, 1);
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    EvaluationPage page(&workspace);
    page.resize(1400, 800);
    QSignalSpy loaded(&page, &EvaluationPage::loaded);
    page.show();
    page.activate();
    REQUIRE((loaded.count() > 0 || loaded.wait(20000)));
    page.tabs()->setCurrentIndex(2);
    const CycleEvaluation& ce = *page.evaluation();
    int flagged = 0;
    while (flagged < ce.results.size() && ce.results.at(flagged).flags.isEmpty())
        ++flagged;
    REQUIRE(flagged < ce.results.size());
    const int row = page.resultModel()->rowOfId(ce.people.at(flagged).id);
    page.resultPanel()->table()->selectRow(row);
    QCoreApplication::processEvents();
    REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("evaluation-results.png"))));
    page.tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("evaluation-raters.png"))));

    auto history = EvaluationRepository(workspace.db()).calibrationHistory(ce.cycle.id, ce.people.at(flagged).id);
    CalibrationDialog calibration(ce.people.at(flagged).name, ce.results.at(flagged), ce.matrix, history.value(),
                                  QStringLiteral("Ratna"));
    calibration.show();
    QCoreApplication::processEvents();
    REQUIRE(calibration.grab().save(QDir(dir).filePath(QStringLiteral("calibration-dialog.png"))));
    auto form = EvaluationRepository(workspace.db()).form(ce.raters.first().id);
    ResponseDialog answers(QStringLiteral("Penilai menilai pegawai"), ce.instrument, 5, form.value(), false);
    answers.show();
    QCoreApplication::processEvents();
    REQUIRE(answers.grab().save(QDir(dir).filePath(QStringLiteral("answers-dialog.png"))));
    EvaluationSettingsWidget settings(&workspace);
    settings.resize(900, 700);
    settings.show();
    QCoreApplication::processEvents();
    REQUIRE(settings.grab().save(QDir(dir).filePath(QStringLiteral("evaluation-settings.png"))));
    EvaluationInstrumentWidget instrument(&workspace);
    instrument.resize(1100, 700);
    instrument.show();
    QCoreApplication::processEvents();
    REQUIRE(instrument.grab().save(QDir(dir).filePath(QStringLiteral("evaluation-instrument.png"))));
}

TEST_CASE("The instrument and the predikat matrix are edited as data, undoably", "[ui][evaluation]")
{
    test::TempDatabase db;
    Workspace workspace;
    workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    EvaluationInstrumentWidget widget(&workspace);
    QAbstractItemModelTester tester(widget.behaviourModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(widget.behaviourModel()->totalCount() == 21);
    QComboBox* cell = widget.cell(0, 1); // hasil sesuai x perilaku di atas: Baik by default
    CHECK(cell->currentData().toString() == u"baik");
    cell->setCurrentIndex(cell->findData(QStringLiteral("sangat_baik")));
    CHECK(PredikatMatrix::load(workspace.db())->predikat(0, 1) == u"sangat_baik");
    workspace.undoStack()->undo();
    CHECK(PredikatMatrix::load(workspace.db())->predikat(0, 1) == u"baik");
    CHECK(cell->currentData().toString() == u"baik");
}
