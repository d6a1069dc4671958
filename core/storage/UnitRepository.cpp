#include "UnitRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace karsa {

namespace {
Error fieldError(const QString& field, const QString& message)
{
    Error e;
    e.field = field;
    e.message = message;
    return e;
}
Status validate(const Unit& u)
{
    if (u.code.trimmed().isEmpty())
        return fieldError(QStringLiteral("code"), QCoreApplication::translate("Unit", "The unit code is empty"));
    if (u.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), QCoreApplication::translate("Unit", "The unit name is empty"));
    if (u.kind.trimmed().isEmpty())
        return fieldError(QStringLiteral("kind"), QCoreApplication::translate("Unit", "The unit kind is empty"));
    if (u.id != 0 && u.parentId == u.id)
        return fieldError(QStringLiteral("parent"), QCoreApplication::translate("Unit", "A unit cannot be its own parent"));
    return {};
}
} // namespace

Result<qint64> UnitRepository::insert(const Unit& u)
{
    if (Status s = validate(u); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO units (code, name, short_name, kind, parent_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(u.code.trimmed()), QVariant(u.name.trimmed()), sql::text(u.shortName),
                              QVariant(u.kind), sql::id(u.parentId), QVariant(sql::nowText())})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status UnitRepository::update(const Unit& u)
{
    if (Status s = validate(u); !s)
        return s;
    if (u.parentId) {
        auto units = all();
        if (!units)
            return units.error();
        if (unitWithDescendants(units.value(), u.id).contains(u.parentId))
            return fieldError(QStringLiteral("parent"),
                              QCoreApplication::translate("Unit", "A unit cannot be placed under one of its own sub-units"));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE units SET code = ?, name = ?, short_name = ?, kind = ?, parent_id = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant& v : {QVariant(u.code.trimmed()), QVariant(u.name.trimmed()), sql::text(u.shortName),
                              QVariant(u.kind), sql::id(u.parentId), QVariant(sql::nowText()), QVariant(u.id),
                              QVariant(u.rowVersion)})
        q.addBindValue(v);
    if (Status s = sql::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return makeError(QCoreApplication::translate("Database", "The unit was changed or deleted by someone else; reload and try again"));
    return {};
}

Status UnitRepository::remove(qint64 id)
{
    return sql::exec(m_db, QStringLiteral("DELETE FROM units WHERE id = ?"), {id});
}

Result<QVector<Unit>> UnitRepository::all() const
{
    QVector<Unit> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, short_name, kind, parent_id, row_version FROM units ORDER BY id")))
        return sql::errorFrom(q);
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toLongLong();
        u.code = q.value(1).toString();
        u.name = q.value(2).toString();
        u.shortName = q.value(3).toString();
        u.kind = q.value(4).toString();
        u.parentId = q.value(5).toLongLong();
        u.rowVersion = q.value(6).toInt();
        out << u;
    }
    return out;
}

Result<Unit> UnitRepository::byCode(const QString& code) const
{
    auto units = all();
    if (!units)
        return units.error();
    for (const Unit& u : units.value())
        if (u.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return u;
    return makeError(QCoreApplication::translate("Unit", "No unit has the code %1").arg(code));
}

QVector<qint64> unitWithDescendants(const QVector<Unit>& units, qint64 unitId)
{
    QHash<qint64, QVector<qint64>> children;
    for (const Unit& u : units)
        if (u.parentId)
            children[u.parentId].append(u.id);
    QVector<qint64> out{unitId};
    for (int i = 0; i < out.size(); ++i) {
        for (qint64 c : children.value(out[i]))
            if (!out.contains(c))
                out.append(c);
    }
    return out;
}

} // namespace karsa
