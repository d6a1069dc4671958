#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "assessments/AssessmentsPage.h"
#include "assessments/BatchAssessmentModel.h"
#include "assessments/BatchAssessmentPanel.h"
#include "assessments/SingleAssessmentPanel.h"
#include "common/RowTableModel.h"
#include "common/DbCommand.h"
#include "demo/DemoCityGenerator.h"
#include "session/Session.h"
#include "shell/Workspace.h"
#include "storage/AssessmentRepository.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace karsa;
using namespace karsa::ui;

namespace {
const QDate kToday(2026, 3, 1);

int assessmentCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM assessments"));
    q.next();
    return q.value(0).toInt();
}

int currentLevel(QSqlDatabase db, qint64 employeeId, qint64 competencyId)
{
    const auto levels = AssessmentRepository(db).current(employeeId);
    REQUIRE(levels.ok());
    for (const CurrentLevel& c : levels.value())
        if (c.competencyId == competencyId)
            return c.level;
    return 0;
}

// Each edit restarts the shared analytics in a worker; waiting for them keeps the page's grid in
// step with the database, as an officer sees it.
void settle(Workspace& workspace)
{
    REQUIRE(workspace.waitForAnalytics());
}

struct DemoWorkspace
{
    test::TempDatabase db;
    Workspace workspace;
    DemoWorkspace()
    {
        DemoOptions options;
        options.employees = 300;
        options.today = kToday;
        REQUIRE(DemoCityGenerator::generate(*db, options).ok());
        workspace.setToday(kToday);
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
    }
};
} // namespace

TEST_CASE("The batch model edits only standard cells, tracks changes and discards them", "[ui][assessments]")
{
    BatchAssessmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BatchAssessmentModel::Employee a{1, QStringLiteral("198609262015051001"), QStringLiteral("Budi"), {10, 11}, {{10, 2}}};
    BatchAssessmentModel::Employee b{2, QStringLiteral("199001012019032002"), QStringLiteral("Ani"), {10}, {{10, 3}}};
    model.setGrid({a, b}, {{10, QStringLiteral("M.01"), QStringLiteral("Integritas")},
                           {11, QStringLiteral("M.02"), QStringLiteral("Kerjasama")}});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 4);
    CHECK(model.index(0, BatchAssessmentModel::NameColumn).data().toString() == QStringLiteral("Ani")); // by name
    const int budi = model.employeeRow(1);
    const int ani = model.employeeRow(2);
    const int m01 = model.competencyColumn(10);
    const int m02 = model.competencyColumn(11);
    CHECK(model.index(budi, m01).data().toInt() == 2);
    CHECK_FALSE(model.flags(model.index(ani, m02)).testFlag(Qt::ItemIsEditable)); // not in Ani's standard
    CHECK_FALSE(model.setData(model.index(ani, m02), 3));
    CHECK_FALSE(model.setData(model.index(budi, m01), 6));
    REQUIRE(model.setData(model.index(budi, m02), 4));
    REQUIRE(model.setData(model.index(ani, m01), 5));
    CHECK(model.changeCount() == 2);
    REQUIRE(model.setData(model.index(ani, m01), 3)); // back to the stored value: no change
    CHECK(model.changeCount() == 1);
    CHECK(model.changes().at(0).employeeId == 1);
    CHECK(model.changes().at(0).competencyId == 11);
    CHECK(model.changes().at(0).level == 4);
    model.sort(BatchAssessmentModel::NipColumn, Qt::DescendingOrder);
    model.setFilterText(QStringLiteral("budi"));
    CHECK(model.rowCount() == 1);
    model.discard();
    CHECK(model.changeCount() == 0);
    CHECK(model.index(0, m02).data(Qt::EditRole).isNull());
}

