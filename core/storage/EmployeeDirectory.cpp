#include "EmployeeDirectory.h"

#include "RowReader.h"
#include "Sql.h"

#include <QSqlQuery>

namespace karsa {

Result<QVector<EmployeeListRow>> EmployeeDirectory::load(QSqlDatabase db)
{
    QVector<EmployeeListRow> rows;
    Status s = RowReader::forEach(
        db,
        QStringLiteral("SELECT e.id, e.nip, e.front_title, e.name, e.back_title, e.status, e.golongan, e.position_id, "
                       "p.name, p.jenjang, e.unit_id, u.name FROM employees e "
                       "LEFT JOIN positions p ON p.id = e.position_id LEFT JOIN units u ON u.id = e.unit_id"),
        {}, [&rows](const RowReader::Row& q) {
            EmployeeListRow r;
            r.id = q.integer(0);
            r.nip = q.text(1);
            const QString front = q.text(2), back = q.text(4);
            r.fullName = q.text(3);
            if (!front.isEmpty())
                r.fullName = front + u' ' + r.fullName;
            if (!back.isEmpty())
                r.fullName += QStringLiteral(", ") + back;
            r.status = q.text(5);
            r.golongan = q.text(6);
            r.positionId = q.integer(7);
            r.positionName = q.text(8);
            r.jenjang = q.text(9);
            r.unitId = q.integer(10);
            r.unitName = q.text(11);
            rows.append(std::move(r));
        });
    if (!s)
        return s.error();
    return rows;
}

} // namespace karsa
