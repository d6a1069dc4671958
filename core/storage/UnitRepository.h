#pragma once

#include "common/Result.h"
#include "domain/Unit.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

class UnitRepository
{
public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Unit& unit);
    Status update(const Unit& unit); // optimistic: rowVersion must match
    Status remove(qint64 id);        // refused while sub-units, positions or employees refer to it
    Result<QVector<Unit>> all() const;
    Result<Unit> byCode(const QString& code) const;

private:
    QSqlDatabase m_db;
};

// The ids of unit and every unit below it in the tree.
QVector<qint64> unitWithDescendants(const QVector<Unit>& units, qint64 unitId);

} // namespace karsa
