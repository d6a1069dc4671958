#include "DevelopmentPlan.h"

#include <QCoreApplication>

namespace karsa {

QString planItemStatusCode(PlanItemStatus status)
{
    switch (status) {
    case PlanItemStatus::Planned:
        return QStringLiteral("planned");
    case PlanItemStatus::Approved:
        return QStringLiteral("approved");
    case PlanItemStatus::InProgress:
        return QStringLiteral("in_progress");
    case PlanItemStatus::Completed:
        return QStringLiteral("completed");
    case PlanItemStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool planItemStatusFromCode(const QString& code, PlanItemStatus* out)
{
    for (PlanItemStatus s : {PlanItemStatus::Planned, PlanItemStatus::Approved, PlanItemStatus::InProgress,
                             PlanItemStatus::Completed, PlanItemStatus::Cancelled}) {
        if (planItemStatusCode(s) == code) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString planItemStatusLabel(PlanItemStatus status)
{
    switch (status) {
    case PlanItemStatus::Planned:
        return QCoreApplication::translate("Development", "Planned");
    case PlanItemStatus::Approved:
        return QCoreApplication::translate("Development", "Approved");
    case PlanItemStatus::InProgress:
        return QCoreApplication::translate("Development", "In progress");
    case PlanItemStatus::Completed:
        return QCoreApplication::translate("Development", "Completed");
    case PlanItemStatus::Cancelled:
        return QCoreApplication::translate("Development", "Cancelled");
    }
    return {};
}

bool isOpen(PlanItemStatus status)
{
    return status == PlanItemStatus::Planned || status == PlanItemStatus::Approved || status == PlanItemStatus::InProgress;
}

bool canTransition(PlanItemStatus from, PlanItemStatus to)
{
    if (!isOpen(from) || from == to)
        return false;
    switch (to) {
    case PlanItemStatus::Planned:
        return false;
    case PlanItemStatus::Approved:
        return from == PlanItemStatus::Planned;
    case PlanItemStatus::InProgress:
        return from == PlanItemStatus::Approved;
    case PlanItemStatus::Completed:
        return from == PlanItemStatus::Approved || from == PlanItemStatus::InProgress;
    case PlanItemStatus::Cancelled:
        return true;
    }
    return false;
}

QString planNeedCode(PlanNeed need)
{
    switch (need) {
    case PlanNeed::Current:
        return QStringLiteral("current");
    case PlanNeed::Target:
        return QStringLiteral("target");
    case PlanNeed::MinimumJp:
        return QStringLiteral("minimum_jp");
    }
    return {};
}

bool planNeedFromCode(const QString& code, PlanNeed* out)
{
    for (PlanNeed n : {PlanNeed::Current, PlanNeed::Target, PlanNeed::MinimumJp}) {
        if (planNeedCode(n) == code) {
            *out = n;
            return true;
        }
    }
    return false;
}

QString planNeedLabel(PlanNeed need)
{
    switch (need) {
    case PlanNeed::Current:
        return QCoreApplication::translate("Development", "Current position");
    case PlanNeed::Target:
        return QCoreApplication::translate("Development", "Target position");
    case PlanNeed::MinimumJp:
        return QCoreApplication::translate("Development", "JP minimum");
    }
    return {};
}

QString planStatusCode(PlanStatus status)
{
    return status == PlanStatus::Approved ? QStringLiteral("approved") : QStringLiteral("draft");
}

QString planStatusLabel(PlanStatus status)
{
    return status == PlanStatus::Approved ? QCoreApplication::translate("Development", "Approved")
                                          : QCoreApplication::translate("Development", "Draft");
}

double DevelopmentPlan::plannedJp() const
{
    double sum = 0.0;
    for (const PlanItem& i : items)
        if (i.status != PlanItemStatus::Cancelled)
            sum += i.jp;
    return sum;
}

qint64 DevelopmentPlan::plannedBudget() const
{
    qint64 sum = 0;
    for (const PlanItem& i : items)
        if (i.status != PlanItemStatus::Cancelled)
            sum += i.budget;
    return sum;
}

QString trainingResultCode(TrainingResult result)
{
    switch (result) {
    case TrainingResult::Passed:
        return QStringLiteral("lulus");
    case TrainingResult::Attended:
        return QStringLiteral("hadir");
    case TrainingResult::Failed:
        return QStringLiteral("tidak_lulus");
    }
    return {};
}

bool trainingResultFromCode(const QString& code, TrainingResult* out)
{
    for (TrainingResult r : {TrainingResult::Passed, TrainingResult::Attended, TrainingResult::Failed}) {
        if (trainingResultCode(r) == code) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString trainingResultLabel(TrainingResult result)
{
    switch (result) {
    case TrainingResult::Passed:
        return QCoreApplication::translate("Development", "Passed");
    case TrainingResult::Attended:
        return QCoreApplication::translate("Development", "Attended");
    case TrainingResult::Failed:
        return QCoreApplication::translate("Development", "Not passed");
    }
    return {};
}

} // namespace karsa
