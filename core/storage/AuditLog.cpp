#include "AuditLog.h"
#include "session/Session.h"


#include "Sql.h"

#include <QCoreApplication>
#include <climits>
#include <algorithm>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonValue>
#include <QSqlQuery>

namespace karsa {

namespace {

QString quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString literal(const QString& text)
{
    QString q = text;
    q.replace(u'\'', QStringLiteral("''"));
    return u'\'' + q + u'\'';
}

struct ColumnInfo
{
    QString name;
    QString type;
    int pk = 0;
};

QList<ColumnInfo> columnsOf(QSqlDatabase db, const QString& table)
{
    QList<ColumnInfo> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(quoted(table))))
        return out;
    while (q.next())
        out.append({q.value(1).toString(), q.value(2).toString().toUpper(), q.value(5).toInt()});
    return out;
}

// Columns never copied into the audit trail.
bool secret(const QString& column)
{
    return column == u"password_hash";
}

// json_object(...) over the row, chunked (SQLite allows 127 function arguments) and merged.
QString jsonOf(const QList<ColumnInfo>& columns, const QString& row)
{
    QStringList chunks;
    QStringList args;
    for (const ColumnInfo& c : columns) {
        if (secret(c.name))
            continue;
        const QString value = row + u'.' + quoted(c.name);
        // JSON cannot hold BLOBs: a blob is recorded by its size.
        const bool mayBeBlob = c.type.isEmpty() || c.type.contains(u"BLOB");
        args << literal(c.name)
             << (mayBeBlob ? QStringLiteral("CASE WHEN typeof(%1) = 'blob' THEN '(' || length(%1) || ' bytes)' ELSE %1 END").arg(value)
                           : value);
        if (args.size() >= 120) {
            chunks << QStringLiteral("json_object(%1)").arg(args.join(u", "));
            args.clear();
        }
    }
    if (!args.isEmpty() || chunks.isEmpty())
        chunks << QStringLiteral("json_object(%1)").arg(args.join(u", "));
    QString json = chunks.takeFirst();
    for (const QString& c : chunks)
        json = QStringLiteral("json_patch(%1, %2)").arg(json, c);
    return json;
}

QString recordIdOf(const QList<ColumnInfo>& columns, const QString& row)
{
    QList<ColumnInfo> keys;
    for (const ColumnInfo& c : columns)
        if (c.pk > 0)
            keys.append(c);
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.pk < b.pk; });
    if (keys.isEmpty())
        return row + QStringLiteral(".rowid");
    QStringList parts;
    for (const ColumnInfo& k : keys)
        parts << QStringLiteral("COALESCE(CAST(%1.%2 AS TEXT), '')").arg(row, quoted(k.name));
    return parts.join(QStringLiteral(" || '/' || "));
}

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
const QString kActor = QStringLiteral("(SELECT actor FROM karsa_session)");

Status createTriggers(QSqlDatabase db, const QString& table)
{
    const QList<ColumnInfo> columns = columnsOf(db, table);
    if (columns.isEmpty())
        return {};
    const QString t = quoted(table);
    const QString name = QStringLiteral("karsa_audit_%1").arg(QString(table).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_")));
    QStringList changed;
    for (const ColumnInfo& c : columns)
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted(c.name));
    const QString insert = QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, record_id, old_values, new_values) "
                                          "VALUES (%1, %2, '%3', %4, %5, %6, %7); ");
    const QStringList statements = {
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_i AFTER INSERT ON main.%2 BEGIN ").arg(name, t)
            + insert.arg(kNow, kActor, QStringLiteral("insert"), literal(table), recordIdOf(columns, QStringLiteral("NEW")),
                         QStringLiteral("NULL"), jsonOf(columns, QStringLiteral("NEW")))
            + QStringLiteral("END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_u AFTER UPDATE ON main.%2 WHEN %3 BEGIN ")
                .arg(name, t, changed.join(QStringLiteral(" OR ")))
            + insert.arg(kNow, kActor, QStringLiteral("update"), literal(table), recordIdOf(columns, QStringLiteral("NEW")),
                         jsonOf(columns, QStringLiteral("OLD")), jsonOf(columns, QStringLiteral("NEW")))
            + QStringLiteral("END"),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_d AFTER DELETE ON main.%2 BEGIN ").arg(name, t)
            + insert.arg(kNow, kActor, QStringLiteral("delete"), literal(table), recordIdOf(columns, QStringLiteral("OLD")),
                         jsonOf(columns, QStringLiteral("OLD")), QStringLiteral("NULL"))
            + QStringLiteral("END"),
    };
    for (const QString& s : statements)
        if (Status st = sql::exec(db, s); !st)
            return st;
    return {};
}

} // namespace

