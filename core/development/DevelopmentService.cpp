#include "DevelopmentService.h"
#include "session/Session.h"

#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/DevelopmentPlanRepository.h"
#include "storage/Sql.h"
#include "storage/TrainingCatalogRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace karsa {

Result<PlanCatalogue> DevelopmentService::loadCatalogue(QSqlDatabase db)
{
    auto all = TrainingCatalogRepository(db).all();
    if (!all)
        return all.error();
    return PlanCatalogue(std::move(all).value());
}

Result<GenerateOutcome> DevelopmentService::generatePlans(QSqlDatabase db, const PlanGenerator& generator,
                                                          const AnalyticsData& data, const QVector<int>& employees,
                                                          int year, int targetPositionIndex, bool replaceDrafts,
                                                          Progress* progress)
{
    if (Status allowed = Session::require(db, Permission::EditData); !allowed)
        return allowed.error();
    DevelopmentPlanRepository repo(db);
    auto existing = repo.summaries(year);
    if (!existing)
        return existing.error();
    QHash<qint64, const PlanSummary*> byEmployee;
    for (const PlanSummary& p : existing.value())
        byEmployee.insert(p.employeeId, &p);

    GenerateOutcome outcome;
    QVector<DevelopmentPlan> drafts;
    drafts.reserve(employees.size());
    const qint64 total = employees.size();
    qint64 done = 0;
    for (int index : employees) {
        if (progress && progress->cancelled())
            return makeError(QCoreApplication::translate("Development", "Cancelled"));
        const qint64 employeeId = data.employees()[index].id;
        if (const PlanSummary* old = byEmployee.value(employeeId)) {
            if (old->status == PlanStatus::Approved) {
                ++outcome.skippedApproved;
                continue;
            }
            if (!replaceDrafts) {
                ++outcome.skippedDrafts;
                continue;
            }
            auto plan = repo.byId(old->planId);
            if (!plan)
                return plan.error();
            outcome.replacedPlans.append(std::move(plan).value());
            if (Status s = repo.remove(old->planId); !s)
                return s.error();
            ++outcome.replaced;
        }
        PlanDraft draft = generator.generate(index, year, targetPositionIndex);
        ++outcome.created;
        outcome.items += int(draft.plan.items.size());
        if (draft.reachesMinimum)
            ++outcome.reachingMinimum;
        drafts.append(std::move(draft.plan));
        if (progress && (++done % 1000 == 0 || done == total))
            progress->report(done, total, QCoreApplication::translate("Development", "Development plans"));
    }
    if (progress && progress->cancelled())
        return makeError(QCoreApplication::translate("Development", "Cancelled"));
    // Plans for many employees at once are a bulk write: one audit summary per table instead of a
    // row per plan item (see AuditBulkScope); a single employee's plan is audited row by row.
    std::optional<AuditBulkScope> audit;
    if (drafts.size() > 1)
        audit.emplace(db, QCoreApplication::translate("Development", "Development plans %1 generated").arg(year));
    auto ids = repo.insertMany(drafts);
    if (!ids)
        return ids.error();
    if (audit)
        if (Status s = audit->finish(); !s)
            return s.error();
    outcome.planIds = std::move(ids).value();
    return outcome;
}

Status DevelopmentService::undoGenerate(QSqlDatabase db, const GenerateOutcome& outcome)
{
    DevelopmentPlanRepository repo(db);
    if (Status s = repo.removeMany(outcome.planIds); !s)
        return s;
    for (const DevelopmentPlan& plan : outcome.replacedPlans)
        if (auto id = repo.insert(plan); !id)
            return id.error();
    return {};
}

Status DevelopmentService::swapProgramme(QSqlDatabase db, qint64 itemId, int expectedVersion, qint64 programmeId)
{
    auto programme = TrainingCatalogRepository(db).byId(programmeId);
    if (!programme)
        return programme.error();
    DevelopmentPlanRepository repo(db);
    auto item = repo.item(itemId);
    if (!item)
        return item.error();
    QString note;
    if (item->competencyId > 0) {
        const int level = programme->targetLevelFor(item->competencyId);
        if (level == 0)
            note = QCoreApplication::translate("Development", "Chosen by the officer; does not develop this competency");
        else if (level < item->requiredLevel)
            note = QCoreApplication::translate("Development", "Reaches level %1 of %2 required").arg(level).arg(item->requiredLevel);
    }
    return repo.setItemProgramme(itemId, expectedVersion, programmeId, programme->jp, programme->cost, note);
}

