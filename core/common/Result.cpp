#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace karsa {

QString Error::describe() const
{
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (row >= 0)
        where << QCoreApplication::translate("Error", "row %1").arg(row);
    if (column >= 0)
        where << QCoreApplication::translate("Error", "column %1").arg(column);
    QString prefix = where.join(QStringLiteral(", "));
    if (!field.isEmpty())
        prefix += prefix.isEmpty() ? field : QStringLiteral(" (%1)").arg(field);
    return prefix.isEmpty() ? message : prefix + QStringLiteral(": ") + message;
}

} // namespace karsa
