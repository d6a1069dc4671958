#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace karsa {

// The life of one plan item: planned (proposed by the generator or added) -> approved (accepted by
// the officer, or with the plan) -> in progress -> completed; any open state -> cancelled (dropped).
// Completed and cancelled are final.
enum class PlanItemStatus { Planned, Approved, InProgress, Completed, Cancelled };

QString planItemStatusCode(PlanItemStatus status); // "planned", "approved", "in_progress", "completed", "cancelled"
bool planItemStatusFromCode(const QString& code, PlanItemStatus* out);
QString planItemStatusLabel(PlanItemStatus status); // translated
bool canTransition(PlanItemStatus from, PlanItemStatus to);
bool isOpen(PlanItemStatus status); // planned, approved or in progress

// Why an item is in the plan: a shortfall on the current position, on the target position, or
// filling the yearly JP minimum.
enum class PlanNeed { Current, Target, MinimumJp };
QString planNeedCode(PlanNeed need); // "current", "target", "minimum_jp"
bool planNeedFromCode(const QString& code, PlanNeed* out);
QString planNeedLabel(PlanNeed need);

struct PlanItem
{
    qint64 id = 0;
    qint64 planId = 0;
    int priority = 0; // 1 = first
    PlanNeed need = PlanNeed::Current;
    qint64 competencyId = 0; // 0 for a JP-minimum item without a competency
    int requiredLevel = 0;
    int actualLevel = 0;     // 0 = not assessed
    qint64 programmeId = 0;  // 0 = no programme in the catalogue covers the need
    double jp = 0.0;
    qint64 budget = 0;
    PlanItemStatus status = PlanItemStatus::Planned;
    QString note;
    int rowVersion = 0;

    int shortfall() const { return requiredLevel > actualLevel ? requiredLevel - actualLevel : 0; }
};

enum class PlanStatus { Draft, Approved };
QString planStatusCode(PlanStatus status); // "draft", "approved"
QString planStatusLabel(PlanStatus status);

// Rencana pengembangan kompetensi of one employee for one year (PP 11/2017 Pasal 205-207).
struct DevelopmentPlan
{
    qint64 id = 0;
    qint64 employeeId = 0;
    int year = 0;
    qint64 targetPositionId = 0; // 0 = none
    PlanStatus status = PlanStatus::Draft;
    QString approvedBy;
    QDateTime approvedAt;
    QVector<PlanItem> items; // by priority
    int rowVersion = 0;

    double plannedJp() const;      // JP of the items that are not cancelled
    qint64 plannedBudget() const;  // budget of the items that are not cancelled
};

// Realised training (from a plan item or ad hoc).
enum class TrainingResult { Passed, Attended, Failed };
QString trainingResultCode(TrainingResult result); // "lulus", "hadir", "tidak_lulus"
bool trainingResultFromCode(const QString& code, TrainingResult* out);
QString trainingResultLabel(TrainingResult result);

struct TrainingRecord
{
    qint64 id = 0;
    qint64 employeeId = 0;
    qint64 programmeId = 0; // 0 = ad hoc, not from the catalogue
    qint64 planItemId = 0;  // 0 = not from a plan
    QString title;
    QString form;
    QString provider;
    QDate startDate;
    QDate endDate;
    double jp = 0.0;
    QString certificateNo;
    TrainingResult result = TrainingResult::Passed;
    int rowVersion = 0;
};

} // namespace karsa