Result<RecordOutcome> DevelopmentService::recordTraining(QSqlDatabase db, TrainingRecord record)
{
    RecordOutcome outcome;
    DevelopmentPlanRepository plans(db);
    if (record.planItemId > 0) {
        auto item = plans.item(record.planItemId);
        if (!item)
            return item.error();
        auto plan = plans.byId(item->planId);
        if (!plan)
            return plan.error();
        if (plan->employeeId != record.employeeId) {
            Error e = makeError(QCoreApplication::translate("Development", "The plan item belongs to another employee"));
            e.field = QStringLiteral("plan_item");
            return e;
        }
        if (item->status != PlanItemStatus::Approved && item->status != PlanItemStatus::InProgress) {
            Error e = makeError(QCoreApplication::translate("Development",
                                                            "Only an approved or running plan item can be realised; this one is %1")
                                    .arg(planItemStatusLabel(item->status).toLower()));
            e.field = QStringLiteral("plan_item");
            return e;
        }
        if (record.programmeId == 0)
            record.programmeId = item->programmeId;
        outcome.itemId = item->id;
        outcome.itemBefore = item->status;
        outcome.itemVersion = item->rowVersion; // read here: recording is a read-modify-write of the item
    }
    std::optional<TrainingProgramme> programme;
    if (record.programmeId > 0) {
        auto p = TrainingCatalogRepository(db).byId(record.programmeId);
        if (!p)
            return p.error();
        programme = std::move(p).value();
        if (record.title.trimmed().isEmpty())
            record.title = programme->name;
        if (record.form.isEmpty())
            record.form = programme->form;
        if (record.provider.isEmpty())
            record.provider = programme->provider;
    }
    auto id = TrainingRecordRepository(db).insert(record);
    if (!id)
        return id.error();
    outcome.recordId = id.value();

    if (outcome.itemId > 0 && record.result != TrainingResult::Failed) {
        if (Status s = plans.setItemStatus(outcome.itemId, outcome.itemVersion, PlanItemStatus::Completed); !s)
            return s.error();
        outcome.itemCompleted = true;
        ++outcome.itemVersion;
    }
    if (programme && record.result == TrainingResult::Passed && !programme->competencies.isEmpty()) {
        AssessmentRepository assessments(db);
        auto current = assessments.current(record.employeeId);
        if (!current)
            return current.error();
        QHash<qint64, int> level;
        for (const CurrentLevel& c : current.value())
            level.insert(c.competencyId, c.level);
        for (const ProgrammeCompetency& c : programme->competencies) {
            if (c.targetLevel <= level.value(c.competencyId, 0))
                continue;
            Assessment a;
            a.employeeId = record.employeeId;
            a.competencyId = c.competencyId;
            a.level = c.targetLevel;
            a.assessedOn = record.endDate;
            a.method = QStringLiteral("training");
            a.assessor = record.provider;
            a.evidence = record.certificateNo.trimmed().isEmpty()
                             ? record.title
                             : QCoreApplication::translate("Development", "Certificate %1: %2")
                                   .arg(record.certificateNo.trimmed(), record.title);
            a.status = AssessmentStatus::NeedsValidation;
            auto aid = assessments.insert(a);
            if (!aid)
                return aid.error();
            if (Status s = sql::exec(db, QStringLiteral("UPDATE assessments SET training_record_id = ? WHERE id = ?"),
                                     {outcome.recordId, aid.value()});
                !s)
                return s.error();
            outcome.proposals.append(aid.value());
        }
    }
    return outcome;
}

Status DevelopmentService::undoRecord(QSqlDatabase db, const RecordOutcome& outcome)
{
    AssessmentRepository assessments(db);
    for (qint64 id : outcome.proposals)
        if (Status s = assessments.remove(id); !s)
            return s;
    if (outcome.itemId > 0 && outcome.itemCompleted)
        if (Status s = DevelopmentPlanRepository(db).restoreItemStatus(outcome.itemId, outcome.itemVersion,
                                                                       outcome.itemBefore); !s)
            return s;
    return TrainingRecordRepository(db).remove(outcome.recordId);
}

} // namespace karsa
