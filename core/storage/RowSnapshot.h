#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace karsa {

// A copy of some rows of some tables, ids included, so that a deletion can be undone exactly.
class RowSnapshot
{
public:
    // Adds the rows of table where column = value. Table and column names come from code, never
    // from input (they cannot be bound parameters).
    Status capture(QSqlDatabase db, const QString& table, const QString& column, const QVariant& value);
    // Inserts every captured row again, in capture order (capture parents before children).
    Status restore(QSqlDatabase db) const;
    qsizetype rowCount() const;

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QVector<QVariantList> rows;
    };
    QVector<Table> m_tables;
};

} // namespace karsa
