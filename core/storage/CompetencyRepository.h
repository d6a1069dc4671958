#pragma once

#include "common/Result.h"
#include "domain/Competency.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

class CompetencyRepository
{
public:
    explicit CompetencyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Competency& competency); // with its levels
    Status update(const Competency& competency);          // optimistic: rowVersion must match
    Status remove(qint64 id);
    Result<QVector<Competency>> all(bool withLevels = true) const;
    Result<Competency> byCode(const QString& code) const;

private:
    Status writeLevels(qint64 id, const QVector<CompetencyLevel>& levels);
    QSqlDatabase m_db;
};

} // namespace karsa
