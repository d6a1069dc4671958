#include "Sql.h"

#include "DatabaseFile.h"

#include <QCoreApplication>
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
} // namespace karsa::sql
