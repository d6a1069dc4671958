#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace karsa {

// Reads many rows fast. With Qt's SQLite driver on the system libsqlite3 (Debian) the statement
// runs on the native handle, skipping a QVariant per value; elsewhere it falls back to QSqlQuery.
// Repositories use it for whole-table loads (employee list, analytics snapshot).
class RowReader
{
public:
    class Row
    {
    public:
        bool isNull(int column) const;
        qint64 integer(int column) const;
        double real(int column) const;
        QString text(int column) const;
        QDate date(int column) const; // ISO text; invalid when NULL or malformed

    private:
        friend class RowReader;
        void* m_stmt = nullptr;       // sqlite3_stmt*
        QSqlQuery* m_query = nullptr; // fallback
    };

    static Status forEach(QSqlDatabase db, const QString& statement, const QVariantList& values,
                          const std::function<void(const Row&)>& onRow);
};

} // namespace karsa
