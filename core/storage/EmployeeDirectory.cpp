#include "EmployeeDirectory.h"

#include "Sql.h"

#include <QSqlQuery>

namespace karsa {

Result<QVector<EmployeeListRow>> EmployeeDirectory::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.id, e.nip, e.front_title, e.name, e.back_title, e.status, e.golongan, e.position_id, "
                               "p.name, p.jenjang, e.unit_id, u.name FROM employees e "
                               "LEFT JOIN positions p ON p.id = e.position_id LEFT JOIN units u ON u.id = e.unit_id "
                               "ORDER BY e.name, e.nip")))
        return sql::errorFrom(q);
    QVector<EmployeeListRow> rows;
    while (q.next()) {
        EmployeeListRow r;
        r.id = q.value(0).toLongLong();
        r.nip = q.value(1).toString();
        const QString front = q.value(2).toString(), back = q.value(4).toString();
        r.fullName = q.value(3).toString();
        if (!front.isEmpty())
            r.fullName = front + u' ' + r.fullName;
        if (!back.isEmpty())
            r.fullName += QStringLiteral(", ") + back;
        r.status = q.value(5).toString();
        r.golongan = q.value(6).toString();
        r.positionId = q.value(7).toLongLong();
        r.positionName = q.value(8).toString();
        r.jenjang = q.value(9).toString();
        r.unitId = q.value(10).toLongLong();
        r.unitName = q.value(11).toString();
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace karsa
