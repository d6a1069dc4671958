#include "BulkInserter.h"
#include "DatabaseFile.h"

#include "Sql.h"

#include <QDate>
#include <QSqlDriver>

#ifdef KARSA_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace karsa {

BulkInserter::BulkInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerStatement(std::max(1, std::min(rowsPerStatement, 30000 / int(std::max<qsizetype>(1, m_columns.size()))))),
      m_full(db)
{
    m_buffer.reserve(m_rowsPerStatement * m_columns.size());
#ifdef KARSA_NATIVE_SQLITE
    if (db.driverName() == u"QSQLITE") {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_nativeDb = *static_cast<sqlite3* const*>(handle.constData());
    }
#endif
}

BulkInserter::~BulkInserter()
{
#ifdef KARSA_NATIVE_SQLITE
    if (m_nativeStmt)
        sqlite3_finalize(static_cast<sqlite3_stmt*>(m_nativeStmt));
#endif
}

Status BulkInserter::flushNative(int rows)
{
#ifdef KARSA_NATIVE_SQLITE
    auto* db = static_cast<sqlite3*>(m_nativeDb);
    auto fail = [db] {
        const int code = sqlite3_errcode(db) & 0xff;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return makeError(DatabaseFile::busyMessage());
        return makeError(QStringLiteral("Database error: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    };
    sqlite3_stmt* stmt = nullptr;
    const bool full = rows == m_rowsPerStatement;
    if (full && m_nativeStmt) {
        stmt = static_cast<sqlite3_stmt*>(m_nativeStmt);
    } else {
        const QByteArray text = statement(rows).toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
            return fail();
        if (full)
            m_nativeStmt = stmt;
    }
    for (int i = 0; i < m_buffer.size(); ++i) {
        const QVariant& v = m_buffer.at(i);
        const int pos = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, pos);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(stmt, pos, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(stmt, pos, v.toDouble());
                break;
            case QMetaType::QByteArray: { // UTF-8 text, bound in place (the buffer outlives the step)
                const auto* b = static_cast<const QByteArray*>(v.constData());
                rc = sqlite3_bind_text(stmt, pos, b->constData(), int(b->size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::QDate: {
                const QByteArray t = v.toDate().toString(Qt::ISODate).toUtf8();
                rc = sqlite3_bind_text(stmt, pos, t.constData(), int(t.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray t = v.toString().toUtf8();
                rc = sqlite3_bind_text(stmt, pos, t.constData(), int(t.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            if (!full)
                sqlite3_finalize(stmt);
            return fail();
        }
    }
    const int rc = sqlite3_step(stmt);
    Status result = rc == SQLITE_DONE ? Status() : Status(fail());
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (!full)
        sqlite3_finalize(stmt);
    if (!result)
        return result;
    m_written += rows;
    m_buffer.clear();
    return {};
#else
    Q_UNUSED(rows);
    return makeError(QStringLiteral("native SQLite binding is not built in"));
#endif
}

QString BulkInserter::statement(int rows) const
{
    QString one = QStringLiteral("(") + QString(QStringLiteral("?,")).repeated(m_columns.size());
    one.chop(1);
    one += u')';
    const QString oneWithComma = one + u',';
    QString values = oneWithComma.repeated(rows);
    values.chop(1);
    return QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + m_columns.join(u',') +
           QStringLiteral(") VALUES ") + values;
}

Status BulkInserter::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_buffer.append(row);
    if (m_buffer.size() >= m_rowsPerStatement * m_columns.size())
        return flush(m_rowsPerStatement);
    return {};
}

Status BulkInserter::flush(int rows)
{
    if (rows == 0)
        return {};
    if (m_nativeDb)
        return flushNative(rows);
    QSqlQuery partial(m_db);
    QSqlQuery* q = &m_full;
    if (rows == m_rowsPerStatement) {
        if (!m_fullPrepared) {
            if (!m_full.prepare(statement(rows)))
                return sql::errorFrom(m_full);
            m_fullPrepared = true;
        }
    } else {
        if (!partial.prepare(statement(rows)))
            return sql::errorFrom(partial);
        q = &partial;
    }
    for (int i = 0; i < m_buffer.size(); ++i)
        q->bindValue(i, m_buffer.at(i).typeId() == QMetaType::QByteArray ? QVariant(QString::fromUtf8(m_buffer.at(i).toByteArray()))
                                                                          : m_buffer.at(i));
    if (Status s = sql::exec(*q); !s)
        return s;
    m_written += rows;
    m_buffer.clear();
    return {};
}

Status BulkInserter::finish()
{
    return flush(int(m_buffer.size() / std::max<qsizetype>(1, m_columns.size())));
}

} // namespace karsa