bool AuditLog::isAvailable(QSqlDatabase db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM main.sqlite_master WHERE type = 'table' AND name = 'audit_log'"));
    return v && v->toInt() == 1;
}

QStringList AuditLog::auditedTables(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'audit_log' ORDER BY name")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status AuditLog::attach(QSqlDatabase db, const QString& actor)
{
    if (!isAvailable(db))
        return {};
    if (Status s = setSession(db, actor, QStringLiteral("administrator"), 0, QString()); !s)
        return s;
    for (const QString& table : auditedTables(db))
        if (Status s = createTriggers(db, table); !s)
            return s;
    return {};
}

Status AuditLog::setActor(QSqlDatabase db, const QString& actor)
{
    if (!isAvailable(db))
        return {};
    return sql::exec(db, QStringLiteral("UPDATE temp.karsa_session SET actor = ?"), {actor});
}

Status AuditLog::setSession(QSqlDatabase db, const QString& actor, const QString& roleCode, qint64 userId,
                            const QString& fullName)
{
    if (!isAvailable(db))
        return {};
    if (Status s = sql::exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS karsa_session (actor TEXT NOT NULL, "
                                                "role TEXT NOT NULL DEFAULT 'administrator', user_id INTEGER NOT NULL DEFAULT 0, "
                                                "full_name TEXT NOT NULL DEFAULT '')"));
        !s)
        return s;
    if (Status s = sql::exec(db, QStringLiteral("DELETE FROM temp.karsa_session")); !s)
        return s;
    return sql::exec(db, QStringLiteral("INSERT INTO temp.karsa_session (actor, role, user_id, full_name) VALUES (COALESCE(?, ''), ?, ?, COALESCE(?, ''))"),
                     {actor, roleCode, userId, fullName});
}

QString AuditLog::actor(QSqlDatabase db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT actor FROM temp.karsa_session"));
    return v ? v->toString() : QString();
}

Status AuditLog::detach(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'karsa\\_audit\\_%' ESCAPE '\\'")))
        return sql::errorFrom(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    q.finish();
    for (const QString& name : names)
        if (Status s = sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(quoted(name))); !s)
            return s;
    return {};
}

Status AuditLog::record(QSqlDatabase db, const QString& action, const QString& table, const QString& recordId,
                        const QString& detail, const QJsonObject& values)
{
    if (!isAvailable(db))
        return {};
    // A viewer's connection is query-only (Session); the record of its own export or print is the one
    // write core makes for it.
    const sql::QueryOnlyLift lift(db);
    return sql::exec(db,
                     QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, record_id, new_values, detail) "
                                    "VALUES (%1, COALESCE((SELECT actor FROM temp.karsa_session), ''), ?, COALESCE(?, ''), COALESCE(?, ''), ?, "
                                    "COALESCE(?, ''))")
                         .arg(kNow),
                     {action, table, recordId,
                      values.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))),
                      detail});
}

Status AuditLog::recordExport(QSqlDatabase db, const QString& action, const QString& title, const QString& target,
                              qint64 rows, const QStringList& personalColumns, bool masked)
{
    QJsonObject values{{QStringLiteral("title"), title},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("personal_columns"), QJsonValue::fromVariant(personalColumns)},
                       {QStringLiteral("masked"), masked}};
    QString detail;
    if (rows < 0)
        detail = QCoreApplication::translate("AuditLog", "Exported \"%1\" to %2").arg(title, target);
    else if (action == u"print")
        detail = QCoreApplication::translate("AuditLog", "Printed \"%1\" (%n row(s))", nullptr, int(rows)).arg(title);
    else
        detail = QCoreApplication::translate("AuditLog", "Exported \"%1\" to %2 (%n row(s))", nullptr, int(rows)).arg(title, target);
    if (!personalColumns.isEmpty())
        detail += u' ' + (masked ? QCoreApplication::translate("AuditLog", "with %1 masked") : QCoreApplication::translate("AuditLog", "including %1")).arg(personalColumns.join(QStringLiteral(", ")));
    return record(db, action, QString(), QString(), detail, values);
}

