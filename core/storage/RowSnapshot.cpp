#include "RowSnapshot.h"

#include "Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace karsa {

Status RowSnapshot::capture(QSqlDatabase db, const QString& table, const QString& column, const QVariant& value)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE ") + column + QStringLiteral(" = ?")))
        return sql::errorFrom(q);
    q.addBindValue(value);
    if (!q.exec())
        return sql::errorFrom(q);
    Table t;
    t.name = table;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        t.columns << rec.fieldName(i);
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < rec.count(); ++i)
            row << q.value(i);
        t.rows << row;
    }
    m_tables << t;
    return {};
}

Status RowSnapshot::restore(QSqlDatabase db) const
{
    for (const Table& t : m_tables) {
        if (t.rows.isEmpty())
            continue;
        QString placeholders = QString(QStringLiteral("?,")).repeated(t.columns.size());
        placeholders.chop(1);
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("INSERT INTO ") + t.name + QStringLiteral(" (") + t.columns.join(u',') +
                       QStringLiteral(") VALUES (") + placeholders + u')'))
            return sql::errorFrom(q);
        for (const QVariantList& row : t.rows) {
            for (int i = 0; i < row.size(); ++i)
                q.bindValue(i, row[i]);
            if (Status s = sql::exec(q); !s)
                return s;
        }
    }
    return {};
}

qsizetype RowSnapshot::rowCount() const
{
    qsizetype n = 0;
    for (const Table& t : m_tables)
        n += t.rows.size();
    return n;
}

} // namespace karsa
