#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace karsa::sql {

// Runs one statement with positional bound values. Never build SQL with values in it.
Status exec(QSqlDatabase db, const QString& statement, const QVariantList& values = {});
// Runs a prepared query that already has its values bound.
Status exec(QSqlQuery& query);
// Prepares a statement, turning a failure into an Error.
Result<QSqlQuery> prepare(QSqlDatabase db, const QString& statement);
// The first column of the first row, or an invalid QVariant.
Result<QVariant> scalar(QSqlDatabase db, const QString& statement, const QVariantList& values = {});

Error errorFrom(const QSqlQuery& query);
// Runs a prepared query; a UNIQUE violation on table.column becomes an Error on field with message
// (e.g. "code", "Another position already has this code") instead of the database's wording.
Status execUnique(QSqlQuery& query, const QString& tableColumn, const QString& field, const QString& message);

// Date helpers: dates are stored as ISO-8601 text ("2026-11-29"), NULL when invalid.
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
inline QVariant id(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QDate toDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace karsa::sql

namespace karsa::sql {
// Lifts PRAGMA query_only on a connection for the scope and puts it back: for the few writes core
// itself makes on a viewer's query-only connection (its session row, the audit row of its export).
class QueryOnlyLift
{
public:
    explicit QueryOnlyLift(QSqlDatabase db);
    ~QueryOnlyLift();
    QueryOnlyLift(const QueryOnlyLift&) = delete;
    QueryOnlyLift& operator=(const QueryOnlyLift&) = delete;

private:
    QSqlDatabase m_db;
    bool m_lifted = false;
};

// Current UTC time as ISO-8601 text, for updated_at/created_at columns.
QString nowText();
// The row_version of one row of an editable table (table name from code, never from input).
Result<int> rowVersion(QSqlDatabase db, const QString& table, qint64 id);

// Optimistic locking. An officer-edited row is written with
// "UPDATE table SET ..., row_version = row_version + 1 WHERE id = ? AND row_version = ?" and the
// version the caller read. When no row was changed but the row still exists, someone else (another
// officer, window or karsa-cli) changed it in between: the write is refused with a conflict.
QString conflictCode();
// The conflict for one row of table, saying in words who last changed it and when (from audit_log).
Error conflictError(QSqlDatabase db, const QString& table, qint64 id);
bool isConflict(const Error& error);
// Runs such a versioned UPDATE of row id of table: success when it changed the row; the conflict
// when the row exists with another version; goneMessage (or "The record no longer exists") when
// the row is gone.
Status execVersioned(QSqlDatabase db, const QString& table, qint64 id, const QString& statement,
                     const QVariantList& values, const QString& goneMessage = {});
// The same check for a query that has already run (e.g. through execUnique).
Status checkVersioned(QSqlDatabase db, const QSqlQuery& query, const QString& table, qint64 id,
                      const QString& goneMessage = {});
} // namespace karsa::sql
