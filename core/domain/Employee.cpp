#include "Employee.h"

namespace karsa {

QString employeeStatusCode(EmployeeStatus status)
{
    switch (status) {
    case EmployeeStatus::Pns:
        return QStringLiteral("PNS");
    case EmployeeStatus::Cpns:
        return QStringLiteral("CPNS");
    case EmployeeStatus::Pppk:
        break;
    }
    return QStringLiteral("PPPK");
}

bool employeeStatusFromCode(const QString& code, EmployeeStatus* out)
{
    const QString c = code.trimmed().toUpper();
    if (c == u"PNS" || c == u"P")
        *out = EmployeeStatus::Pns;
    else if (c == u"CPNS" || c == u"C")
        *out = EmployeeStatus::Cpns;
    else if (c == u"PPPK")
        *out = EmployeeStatus::Pppk;
    else
        return false;
    return true;
}

QString Employee::fullName() const
{
    QString s = name;
    if (!frontTitle.isEmpty())
        s = frontTitle + u' ' + s;
    if (!backTitle.isEmpty())
        s += QStringLiteral(", ") + backTitle;
    return s;
}

} // namespace karsa
