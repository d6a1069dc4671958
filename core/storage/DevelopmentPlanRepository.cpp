#include "DevelopmentPlanRepository.h"

#include "BulkInserter.h"
#include "RowReader.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace karsa {

// Statements prepared once per repository, so saving many plans (a unit, the city) stays fast.
struct DevelopmentPlanRepository::Prepared
{
    QSqlQuery plan;
    QSqlQuery item;
    bool ready = false;
};

namespace {
const QString kItemColumns = QStringLiteral(
    "id, plan_id, priority, need, competency_id, required_level, actual_level, program_id, jp, budget, status, note, "
    "row_version");

PlanItem readItem(const QSqlQuery& q)
{
    PlanItem i;
    i.id = q.value(0).toLongLong();
    i.planId = q.value(1).toLongLong();
    i.priority = q.value(2).toInt();
    planNeedFromCode(q.value(3).toString(), &i.need);
    i.competencyId = q.value(4).toLongLong();
    i.requiredLevel = q.value(5).toInt();
    i.actualLevel = q.value(6).toInt();
    i.programmeId = q.value(7).toLongLong();
    i.jp = q.value(8).toDouble();
    i.budget = q.value(9).toLongLong();
    planItemStatusFromCode(q.value(10).toString(), &i.status);
    i.note = q.value(11).toString();
    i.rowVersion = q.value(12).toInt();
    return i;
}

QVariant nullableLevel(int level)
{
    return level > 0 ? QVariant(level) : QVariant(QMetaType(QMetaType::Int));
}
} // namespace

DevelopmentPlanRepository::DevelopmentPlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}

DevelopmentPlanRepository::~DevelopmentPlanRepository()
{
    delete m_prepared;
}

