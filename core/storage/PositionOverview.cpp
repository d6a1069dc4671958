#include "PositionOverview.h"

#include "Sql.h"
#include "domain/Employee.h"

#include <QSqlQuery>

namespace karsa {

int positionVacancies(int formation, int holders)
{
    return qMax(0, formation - holders);
}

Result<QHash<qint64, int>> positionHolderCounts(QSqlDatabase db)
{
    QHash<qint64, int> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT position_id, COUNT(*) FROM employees WHERE position_id IS NOT NULL GROUP BY position_id")))
        return sql::errorFrom(q);
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

Result<QVector<PositionHolder>> positionHolders(QSqlDatabase db, qint64 positionId)
{
    QVector<PositionHolder> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, nip, front_title, name, back_title, golongan FROM employees WHERE position_id = ? "
                             "ORDER BY name, nip"));
    q.addBindValue(positionId);
    if (Status s = sql::exec(q); !s)
        return s.error();
    while (q.next()) {
        Employee e;
        e.frontTitle = q.value(2).toString();
        e.name = q.value(3).toString();
        e.backTitle = q.value(4).toString();
        out.append({q.value(0).toLongLong(), q.value(1).toString(), e.fullName(), q.value(5).toString()});
    }
    return out;
}

Result<PositionLinks> capturePositionLinks(QSqlDatabase db, qint64 positionId)
{
    PositionLinks links;
    links.positionId = positionId;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM employees WHERE position_id = ?"));
    q.addBindValue(positionId);
    if (Status s = sql::exec(q); !s)
        return s.error();
    while (q.next())
        links.holderIds.append(q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT id FROM positions WHERE superior_id = ?"));
    q.addBindValue(positionId);
    if (Status s = sql::exec(q); !s)
        return s.error();
    while (q.next())
        links.subordinateIds.append(q.value(0).toLongLong());
    return links;
}

Status restorePositionLinks(QSqlDatabase db, const PositionLinks& links)
{
    for (qint64 id : links.holderIds)
        if (Status s = sql::exec(db, QStringLiteral("UPDATE employees SET position_id = ? WHERE id = ?"), {links.positionId, id}); !s)
            return s;
    for (qint64 id : links.subordinateIds)
        if (Status s = sql::exec(db, QStringLiteral("UPDATE positions SET superior_id = ? WHERE id = ?"), {links.positionId, id}); !s)
            return s;
    return {};
}

} // namespace karsa
