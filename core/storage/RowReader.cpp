#include "RowReader.h"
#include "DatabaseFile.h"

#include "Sql.h"

#include <QSqlDriver>
#include <QSqlQuery>

#ifdef KARSA_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace karsa {

namespace {
QDate parseIsoDate(const char* s, int n)
{
    // "YYYY-MM-DD" (possibly followed by a time); anything else is invalid.
    if (!s || n < 10 || s[4] != '-' || s[7] != '-')
        return {};
    auto digits = [s](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}
} // namespace

bool RowReader::Row::isNull(int column) const
{
#ifdef KARSA_NATIVE_SQLITE
    if (m_stmt)
        return sqlite3_column_type(static_cast<sqlite3_stmt*>(m_stmt), column) == SQLITE_NULL;
#endif
    return m_query->isNull(column);
}

qint64 RowReader::Row::integer(int column) const
{
#ifdef KARSA_NATIVE_SQLITE
    if (m_stmt)
        return sqlite3_column_int64(static_cast<sqlite3_stmt*>(m_stmt), column);
#endif
    return m_query->value(column).toLongLong();
}

double RowReader::Row::real(int column) const
{
#ifdef KARSA_NATIVE_SQLITE
    if (m_stmt)
        return sqlite3_column_double(static_cast<sqlite3_stmt*>(m_stmt), column);
#endif
    return m_query->value(column).toDouble();
}

QString RowReader::Row::text(int column) const
{
#ifdef KARSA_NATIVE_SQLITE
    if (m_stmt) {
        auto* stmt = static_cast<sqlite3_stmt*>(m_stmt);
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt, column)) : QString();
    }
#endif
    return m_query->value(column).toString();
}

QDate RowReader::Row::date(int column) const
{
#ifdef KARSA_NATIVE_SQLITE
    if (m_stmt) {
        auto* stmt = static_cast<sqlite3_stmt*>(m_stmt);
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return parseIsoDate(p, p ? sqlite3_column_bytes(stmt, column) : 0);
    }
#endif
    const QByteArray t = m_query->value(column).toString().toLatin1();
    return parseIsoDate(t.constData(), int(t.size()));
}

Status RowReader::forEach(QSqlDatabase db, const QString& statement, const QVariantList& values,
                          const std::function<void(const Row&)>& onRow)
{
#ifdef KARSA_NATIVE_SQLITE
    if (db.driverName() == u"QSQLITE") {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3* native = *static_cast<sqlite3* const*>(handle.constData());
            auto fail = [native] {
                const int code = sqlite3_errcode(native) & 0xff;
                if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                    return makeError(DatabaseFile::busyMessage());
                return makeError(QStringLiteral("Database error: ") + QString::fromUtf8(sqlite3_errmsg(native)));
            };
            sqlite3_stmt* stmt = nullptr;
            const QByteArray text = statement.toUtf8();
            if (sqlite3_prepare_v2(native, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
                return fail();
            for (int i = 0; i < values.size(); ++i) {
                const QVariant& v = values[i];
                int rc;
                if (v.isNull())
                    rc = sqlite3_bind_null(stmt, i + 1);
                else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool)
                    rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
                else if (v.typeId() == QMetaType::Double)
                    rc = sqlite3_bind_double(stmt, i + 1, v.toDouble());
                else {
                    const QByteArray t = v.toString().toUtf8();
                    rc = sqlite3_bind_text(stmt, i + 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
                }
                if (rc != SQLITE_OK) {
                    Status failed = fail();
                    sqlite3_finalize(stmt);
                    return failed;
                }
            }
            Row row;
            row.m_stmt = stmt;
            int rc;
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                onRow(row);
            Status result = rc == SQLITE_DONE ? Status() : Status(fail());
            sqlite3_finalize(stmt);
            return result;
        }
    }
#endif
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return sql::errorFrom(q);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sql::errorFrom(q);
    Row row;
    row.m_query = &q;
    while (q.next())
        onRow(row);
    return {};
}

} // namespace karsa
