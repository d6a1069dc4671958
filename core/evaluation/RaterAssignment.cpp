#include "RaterAssignment.h"

#include "EvaluationRepository.h"
#include "RaterRole.h"
#include "storage/Sql.h"
#include "storage/UnitRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace karsa {

namespace {
// A stable pseudo-random order, so generated peers are the same on every run.
quint64 mix(qint64 a, qint64 b)
{
    quint64 x = quint64(a) * 0x9E3779B97F4A7C15ULL ^ quint64(b) * 0xC2B2AE3D27D4EB4FULL;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    return x ^ (x >> 29);
}

} // namespace

Result<QVector<qint64>> RaterAssignment::generate(QSqlDatabase db, qint64 cycleId, int maxPeers, int maxSubordinates)
{
    auto c = EvaluationRepository(db).cycle(cycleId);
    if (!c)
        return c.error();
    QSet<qint64> scopeUnits;
    if (c->unitId > 0) {
        auto units = UnitRepository(db).all();
        if (!units)
            return units.error();
        for (qint64 id : unitWithDescendants(units.value(), c->unitId))
            scopeUnits.insert(id);
    }
    QHash<qint64, qint64> superiorOf;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, superior_id FROM positions")))
        return sql::errorFrom(q);
    QHash<qint64, QVector<qint64>> childPositions;
    while (q.next()) {
        const qint64 sup = q.value(1).toLongLong();
        superiorOf.insert(q.value(0).toLongLong(), sup);
        if (sup > 0)
            childPositions[sup].append(q.value(0).toLongLong());
    }
    struct Person
    {
        qint64 id, position, unit;
    };
    QVector<Person> scope;
    QHash<qint64, QVector<qint64>> holders;
    if (!q.exec(QStringLiteral("SELECT id, position_id, unit_id FROM employees ORDER BY id")))
        return sql::errorFrom(q);
    while (q.next()) {
        const Person p{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        if (p.position > 0)
            holders[p.position].append(p.id);
        if (c->unitId == 0 || scopeUnits.contains(p.unit))
            scope.append(p);
    }
    QSet<QPair<qint64, qint64>> existing; // (ratee * 8 + role, rater)
    q.prepare(QStringLiteral("SELECT ratee_employee_id, role, rater_employee_id FROM eval_raters WHERE cycle_id = ?"));
    q.addBindValue(cycleId);
    if (!q.exec())
        return sql::errorFrom(q);
    auto keyOf = [](qint64 ratee, RaterRole role, qint64 rater) { return qMakePair(ratee * 8 + int(role), rater); };
    while (q.next()) {
        RaterRole role = RaterRole::Rekan;
        raterRoleFromCode(q.value(1).toString(), &role);
        existing.insert(keyOf(q.value(0).toLongLong(), role, q.value(2).toLongLong()));
    }

    auto insert =
        sql::prepare(db, QStringLiteral("INSERT INTO eval_raters (cycle_id, ratee_employee_id, role, "
                                        "rater_employee_id, source, updated_at) VALUES (?, ?, ?, ?, 'assigned', ?)"));
    if (!insert)
        return insert.error();
    const QString now = sql::nowText();
    QVector<qint64> created;
    auto add = [&](qint64 ratee, RaterRole role, qint64 rater) -> Status {
        const QString code = raterRoleCode(role);
        if (existing.contains(keyOf(ratee, role, rater)))
            return {};
        existing.insert(keyOf(ratee, role, rater));
        for (const QVariant& v : {QVariant(cycleId), QVariant(ratee), QVariant(code), QVariant(rater), QVariant(now)})
            insert->addBindValue(v);
        if (Status s = sql::exec(insert.value()); !s)
            return s;
        created.append(insert->lastInsertId().toLongLong());
        return {};
    };
    auto pick = [](qint64 ratee, QVector<qint64> pool, int limit) {
        std::sort(pool.begin(), pool.end(), [ratee](qint64 a, qint64 b) { return mix(ratee, a) < mix(ratee, b); });
        if (pool.size() > limit)
            pool.resize(limit);
        return pool;
    };
    for (const Person& p : std::as_const(scope)) {
        if (Status s = add(p.id, RaterRole::Diri, p.id); !s)
            return s.error();
        if (p.position <= 0)
            continue;
        const qint64 sup = superiorOf.value(p.position);
        // A vacant superior position: the holder of the next position up rates (as acting superior).
        qint64 rater = sup;
        for (int up = 0; up < 5 && rater > 0 && holders.value(rater).isEmpty(); ++up)
            rater = superiorOf.value(rater);
        if (sup > 0) {
            for (qint64 boss : holders.value(rater))
                if (boss != p.id)
                    if (Status s = add(p.id, RaterRole::Atasan, boss); !s)
                        return s.error();
            QVector<qint64> peers;
            for (qint64 pos : childPositions.value(sup))
                for (qint64 e : holders.value(pos))
                    if (e != p.id)
                        peers.append(e);
            for (qint64 e : pick(p.id, peers, maxPeers))
                if (Status s = add(p.id, RaterRole::Rekan, e); !s)
                    return s.error();
        }
        QVector<qint64> subordinates;
        for (qint64 pos : childPositions.value(p.position))
            for (qint64 e : holders.value(pos))
                if (e != p.id)
                    subordinates.append(e);
        for (qint64 e : pick(p.id, subordinates, maxSubordinates))
            if (Status s = add(p.id, RaterRole::Bawahan, e); !s)
                return s.error();
    }
    return created;
}

} // namespace karsa
