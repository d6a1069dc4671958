#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace karsa {

// Fast loading path for imports and the demo city: buffers rows and writes them with multi-row
// INSERT statements prepared once. Call inside a transaction; call finish() at the end.
class BulkInserter
{
public:
    BulkInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement = 200);
    ~BulkInserter();
    BulkInserter(const BulkInserter&) = delete;
    BulkInserter& operator=(const BulkInserter&) = delete;
    bool usesNativeBinding() const { return m_nativeDb != nullptr; }

    // row.size() must equal columns.size(). A QByteArray value is UTF-8 text (bound without a copy).
    Status add(const QVariantList& row);
    Status finish();                      // writes what is buffered
    qint64 written() const { return m_written; }

private:
    Status flush(int rows);
    QString statement(int rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_buffer;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    // Native path: when Qt's SQLite driver runs on the same libsqlite3 that core links (Debian),
    // rows are bound straight to the sqlite3 statement — several times faster than QSqlQuery.
    void* m_nativeDb = nullptr;   // sqlite3*
    void* m_nativeStmt = nullptr; // sqlite3_stmt* for full batches
    Status flushNative(int rows);
    qint64 m_written = 0;
};

} // namespace karsa
