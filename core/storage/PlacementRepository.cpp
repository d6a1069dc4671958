#include "PlacementRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace karsa {

namespace {
QString duplicateName()
{
    return QCoreApplication::translate("PlacementRepository", "Another scenario already has this name");
}
} // namespace

Result<QHash<qint64, int>> PlacementRepository::formations() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, formation FROM positions")))
        return sql::errorFrom(q);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

Result<qint64> PlacementRepository::insert(const PlacementScenario& s)
{
    if (s.name.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("PlacementRepository", "A scenario needs a name"), {}, QStringLiteral("name")};
    auto q = sql::prepare(m_db, QStringLiteral("INSERT INTO placement_scenarios (name, note, reference_date, "
                                               "horizon_months, pool_size, min_score, fill_first, solved, solve_ms, "
                                               "notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant& v :
         {QVariant(s.name.trimmed()), sql::text(s.note), sql::date(s.referenceDate), QVariant(s.horizonMonths),
          QVariant(std::max(1, s.poolSize)), QVariant(s.constraints.minScore),
          QVariant(s.constraints.fillFirst ? 1 : 0), QVariant(s.solved ? 1 : 0), QVariant(s.solveMs),
          sql::text(s.notes.join(u'\n')), QVariant(sql::nowText())})
        q->addBindValue(v);
    if (Status st = sql::execUnique(q.value(), QStringLiteral("placement_scenarios.name"), QStringLiteral("name"),
                                    duplicateName());
        !st)
        return st.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status st = writeChildren(id, s); !st)
        return st.error();
    return id;
}

