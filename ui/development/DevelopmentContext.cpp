#include "DevelopmentContext.h"

#include "shell/Workspace.h"

#include <QCoreApplication>

namespace karsa::ui {

QString DevelopmentContext::scopeName() const
{
    if (!snapshot || unitIndex < 0)
        return QCoreApplication::translate("DevelopmentPage", "All units");
    return snapshot->data.units()[unitIndex].name;
}

QString officerName(const Workspace* workspace)
{
    return workspace->session().displayName();
}

} // namespace karsa::ui
