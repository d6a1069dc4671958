#pragma once

#include "common/Result.h"
#include "domain/Position.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace karsa {

// Open seats of a position: formation minus holders, never below zero (an over-filled position has
// no vacancy).
int positionVacancies(int formation, int holders);

// The number of employees holding each position (positions without holders are absent).
Result<QHash<qint64, int>> positionHolderCounts(QSqlDatabase db);

// One holder of a position as the Jabatan page lists it.
struct PositionHolder
{
    qint64 employeeId = 0;
    QString nip; // 18 digits
    QString fullName;
    QString golongan;
};

// The employees holding positionId, ordered by name.
Result<QVector<PositionHolder>> positionHolders(QSqlDatabase db, qint64 positionId);

// What deleting a position detaches (employees.position_id and positions.superior_id are set to
// NULL by the schema), so that an undo can attach them again.
struct PositionLinks
{
    qint64 positionId = 0;
    QVector<qint64> holderIds;
    QVector<qint64> subordinateIds;
};

Result<PositionLinks> capturePositionLinks(QSqlDatabase db, qint64 positionId);
// Points the captured holders and subordinate positions at the position again.
Status restorePositionLinks(QSqlDatabase db, const PositionLinks& links);

} // namespace karsa