TEST_CASE("Batch save writes one assessment per changed cell in one undoable command", "[ui][assessments]")
{
    DemoWorkspace demo;
    AssessmentsPage page(&demo.workspace);
    page.activate();
    AnalyticsSnapshotPtr snapshot = demo.workspace.waitForAnalytics();
    REQUIRE(snapshot);
    BatchAssessmentPanel* batch = page.batch();
    batch->setSnapshot(snapshot);
    BatchAssessmentModel* model = batch->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The unit of an employee who has a standard with at least two competencies.
    const AnalyticsData& data = snapshot->data;
    qint64 unitId = 0;
    for (const AnalyticsEmployee& e : data.employees())
        if (e.positionIndex >= 0 && data.positions()[e.positionIndex].standard.size() >= 2) {
            unitId = e.unitId;
            break;
        }
    REQUIRE(unitId);
    batch->setScope(unitId);
    REQUIRE(model->rowCount() > 0);

    int edits = 0;
    for (int r = 0; r < model->rowCount() && edits < 2; ++r)
        for (int c = BatchAssessmentModel::FirstCompetencyColumn; c < model->columnCount() && edits < 2; ++c) {
            const QModelIndex index = model->index(r, c);
            if (!model->inStandard(index))
                continue;
            const int before = index.data(Qt::EditRole).toInt();
            const int after = before == 5 ? 4 : before + 1;
            REQUIRE(model->setData(index, after));
            ++edits;
            break; // one cell per employee row
        }
    REQUIRE(edits == 2);
    const auto changes = model->changes();
    REQUIRE(changes.size() == 2);
    QSqlDatabase db = demo.workspace.db();
    const int countBefore = assessmentCount(db);
    QVector<int> levelsBefore;
    for (const auto& change : changes)
        levelsBefore.append(currentLevel(db, change.employeeId, change.competencyId));

    batch->setBatchDetails(kToday, QStringLiteral("uji_kompetensi"), QStringLiteral("Tim Penilai"));
    REQUIRE(batch->save().ok());
    CHECK(assessmentCount(db) == countBefore + 2);
    for (const auto& change : changes)
        CHECK(currentLevel(db, change.employeeId, change.competencyId) == change.level);
    CHECK(model->changeCount() == 0);
    CHECK(demo.workspace.undoStack()->count() == 1);
    settle(demo.workspace);

    demo.workspace.undoStack()->undo();
    CHECK(assessmentCount(db) == countBefore);
    for (int i = 0; i < changes.size(); ++i)
        CHECK(currentLevel(db, changes[i].employeeId, changes[i].competencyId) == levelsBefore[i]);

    // After the analytics are recomputed the grid shows the stored levels again.
    REQUIRE(demo.workspace.waitForAnalytics());
    const int row = model->employeeRow(changes[0].employeeId);
    REQUIRE(row >= 0);
    CHECK(model->index(row, model->competencyColumn(changes[0].competencyId)).data(Qt::EditRole).toInt() ==
          levelsBefore[0]);
}

