#pragma once

#include "common/Result.h"
#include "domain/Position.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

class PositionRepository
{
public:
    explicit PositionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Position& position); // with its standard
    Status update(const Position& position);          // optimistic; replaces the standard
    Status setStandard(qint64 positionId, const QVector<StandardItem>& standard);
    Status remove(qint64 id);
    Result<QVector<Position>> all(bool withStandards = true) const;
    Result<Position> byCode(const QString& code) const;

    static Status validate(const Position& position);

private:
    QSqlDatabase m_db;
};

} // namespace karsa
