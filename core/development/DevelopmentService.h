#pragma once

#include "DevelopmentPlan.h"
#include "PlanGenerator.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

// What generating plans did, enough to undo it.
struct GenerateOutcome
{
    int created = 0;         // new plans (including replaced drafts)
    int replaced = 0;        // drafts replaced by a fresh plan
    int skippedApproved = 0; // employees whose plan for the year is approved: left alone
    int skippedDrafts = 0;   // employees with a draft, left alone because replacing was not asked
    int items = 0;
    int reachingMinimum = 0; // plans whose JP reaches the minimum
    QVector<qint64> planIds;
    QVector<DevelopmentPlan> replacedPlans; // the drafts as they were
};

// What recording a training did, enough to undo it.
struct RecordOutcome
{
    qint64 recordId = 0;
    QVector<qint64> proposals; // assessments created with status needs_validation
    qint64 itemId = 0;         // the plan item it realised, 0 = ad hoc
    PlanItemStatus itemBefore = PlanItemStatus::Planned;
    bool itemCompleted = false;
    int itemVersion = 0; // the item's row_version after it was completed (what the undo expects)
};

// The development workflows over the database: plans from gaps, realisation, the proposed-assessment
// loop. Every function writes inside the caller's transaction (Transaction in the CLI, DbCommand in
// the GUI) and changes nothing it reports as an error... once the caller rolls back.
class DevelopmentService
{
public:
    static Result<PlanCatalogue> loadCatalogue(QSqlDatabase db);

    // Generates and saves the plans of `employees` (indexes into the generator's data) for a year.
    // An approved plan is never touched; a draft is replaced only when replaceDrafts.
    static Result<GenerateOutcome> generatePlans(QSqlDatabase db, const PlanGenerator& generator,
                                                 const AnalyticsData& data, const QVector<int>& employees, int year,
                                                 int targetPositionIndex, bool replaceDrafts, Progress* progress = nullptr);
    static Status undoGenerate(QSqlDatabase db, const GenerateOutcome& outcome);

    // Swaps the programme of an open plan item; JP and budget follow the new programme.
    // expectedVersion: the item's row_version the officer saw (a change made elsewhere since is a conflict).
    static Status swapProgramme(QSqlDatabase db, qint64 itemId, int expectedVersion, qint64 programmeId);

    // Records attended training. With a plan item (of the same employee, approved or in progress)
    // the item becomes completed unless the result is "not passed"; the programme comes from the item
    // when the record has none. A passed catalogue programme proposes, for each competency it
    // develops above the employee's current (validated) level, an assessment at the programme's target
    // level with status needs validation.
    static Result<RecordOutcome> recordTraining(QSqlDatabase db, TrainingRecord record);
    static Status undoRecord(QSqlDatabase db, const RecordOutcome& outcome);
};

} // namespace karsa
