#include "Sql.h"

#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>

namespace karsa::sql {

Error errorFrom(const QSqlQuery& query)
{
    if (DatabaseFile::isBusyError(query.lastError().nativeErrorCode(), query.lastError().databaseText()))
        return makeError(DatabaseFile::busyMessage());
    // SQLITE_READONLY on a query-only connection: the signed-in user's role may not change data.
    bool ok = false;
    if ((query.lastError().nativeErrorCode().toInt(&ok) & 0xff) == 8 && ok)
        return makeError(QCoreApplication::translate("Database", "Your role may only view and print; nothing was changed."));
    QString reason = query.lastError().databaseText();
    if (reason.isEmpty())
        reason = query.lastError().text();
    return makeError(QCoreApplication::translate("Database", "Database error: %1").arg(reason));
}

Result<QSqlQuery> prepare(QSqlDatabase db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.prepare(statement))
        return errorFrom(q);
    return q;
}

Status execUnique(QSqlQuery& query, const QString& tableColumn, const QString& field, const QString& message)
{
    if (query.exec())
        return {};
    if (query.lastError().databaseText().contains(u"UNIQUE") && query.lastError().databaseText().contains(tableColumn)) {
        Error e;
        e.field = field;
        e.message = message;
        return e;
    }
    return errorFrom(query);
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return errorFrom(query);
    return {};
}

Status exec(QSqlDatabase db, const QString& statement, const QVariantList& values)
{
    QSqlQuery q(db);
    if (values.isEmpty()) {
        if (!q.exec(statement))
            return errorFrom(q);
        return {};
    }
    if (!q.prepare(statement))
        return errorFrom(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return exec(q);
}

Result<QVariant> scalar(QSqlDatabase db, const QString& statement, const QVariantList& values)
{
    QSqlQuery q(db);
    if (!q.prepare(statement))
        return errorFrom(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return errorFrom(q);
    if (!q.next())
        return QVariant();
    return q.value(0);
}

} // namespace karsa::sql

#include <QDateTime>

namespace karsa::sql {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Result<int> rowVersion(QSqlDatabase db, const QString& table, qint64 id)
{
    auto v = scalar(db, QStringLiteral("SELECT row_version FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!v)
        return v.error();
    if (!v->isValid())
        return makeError(QCoreApplication::translate("Database", "The record no longer exists"));
    return v->toInt();
}

QString conflictCode()
{
    return QStringLiteral("conflict");
}

Error conflictError(QSqlDatabase db, const QString& table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT actor, at FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    q.addBindValue(QString::number(id));
    Error e;
    if (q.exec() && q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toLocalTime();
        QString actor = q.value(0).toString();
        if (actor.isEmpty())
            actor = QCoreApplication::translate("Database", "another user");
        e.message = QCoreApplication::translate("Database", "This data was changed by %1 on %2; reload and try again")
                        .arg(actor, QLocale().toString(at, QStringLiteral("d MMM yyyy HH:mm")));
    } else {
        e.message = QCoreApplication::translate("Database", "This data was changed elsewhere; reload and try again");
    }
    e.code = conflictCode();
    return e;
}

bool isConflict(const Error& error)
{
    return error.code == conflictCode();
}

Status checkVersioned(QSqlDatabase db, const QSqlQuery& query, const QString& table, qint64 id,
                      const QString& goneMessage)
{
    if (query.numRowsAffected() > 0)
        return {};
    auto exists = scalar(db, QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (!exists->isValid())
        return makeError(goneMessage.isEmpty()
                             ? QCoreApplication::translate("Database", "The record no longer exists")
                             : goneMessage);
    return conflictError(db, table, id);
}

Status execVersioned(QSqlDatabase db, const QString& table, qint64 id, const QString& statement,
                     const QVariantList& values, const QString& goneMessage)
{
    auto q = prepare(db, statement);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = exec(q.value()); !s)
        return s;
    return checkVersioned(db, q.value(), table, id, goneMessage);
}
} // namespace karsa::sql

namespace karsa::sql {
QueryOnlyLift::QueryOnlyLift(QSqlDatabase db) : m_db(std::move(db))
{
    auto on = scalar(m_db, QStringLiteral("PRAGMA query_only"));
    m_lifted = on && on->toInt() != 0 && exec(m_db, QStringLiteral("PRAGMA query_only = OFF"));
}

QueryOnlyLift::~QueryOnlyLift()
{
    if (m_lifted)
        (void)exec(m_db, QStringLiteral("PRAGMA query_only = ON"));
}
} // namespace karsa::sql
