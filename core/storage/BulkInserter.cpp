#include "BulkInserter.h"

#include "Sql.h"

namespace karsa {

BulkInserter::BulkInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerStatement(std::max(1, std::min(rowsPerStatement, 30000 / int(std::max<qsizetype>(1, m_columns.size()))))),
      m_full(db)
{
    m_buffer.reserve(m_rowsPerStatement * m_columns.size());
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
        q->bindValue(i, m_buffer.at(i));
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