Status PlacementRepository::update(const PlacementScenario& s)
{
    auto q = sql::prepare(m_db, QStringLiteral("UPDATE placement_scenarios SET name = ?, note = ?, reference_date = ?, "
                                               "horizon_months = ?, pool_size = ?, min_score = ?, fill_first = ?, "
                                               "solved = ?, solve_ms = ?, notes = ?, updated_at = ?, "
                                               "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!q)
        return q.error();
    for (const QVariant& v :
         {QVariant(s.name.trimmed()), sql::text(s.note), sql::date(s.referenceDate), QVariant(s.horizonMonths),
          QVariant(std::max(1, s.poolSize)), QVariant(s.constraints.minScore),
          QVariant(s.constraints.fillFirst ? 1 : 0), QVariant(s.solved ? 1 : 0), QVariant(s.solveMs),
          sql::text(s.notes.join(u'\n')), QVariant(sql::nowText()), QVariant(s.id), QVariant(s.rowVersion)})
        q->addBindValue(v);
    if (Status st = sql::execUnique(q.value(), QStringLiteral("placement_scenarios.name"), QStringLiteral("name"),
                                    duplicateName());
        !st)
        return st;
    if (q->numRowsAffected() != 1)
        return makeError(QCoreApplication::translate("PlacementRepository",
                                                     "The scenario was changed or deleted by someone else; reload it"));
    for (const char* table : {"placement_vacancies", "placement_constraints", "placement_assignments"})
        if (Status st = sql::exec(
                m_db, QStringLiteral("DELETE FROM %1 WHERE scenario_id = ?").arg(QLatin1String(table)), {s.id});
            !st)
            return st;
    return writeChildren(s.id, s);
}

Status PlacementRepository::writeChildren(qint64 id, const PlacementScenario& s)
{
    auto v = sql::prepare(m_db, QStringLiteral("INSERT INTO placement_vacancies (scenario_id, position_id, open_now, "
                                               "retiring, extra, opens_on) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!v)
        return v.error();
    for (const Vacancy& x : s.vacancies) {
        for (const QVariant& b : {QVariant(id), QVariant(x.positionId), QVariant(x.openNow), QVariant(x.retiring),
                                  QVariant(x.extra), sql::date(x.opensOn)})
            v->addBindValue(b);
        if (Status st = sql::exec(v.value()); !st)
            return st;
    }
    auto c = sql::prepare(m_db, QStringLiteral("INSERT INTO placement_constraints (scenario_id, kind, employee_id, "
                                               "position_id, unit_id, value) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!c)
        return c.error();
    const auto put = [&](const QString& kind, qint64 employee, qint64 position, qint64 unit, const QVariant& value) {
        for (const QVariant& b :
             {QVariant(id), QVariant(kind), sql::id(employee), sql::id(position), sql::id(unit), value})
            c->addBindValue(b);
        return sql::exec(c.value());
    };
    const PlacementConstraints& k = s.constraints;
    const QVariant none(QMetaType(QMetaType::Int));
    for (const auto& [kind, pairs] :
         {std::pair{QStringLiteral("lock"), &k.locks}, std::pair{QStringLiteral("exclude"), &k.exclusions},
          std::pair{QStringLiteral("add"), &k.added}})
        for (const PlacementPair& p : *pairs)
            if (Status st = put(kind, p.employeeId, p.positionId, 0, none); !st)
                return st;
    for (qint64 e : k.keepInPlace)
        if (Status st = put(QStringLiteral("keep"), e, 0, 0, none); !st)
            return st;
    for (auto it = k.unitMoveLimits.cbegin(); it != k.unitMoveLimits.cend(); ++it)
        if (Status st = put(QStringLiteral("unit_limit"), 0, 0, it.key(), it.value()); !st)
            return st;
    auto a =
        sql::prepare(m_db, QStringLiteral("INSERT INTO placement_assignments (scenario_id, position_id, slot, "
                                          "employee_id, score, jpm, complete, locked, added, from_position_id, "
                                          "from_unit_id, to_unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!a)
        return a.error();
    for (const PlacementSeat& x : s.seats) {
        for (const QVariant& b :
             {QVariant(id), QVariant(x.positionId), QVariant(x.slot), sql::id(x.employeeId), QVariant(x.score),
              QVariant(x.jpm), QVariant(x.complete ? 1 : 0), QVariant(x.locked ? 1 : 0), QVariant(x.added ? 1 : 0),
              sql::id(x.fromPositionId), sql::id(x.fromUnitId), sql::id(x.toUnitId)})
            a->addBindValue(b);
        if (Status st = sql::exec(a.value()); !st)
            return st;
    }
    return {};
}

Status PlacementRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM placement_scenarios WHERE id = ?"), {id});
}

Result<PlacementScenario> PlacementRepository::byName(const QString& name) const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM placement_scenarios WHERE name = ?"), {name.trimmed()});
    if (!id)
        return id.error();
    if (!id.value().isValid())
        return Error{QCoreApplication::translate("PlacementRepository", "No scenario is named '%1'").arg(name),
                     {},
                     QStringLiteral("name")};
    return load(id.value().toLongLong());
}

Result<PlacementScenario> PlacementRepository::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, note, reference_date, horizon_months, pool_size, min_score, fill_first, "
                             "solved, solve_ms, notes, updated_at, row_version FROM placement_scenarios WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorFrom(q);
    if (!q.next())
        return makeError(QCoreApplication::translate("PlacementRepository", "The scenario no longer exists"));
    PlacementScenario s;
    s.id = id;
    s.name = q.value(0).toString();
    s.note = q.value(1).toString();
    s.referenceDate = sql::toDate(q.value(2));
    s.horizonMonths = q.value(3).toInt();
    s.poolSize = q.value(4).toInt();
    s.constraints.minScore = q.value(5).toDouble();
    s.constraints.fillFirst = q.value(6).toInt() != 0;
    s.solved = q.value(7).toInt() != 0;
    s.solveMs = q.value(8).toDouble();
    const QString notes = q.value(9).toString();
    if (!notes.isEmpty())
        s.notes = notes.split(u'\n');
    s.updatedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    s.rowVersion = q.value(11).toInt();

    q.prepare(QStringLiteral("SELECT position_id, open_now, retiring, extra, opens_on FROM placement_vacancies "
                             "WHERE scenario_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorFrom(q);
    while (q.next()) {
        Vacancy v;
        v.positionId = q.value(0).toLongLong();
        v.openNow = q.value(1).toInt();
        v.retiring = q.value(2).toInt();
        v.extra = q.value(3).toInt();
        v.opensOn = sql::toDate(q.value(4));
        s.vacancies.append(v);
    }
    q.prepare(QStringLiteral("SELECT kind, employee_id, position_id, unit_id, value FROM placement_constraints "
                             "WHERE scenario_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorFrom(q);
    PlacementConstraints& k = s.constraints;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const PlacementPair pair{q.value(1).toLongLong(), q.value(2).toLongLong()};
        if (kind == u"lock")
            k.locks.append(pair);
        else if (kind == u"exclude")
            k.exclusions.append(pair);
        else if (kind == u"add")
            k.added.append(pair);
        else if (kind == u"keep")
            k.keepInPlace.append(pair.employeeId);
        else if (kind == u"unit_limit")
            k.unitMoveLimits.insert(q.value(3).toLongLong(), q.value(4).toInt());
    }
    q.prepare(QStringLiteral("SELECT position_id, slot, employee_id, score, jpm, complete, locked, added, "
                             "from_position_id, from_unit_id, to_unit_id FROM placement_assignments "
                             "WHERE scenario_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::errorFrom(q);
    while (q.next()) {
        PlacementSeat x;
        x.positionId = q.value(0).toLongLong();
        x.slot = q.value(1).toInt();
        x.employeeId = q.value(2).toLongLong();
        x.score = q.value(3).toDouble();
        x.jpm = q.value(4).toDouble();
        x.complete = q.value(5).toInt() != 0;
        x.locked = q.value(6).toInt() != 0;
        x.added = q.value(7).toInt() != 0;
        x.fromPositionId = q.value(8).toLongLong();
        x.fromUnitId = q.value(9).toLongLong();
        x.toUnitId = q.value(10).toLongLong();
        s.seats.append(x);
    }
    return s;
}

Result<QVector<PlacementScenarioSummary>> PlacementRepository::list() const
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT s.id, s.name, s.reference_date, s.updated_at, COUNT(a.slot), COUNT(a.employee_id), "
                           "COALESCE(SUM(CASE WHEN a.employee_id IS NOT NULL THEN a.score END), 0), COALESCE(AVG(CASE "
                           "WHEN a.employee_id IS NOT NULL THEN a.jpm END), 0) "
                           "FROM placement_scenarios s LEFT JOIN placement_assignments a ON a.scenario_id = s.id "
                           "GROUP BY s.id, s.name, s.reference_date, s.updated_at ORDER BY s.name")))
        return sql::errorFrom(q);
    QVector<PlacementScenarioSummary> out;
    while (q.next()) {
        PlacementScenarioSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.referenceDate = sql::toDate(q.value(2));
        s.updatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        s.seats = q.value(4).toInt();
        s.filled = q.value(5).toInt();
        s.totalScore = q.value(6).toDouble();
        s.meanJpm = q.value(7).toDouble();
        out.append(s);
    }
    return out;
}

} // namespace karsa
