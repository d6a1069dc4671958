#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace karsa {

// One line of the employee list: what an officer sees in the Pegawai table.
struct EmployeeListRow
{
    qint64 id = 0;
    QString nip; // 18 digits
    QString fullName;
    QString status;
    QString golongan;
    qint64 positionId = 0;
    QString positionName;
    QString jenjang;
    qint64 unitId = 0;
    QString unitName;
};

// Loads the employee list with position and unit names in one query.
class EmployeeDirectory
{
public:
    static Result<QVector<EmployeeListRow>> load(QSqlDatabase db);
};

} // namespace karsa