Result<qint64> DevelopmentPlanRepository::insert(const DevelopmentPlan& plan)
{
    if (!m_prepared) {
        m_prepared = new Prepared{QSqlQuery(m_db), QSqlQuery(m_db), false};
        if (!m_prepared->plan.prepare(QStringLiteral(
                "INSERT INTO development_plans (employee_id, year, target_position_id, status, approved_by, approved_at, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
            return sql::errorFrom(m_prepared->plan);
        if (!m_prepared->item.prepare(QStringLiteral(
                "INSERT INTO development_plan_items (plan_id, priority, need, competency_id, required_level, "
                "actual_level, program_id, jp, budget, status, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sql::errorFrom(m_prepared->item);
        m_prepared->ready = true;
    }
    if (!m_prepared->ready)
        return makeError(QCoreApplication::translate("Development", "The plan statements could not be prepared"));
    if (plan.year < 2000 || plan.year > 2100) {
        Error e = makeError(QCoreApplication::translate("Development", "The plan year %1 is not valid").arg(plan.year));
        e.field = QStringLiteral("year");
        return e;
    }
    const QString now = sql::nowText();
    QSqlQuery& p = m_prepared->plan;
    p.bindValue(0, plan.employeeId);
    p.bindValue(1, plan.year);
    p.bindValue(2, sql::id(plan.targetPositionId));
    p.bindValue(3, planStatusCode(plan.status));
    p.bindValue(4, sql::text(plan.approvedBy));
    p.bindValue(5, plan.approvedAt.isValid() ? QVariant(plan.approvedAt.toUTC().toString(Qt::ISODate))
                                             : QVariant(QMetaType(QMetaType::QString)));
    p.bindValue(6, now);
    p.bindValue(7, now);
    if (Status s = sql::execUnique(p, QStringLiteral("development_plans.employee_id"), QStringLiteral("year"),
                                   QCoreApplication::translate("Development", "The employee already has a plan for %1")
                                       .arg(plan.year));
        !s)
        return s.error();
    const qint64 planId = p.lastInsertId().toLongLong();
    QSqlQuery& q = m_prepared->item;
    for (const PlanItem& i : plan.items) {
        q.bindValue(0, planId);
        q.bindValue(1, i.priority);
        q.bindValue(2, planNeedCode(i.need));
        q.bindValue(3, sql::id(i.competencyId));
        q.bindValue(4, nullableLevel(i.requiredLevel));
        q.bindValue(5, nullableLevel(i.actualLevel));
        q.bindValue(6, sql::id(i.programmeId));
        q.bindValue(7, i.jp);
        q.bindValue(8, i.budget);
        q.bindValue(9, planItemStatusCode(i.status));
        q.bindValue(10, sql::text(i.note));
        q.bindValue(11, now);
        if (Status s = sql::exec(q); !s)
            return s.error();
    }
    return planId;
}

Result<QVector<qint64>> DevelopmentPlanRepository::insertMany(const QVector<DevelopmentPlan>& plans)
{
    auto max = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM development_plans"));
    if (!max)
        return max.error();
    qint64 next = max->toLongLong();
    const QString now = sql::nowText();
    BulkInserter planRows(m_db, QStringLiteral("development_plans"),
                          {QStringLiteral("id"), QStringLiteral("employee_id"), QStringLiteral("year"),
                           QStringLiteral("target_position_id"), QStringLiteral("status"), QStringLiteral("approved_by"),
                           QStringLiteral("approved_at"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInserter itemRows(m_db, QStringLiteral("development_plan_items"),
                          {QStringLiteral("plan_id"), QStringLiteral("priority"), QStringLiteral("need"),
                           QStringLiteral("competency_id"), QStringLiteral("required_level"), QStringLiteral("actual_level"),
                           QStringLiteral("program_id"), QStringLiteral("jp"), QStringLiteral("budget"),
                           QStringLiteral("status"), QStringLiteral("note"), QStringLiteral("updated_at")});
    QVector<qint64> ids;
    ids.reserve(plans.size());
    for (const DevelopmentPlan& plan : plans) {
        if (plan.year < 2000 || plan.year > 2100) {
            Error e = makeError(QCoreApplication::translate("Development", "The plan year %1 is not valid").arg(plan.year));
            e.field = QStringLiteral("year");
            return e;
        }
        const qint64 id = ++next;
        if (Status s = planRows.add({id, plan.employeeId, plan.year, sql::id(plan.targetPositionId),
                                     planStatusCode(plan.status), sql::text(plan.approvedBy),
                                     plan.approvedAt.isValid() ? QVariant(plan.approvedAt.toUTC().toString(Qt::ISODate))
                                                               : QVariant(QMetaType(QMetaType::QString)),
                                     now, now});
            !s)
            return s.error();
        ids.append(id);
    }
    if (Status s = planRows.finish(); !s) {
        if (s.error().message.contains(u"UNIQUE"))
            return makeError(QCoreApplication::translate("Development", "An employee already has a plan for that year"));
        return s.error();
    }
    // Items after every plan row is written (foreign keys).
    for (qsizetype k = 0; k < plans.size(); ++k) {
        for (const PlanItem& i : plans[k].items) {
            if (Status s = itemRows.add({ids[k], i.priority, planNeedCode(i.need), sql::id(i.competencyId),
                                         nullableLevel(i.requiredLevel), nullableLevel(i.actualLevel),
                                         sql::id(i.programmeId), i.jp, i.budget, planItemStatusCode(i.status),
                                         sql::text(i.note), now});
                !s)
                return s.error();
        }
    }
    if (Status s = itemRows.finish(); !s)
        return s.error();
    return ids;
}

Status DevelopmentPlanRepository::removeMany(QVector<qint64> planIds)
{
    std::sort(planIds.begin(), planIds.end());
    for (qsizetype i = 0; i < planIds.size();) {
        qsizetype j = i;
        while (j + 1 < planIds.size() && planIds[j + 1] == planIds[j] + 1)
            ++j;
        if (Status s = sql::exec(m_db, QStringLiteral("DELETE FROM development_plans WHERE id BETWEEN ? AND ?"),
                                 {planIds[i], planIds[j]});
            !s)
            return s;
        i = j + 1;
    }
    return {};
}

Status DevelopmentPlanRepository::remove(qint64 planId)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM development_plans WHERE id = ?"), {planId});
}

Result<QVector<PlanItem>> DevelopmentPlanRepository::items(qint64 planId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kItemColumns +
              QStringLiteral(" FROM development_plan_items WHERE plan_id = ? ORDER BY priority, id"));
    q.addBindValue(planId);
    if (!q.exec())
        return sql::errorFrom(q);
    QVector<PlanItem> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

Result<DevelopmentPlan> DevelopmentPlanRepository::byId(qint64 planId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, employee_id, year, target_position_id, status, approved_by, approved_at, "
                             "row_version FROM development_plans WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return makeError(QCoreApplication::translate("Development", "The plan no longer exists"));
    DevelopmentPlan plan;
    plan.id = q.value(0).toLongLong();
    plan.employeeId = q.value(1).toLongLong();
    plan.year = q.value(2).toInt();
    plan.targetPositionId = q.value(3).toLongLong();
    plan.status = q.value(4).toString() == u"approved" ? PlanStatus::Approved : PlanStatus::Draft;
    plan.approvedBy = q.value(5).toString();
    plan.approvedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    plan.rowVersion = q.value(7).toInt();
    auto items = this->items(planId);
    if (!items)
        return items.error();
    plan.items = std::move(items).value();
    return plan;
}

Result<std::optional<DevelopmentPlan>> DevelopmentPlanRepository::find(qint64 employeeId, int year) const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM development_plans WHERE employee_id = ? AND year = ?"),
                          {employeeId, year});
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<DevelopmentPlan>();
    auto plan = byId(id->toLongLong());
    if (!plan)
        return plan.error();
    return std::optional<DevelopmentPlan>(std::move(plan).value());
}

Result<QVector<PlanSummary>> DevelopmentPlanRepository::summaries(int year) const
{
    QVector<PlanSummary> out;
    const Status s = RowReader::forEach(
        m_db,
        QStringLiteral("SELECT p.id, p.employee_id, p.target_position_id, p.status, p.approved_by, "
                       "COUNT(i.id), SUM(CASE WHEN i.status = 'completed' THEN 1 ELSE 0 END), "
                       "COALESCE(SUM(i.jp), 0), COALESCE(SUM(i.budget), 0) "
                       "FROM development_plans p LEFT JOIN development_plan_items i "
                       "ON i.plan_id = p.id AND i.status <> 'cancelled' "
                       "WHERE p.year = ? GROUP BY p.id ORDER BY p.employee_id"),
        {year}, [&](const RowReader::Row& r) {
            PlanSummary p;
            p.planId = r.integer(0);
            p.employeeId = r.integer(1);
            p.targetPositionId = r.integer(2);
            p.status = r.text(3) == u"approved" ? PlanStatus::Approved : PlanStatus::Draft;
            p.approvedBy = r.text(4);
            p.items = int(r.integer(5));
            p.completed = int(r.integer(6));
            p.jp = r.real(7);
            p.budget = r.integer(8);
            out.append(p);
        });
    if (!s)
        return s.error();
    return out;
}

Result<PlanItem> DevelopmentPlanRepository::item(qint64 itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kItemColumns + QStringLiteral(" FROM development_plan_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return makeError(QCoreApplication::translate("Development", "The plan item no longer exists"));
    return readItem(q);
}

Result<qint64> DevelopmentPlanRepository::planOfItem(qint64 itemId) const
{
    auto r = item(itemId);
    if (!r)
        return r.error();
    return r->planId;
}

Status DevelopmentPlanRepository::setItemStatus(qint64 itemId, int expectedVersion, PlanItemStatus to)
{
    auto current = item(itemId);
    if (!current)
        return current.error();
    if (current->rowVersion != expectedVersion)
        return sql::conflictError(m_db, QStringLiteral("development_plan_items"), itemId);
    if (!canTransition(current->status, to)) {
        Error e = makeError(QCoreApplication::translate("Development", "A plan item that is %1 cannot become %2")
                                .arg(planItemStatusLabel(current->status).toLower(), planItemStatusLabel(to).toLower()));
        e.field = QStringLiteral("status");
        return e;
    }
    return restoreItemStatus(itemId, expectedVersion, to);
}

Status DevelopmentPlanRepository::restoreItemStatus(qint64 itemId, int expectedVersion, PlanItemStatus status)
{
    return sql::execVersioned(m_db, QStringLiteral("development_plan_items"), itemId,
                              QStringLiteral("UPDATE development_plan_items SET status = ?, updated_at = ?, "
                                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                              {planItemStatusCode(status), sql::nowText(), itemId, expectedVersion});
}

Status DevelopmentPlanRepository::setItemProgramme(qint64 itemId, int expectedVersion, qint64 programmeId, double jp,
                                                   qint64 budget, const QString& note)
{
    auto current = item(itemId);
    if (!current)
        return current.error();
    if (current->rowVersion != expectedVersion)
        return sql::conflictError(m_db, QStringLiteral("development_plan_items"), itemId);
    if (!isOpen(current->status) || current->status == PlanItemStatus::InProgress)
        return makeError(QCoreApplication::translate("Development",
                                                     "Only a planned or approved item can get another programme"));
    return sql::execVersioned(
        m_db, QStringLiteral("development_plan_items"), itemId,
        QStringLiteral("UPDATE development_plan_items SET program_id = ?, jp = ?, budget = ?, note = ?, "
                       "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {sql::id(programmeId), jp, budget, sql::text(note), sql::nowText(), itemId, expectedVersion});
}

Result<QVector<DevelopmentPlanRepository::ChangedItem>> DevelopmentPlanRepository::approve(qint64 planId,
                                                                                          int expectedVersion,
                                                                                          const QString& by,
                                                                                          const QDateTime& at)
{
    auto plan = byId(planId);
    if (!plan)
        return plan.error();
    if (plan->rowVersion != expectedVersion)
        return sql::conflictError(m_db, QStringLiteral("development_plans"), planId);
    if (plan->status == PlanStatus::Approved)
        return makeError(QCoreApplication::translate("Development", "The plan is already approved"));
    if (by.trimmed().isEmpty()) {
        Error e = makeError(QCoreApplication::translate("Development", "Say who approves the plan"));
        e.field = QStringLiteral("approved_by");
        return e;
    }
    // The plan row is checked first; its items are the ones just read with it (read-modify-write).
    if (Status s = sql::execVersioned(
            m_db, QStringLiteral("development_plans"), planId,
            QStringLiteral("UPDATE development_plans SET status = 'approved', approved_by = ?, approved_at = ?, "
                           "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            {by.trimmed(), at.toUTC().toString(Qt::ISODate), sql::nowText(), planId, expectedVersion});
        !s)
        return s.error();
    QVector<ChangedItem> changed;
    for (const PlanItem& i : plan->items) {
        if (i.status != PlanItemStatus::Planned)
            continue;
        if (Status s = restoreItemStatus(i.id, i.rowVersion, PlanItemStatus::Approved); !s)
            return s.error();
        changed.append({i.id, i.rowVersion + 1});
    }
    return changed;
}

Status DevelopmentPlanRepository::unapprove(qint64 planId, int expectedVersion, const QVector<ChangedItem>& items)
{
    if (Status s = sql::execVersioned(
            m_db, QStringLiteral("development_plans"), planId,
            QStringLiteral("UPDATE development_plans SET status = 'draft', approved_by = NULL, approved_at = NULL, "
                           "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            {sql::nowText(), planId, expectedVersion});
        !s)
        return s;
    for (const ChangedItem& i : items)
        if (Status s = restoreItemStatus(i.id, i.rowVersion, PlanItemStatus::Planned); !s)
            return s;
    return {};
}

} // namespace karsa
