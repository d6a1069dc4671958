#include "DevelopmentContext.h"

#include <QCoreApplication>

namespace karsa::ui {

QString DevelopmentContext::scopeName() const
{
    if (!snapshot || unitIndex < 0)
        return QCoreApplication::translate("DevelopmentPage", "All units");
    return snapshot->data.units()[unitIndex].name;
}

QString officerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("petugas") : user;
}

} // namespace karsa::ui
