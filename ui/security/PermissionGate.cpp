#include "PermissionGate.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace karsa::ui::PermissionGate {

namespace {
const char* const kProperty = "karsaPermission";
}

void mark(QWidget* widget, Permission permission)
{
    widget->setProperty(kProperty, int(permission));
}

void mark(QAction* action, Permission permission)
{
    action->setProperty(kProperty, int(permission));
}

void apply(QWidget* root, const UserSession& session)
{
    auto allowed = [&session](const QObject* o, bool* marked) {
        const QVariant p = o->property(kProperty);
        *marked = p.isValid();
        return !*marked || session.allows(static_cast<Permission>(p.toInt()));
    };
    bool marked = false;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool ok = allowed(w, &marked);
        if (marked)
            w->setVisible(ok);
    }
    for (QAction* a : root->findChildren<QAction*>()) {
        const bool ok = allowed(a, &marked);
        if (marked)
            a->setVisible(ok);
    }
}

} // namespace karsa::ui::PermissionGate