Result<QList<AuditEntry>> AuditLog::query(QSqlDatabase db, const AuditFilter& f)
{
    if (Status allowed = Session::require(db, Permission::ViewAudit); !allowed)
        return allowed.error();
    QStringList where;
    QVariantList values;
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (!f.actor.isEmpty()) {
        where << QStringLiteral("actor = ? COLLATE NOCASE");
        values << f.actor;
    }
    if (!f.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        values << f.table;
    }
    if (!f.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        values << f.action;
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral("(instr(lower(record_id), lower(?)) > 0 OR instr(lower(COALESCE(old_values, '')), lower(?)) > 0 "
                                "OR instr(lower(COALESCE(new_values, '')), lower(?)) > 0 OR instr(lower(detail), lower(?)) > 0)");
        values << f.text << f.text << f.text << f.text;
    }
    QString statement = QStringLiteral("SELECT id, at, actor, action, table_name, record_id, old_values, new_values, detail "
                                       "FROM audit_log");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY id DESC");
    if (f.limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(f.limit);
    auto q = sql::prepare(db, statement);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = sql::exec(q.value()); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODate);
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.table = q->value(4).toString();
        e.recordId = q->value(5).toString();
        e.oldValues = q->value(6).toString();
        e.newValues = q->value(7).toString();
        e.detail = q->value(8).toString();
        out.append(std::move(e));
    }
    return out;
}

Result<QStringList> AuditLog::actors(QSqlDatabase db)
{
    if (Status allowed = Session::require(db, Permission::ViewAudit); !allowed)
        return allowed.error();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor")))
        return sql::errorFrom(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList AuditEntry::changes() const
{
    const QJsonObject before = QJsonDocument::fromJson(oldValues.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(newValues.toUtf8()).object();
    auto text = [](const QJsonValue& v) {
        if (v.isNull() || v.isUndefined())
            return QStringLiteral("∅");
        return v.isString() ? v.toString() : v.toVariant().toString();
    };
    QStringList out;
    if (before.isEmpty() || after.isEmpty())
        return out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == u"updated_at" || it.key() == u"row_version")
            continue;
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            out << QStringLiteral("%1: %2 → %3").arg(it.key(), text(old), text(it.value()));
    }
    return out;
}

bool AuditBulkScope::s_perRowForBenchmarks = false;

AuditBulkScope::AuditBulkScope(QSqlDatabase db, QString reason) : m_db(std::move(db)), m_reason(std::move(reason))
{
    if (s_perRowForBenchmarks || !AuditLog::isAvailable(m_db))
        return;
    for (const QString& table : AuditLog::auditedTables(m_db)) {
        auto n = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM main.%1").arg(quoted(table)));
        m_before.append({table, n ? n->toLongLong() : 0});
    }
    auto changes = sql::scalar(m_db, QStringLiteral("SELECT total_changes()"));
    m_changesBefore = changes ? changes->toLongLong() : 0;
    m_actor = AuditLog::actor(m_db);
    // The per-row triggers are dropped for the batch (made again from the schema afterwards), so
    // the load pays nothing per row for them.
    m_active = bool(AuditLog::detach(m_db));
}

AuditBulkScope::~AuditBulkScope()
{
    if (m_active)
        (void)AuditLog::attach(m_db, m_actor);
}

Status AuditBulkScope::finish()
{
    if (!m_active)
        return {};
    auto changes = sql::scalar(m_db, QStringLiteral("SELECT total_changes()"));
    const qint64 written = changes ? changes->toLongLong() - m_changesBefore : 0;
    if (Status s = AuditLog::attach(m_db, m_actor); !s)
        return s;
    m_active = false;
    for (const auto& [table, before] : m_before) {
        auto n = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM main.%1").arg(quoted(table)));
        if (!n)
            return n.error();
        const qint64 after = n->toLongLong();
        if (after == before)
            continue;
        QJsonObject values{{QStringLiteral("rows_before"), before}, {QStringLiteral("rows_after"), after}};
        if (Status s = AuditLog::record(m_db, QStringLiteral("bulk"), table, QString(),
                                        QCoreApplication::translate("AuditLog", "%1: %2 → %3 rows").arg(m_reason).arg(before).arg(after), values);
            !s)
            return s;
    }
    // (A template argument inside translate() sends lupdate into an endless loop.)
    const int count = written > INT_MAX ? INT_MAX : int(written);
    return AuditLog::record(m_db, QStringLiteral("bulk"), QString(), QString(),
                            QCoreApplication::translate("AuditLog", "%1: %n row change(s) written in one batch", nullptr, count)
                                .arg(m_reason),
                            QJsonObject{{QStringLiteral("changes"), written}});
}

} // namespace karsa
