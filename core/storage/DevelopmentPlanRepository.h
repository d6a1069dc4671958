#pragma once

#include "common/Result.h"
#include "development/DevelopmentPlan.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace karsa {

// One line of the plan list of a year: the plan and its totals (cancelled items left out).
struct PlanSummary
{
    qint64 planId = 0;
    qint64 employeeId = 0;
    qint64 targetPositionId = 0;
    PlanStatus status = PlanStatus::Draft;
    QString approvedBy;
    int items = 0;     // not cancelled
    int completed = 0;
    double jp = 0.0;   // planned JP, not cancelled
    qint64 budget = 0; // not cancelled
};

// Development plans and their items. Writes expect the caller's transaction.
class DevelopmentPlanRepository
{
public:
    explicit DevelopmentPlanRepository(QSqlDatabase db);
    DevelopmentPlanRepository(const DevelopmentPlanRepository&) = delete;
    DevelopmentPlanRepository& operator=(const DevelopmentPlanRepository&) = delete;
    ~DevelopmentPlanRepository();

    // Inserts a plan with its items (ids in the value are ignored); one plan per employee and year.
    Result<qint64> insert(const DevelopmentPlan& plan);
    // Bulk path for many plans at once (a unit, the city): ids assigned after the current maximum and
    // rows written with multi-row INSERTs. Returns the new ids in the order of plans.
    Result<QVector<qint64>> insertMany(const QVector<DevelopmentPlan>& plans);
    Status remove(qint64 planId);
    Status removeMany(QVector<qint64> planIds); // contiguous runs are deleted as id ranges
    Result<DevelopmentPlan> byId(qint64 planId) const;
    Result<std::optional<DevelopmentPlan>> find(qint64 employeeId, int year) const;
    Result<QVector<PlanSummary>> summaries(int year) const; // by employee id
    Result<QVector<PlanItem>> items(qint64 planId) const;

    Result<PlanItem> item(qint64 itemId) const;
    Result<qint64> planOfItem(qint64 itemId) const;
    // Every write below is optimistic: expectedVersion is the row_version of the item (or plan) the
    // caller read; a change made elsewhere since is refused with sql::conflictError.
    // Moves an item along its life (canTransition); anything else is refused with a clear message.
    Status setItemStatus(qint64 itemId, int expectedVersion, PlanItemStatus to);
    // Writes a status without the transition rule (undo of an officer's change).
    Status restoreItemStatus(qint64 itemId, int expectedVersion, PlanItemStatus status);
    // Replaces the programme of an open item (swap): its JP and budget follow the programme.
    Status setItemProgramme(qint64 itemId, int expectedVersion, qint64 programmeId, double jp, qint64 budget,
                            const QString& note);

    // An item approve() changed, with the row_version its write left.
    struct ChangedItem
    {
        qint64 id = 0;
        int rowVersion = 0;
    };
    // Approves a draft plan: the plan and its planned items. Returns the items it approved.
    Result<QVector<ChangedItem>> approve(qint64 planId, int expectedVersion, const QString& by, const QDateTime& at);
    // Undoes approve(): back to draft, the given items back to planned.
    Status unapprove(qint64 planId, int expectedVersion, const QVector<ChangedItem>& items);

private:
    QSqlDatabase m_db;
    struct Prepared;
    Prepared* m_prepared = nullptr;
};

} // namespace karsa
