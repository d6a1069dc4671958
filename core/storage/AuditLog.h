#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace karsa {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // insert, update, delete, bulk, export, print, backup, restore
    QString table;
    QString recordId;
    QString oldValues; // JSON object text, empty when none
    QString newValues;
    QString detail;

    // The fields whose value differs between oldValues and newValues, e.g. "name: Budi → Budi S.".
    QStringList changes() const;
};

struct AuditFilter
{
    QDate from; // inclusive, local dates compared with the UTC timestamp's date
    QDate to;   // inclusive
    QString actor;  // exact, case-insensitive; empty = anyone
    QString table;  // exact; empty = any
    QString action; // exact; empty = any
    QString text;   // substring of record id, values or detail
    int limit = 0;  // 0 = all; otherwise the newest `limit` rows
};

// The audit trail. Every insert, update and delete on every table of the main schema is written to
// audit_log by TEMP triggers created on each connection when it opens (attach()), from the live
// schema — so tables added by any later migration are covered without listing them. "Who" comes
// from the connection's own temp table karsa_session (set with setActor), which the triggers read.
// Audit rows themselves cannot be changed or deleted (triggers in migration 0006 raise).
class AuditLog
{
public:
    static Status attach(QSqlDatabase db, const QString& actor);
    static Status setActor(QSqlDatabase db, const QString& actor);
    // Who acts through this connection: actor (audit), role code, user id and full name (Session::of).
    static Status setSession(QSqlDatabase db, const QString& actor, const QString& roleCode, qint64 userId,
                             const QString& fullName);
    static QString actor(QSqlDatabase db);
    static QStringList auditedTables(QSqlDatabase db);
    static bool isAvailable(QSqlDatabase db); // the audit_log table exists

    // One event that is not a row change (export, print, backup, restore, bulk summary).
    static Status record(QSqlDatabase db, const QString& action, const QString& table, const QString& recordId,
                         const QString& detail, const QJsonObject& values = {});
    // An export or print of report data: title, destination, row count, personal columns and
    // whether they were masked.
    static Status recordExport(QSqlDatabase db, const QString& action, const QString& title, const QString& target,
                               qint64 rows, const QStringList& personalColumns, bool masked);

    static Result<QList<AuditEntry>> query(QSqlDatabase db, const AuditFilter& filter);
    static Result<QStringList> actors(QSqlDatabase db);

    // Drops this connection's per-row audit triggers (AuditBulkScope; attach() makes them again).
    static Status detach(QSqlDatabase db);
};

// For bulk loads (demo city, imports): the per-row audit triggers of this connection are dropped
// while the scope lives, and finish() makes them again and writes one "bulk" row per table whose
// row count changed plus one with the number of row changes. Call finish() inside the same
// transaction, before commit (a rollback undoes the summary with the data).
class AuditBulkScope
{
public:
    AuditBulkScope(QSqlDatabase db, QString reason);
    ~AuditBulkScope();
    AuditBulkScope(const AuditBulkScope&) = delete;
    AuditBulkScope& operator=(const AuditBulkScope&) = delete;
    Status finish();
    // karsa_audit_bench only: scopes do nothing, so a bulk load is audited row by row.
    static void setPerRowForBenchmarks(bool on) { s_perRowForBenchmarks = on; }

private:
    static bool s_perRowForBenchmarks;
    QString m_actor;
    QSqlDatabase m_db;
    QString m_reason;
    QList<QPair<QString, qint64>> m_before;
    qint64 m_changesBefore = 0;
    bool m_active = false;
};

} // namespace karsa