TEST_CASE("Validating a pending assessment makes it the current level; every edit is undoable", "[ui][assessments]")
{
    DemoWorkspace demo;
    AssessmentsPage page(&demo.workspace);
    QSignalSpy loaded(&page, &AssessmentsPage::directoryLoaded);
    page.activate();
    REQUIRE(loaded.wait(60000));
    SingleAssessmentPanel* single = page.single();
    QAbstractItemModelTester historyTester(single->historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester standardTester(single->standardModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    AnalyticsSnapshotPtr snapshot = demo.workspace.waitForAnalytics();
    REQUIRE(snapshot);
    qint64 employeeId = 0, competencyId = 0;
    for (const AnalyticsEmployee& e : snapshot->data.employees())
        if (e.positionIndex >= 0 && !snapshot->data.positions()[e.positionIndex].standard.isEmpty()) {
            employeeId = e.id;
            competencyId = snapshot->data.positions()[e.positionIndex].standard.first().competencyId;
            break;
        }
    REQUIRE(employeeId);
    single->selectEmployee(employeeId);
    REQUIRE(single->standardModel()->rowCount() > 0);
    const int historyRows = single->historyModel()->rowCount();
    QSqlDatabase db = demo.workspace.db();
    const int before = currentLevel(db, employeeId, competencyId);
    const int target = before == 5 ? 4 : before + 1;

    Assessment pending;
    pending.employeeId = employeeId;
    pending.competencyId = competencyId;
    pending.level = target;
    pending.assessedOn = kToday;
    pending.method = QStringLiteral("self");
    pending.status = AssessmentStatus::NeedsValidation;
    REQUIRE(single->addAssessment(pending).ok());
    settle(demo.workspace);
    CHECK(single->historyModel()->rowCount() == historyRows + 1);
    CHECK(currentLevel(db, employeeId, competencyId) == before);
    const qint64 pendingId = single->history().first().id;
    CHECK(single->history().first().status == AssessmentStatus::NeedsValidation);

    REQUIRE(single->setAssessmentStatus(pendingId, AssessmentStatus::Validated).ok());
    settle(demo.workspace);
    CHECK(currentLevel(db, employeeId, competencyId) == target);
    const int row = single->standardModel()->rowOfId(competencyId);
    REQUIRE(row >= 0);
    CHECK(single->standardModel()->index(row, 4).data().toString() == QString::number(target));

    // A correction with a bad level is refused with the field named; a good one is stored.
    Assessment corrected = AssessmentRepository(db).byId(pendingId).value();
    corrected.level = 0;
    const Status refused = single->correctAssessment(corrected);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("level"));
    corrected.level = target == 5 ? 3 : 5;
    REQUIRE(single->correctAssessment(corrected).ok());
    settle(demo.workspace);
    CHECK(currentLevel(db, employeeId, competencyId) == corrected.level);

    demo.workspace.undoStack()->undo(); // the correction
    CHECK(currentLevel(db, employeeId, competencyId) == target);
    settle(demo.workspace);
    demo.workspace.undoStack()->undo(); // the validation
    settle(demo.workspace);
    CHECK(currentLevel(db, employeeId, competencyId) == before);
    demo.workspace.undoStack()->undo(); // the new assessment
    CHECK(single->historyModel()->rowCount() == historyRows);
}

TEST_CASE("The assessments page refuses to overwrite another officer's change and says who, in words",
          "[ui][assessments][conflict]")
{
    DemoWorkspace demo;
    AssessmentsPage page(&demo.workspace);
    QSignalSpy loaded(&page, &AssessmentsPage::directoryLoaded);
    page.activate();
    REQUIRE(loaded.wait(60000));
    SingleAssessmentPanel* single = page.single();
    const qint64 employeeId = sql::scalar(demo.workspace.db(), QStringLiteral("SELECT MIN(employee_id) FROM assessments"))
                                  ->toLongLong();
    single->selectEmployee(employeeId);
    REQUIRE_FALSE(single->history().isEmpty());
    const Assessment shown = single->history().first(); // as the officer sees it
    QStringList told;
    DbCommand::setMessageSink([&told](const QString& m) { told << m; });
    UserSession budi;
    budi.username = QStringLiteral("budi");
    budi.role = Role::Operator;
    auto other = Session(demo.db.path(), budi).connect();
    REQUIRE(other.ok());

    // Budi rejects it on his own connection; the page's validation of the row it shows is refused.
    AssessmentRepository theirs(other.value()->db());
    REQUIRE(theirs.setStatus(shown.id, shown.rowVersion, AssessmentStatus::Rejected).ok());
    const int commands = demo.workspace.undoStack()->count();
    const Status refused = single->setAssessmentStatus(shown.id, AssessmentStatus::Validated);
    REQUIRE_FALSE(refused.ok());
    CHECK(sql::isConflict(refused.error()));
    CHECK(refused.error().describe().startsWith(QStringLiteral("This data was changed by budi on ")));
    CHECK(refused.error().describe().endsWith(QStringLiteral("; reload and try again")));
    CHECK(demo.workspace.undoStack()->count() == commands);
    CHECK(AssessmentRepository(demo.workspace.db()).byId(shown.id)->status == AssessmentStatus::Rejected);
    settle(demo.workspace);

    // After the page shows the row again, the officer's validation goes through; Budi then corrects it,
    // and the officer's Undo is refused with the same words and drops itself.
    single->selectEmployee(employeeId);
    REQUIRE(single->setAssessmentStatus(shown.id, AssessmentStatus::Validated).ok());
    Assessment corrected = theirs.byId(shown.id).value();
    corrected.evidence = QStringLiteral("Koreksi Budi");
    REQUIRE(theirs.update(corrected).ok());
    const int afterValidation = demo.workspace.undoStack()->count();
    demo.workspace.undoStack()->undo();
    REQUIRE(told.size() == 1);
    CHECK(told.constFirst().contains(QStringLiteral("This data was changed by budi on ")));
    CHECK(demo.workspace.undoStack()->count() == afterValidation - 1);
    const Assessment now = AssessmentRepository(demo.workspace.db()).byId(shown.id).value();
    CHECK(now.status == AssessmentStatus::Validated);
    CHECK(now.evidence == QStringLiteral("Koreksi Budi"));
    DbCommand::setMessageSink({});
}
