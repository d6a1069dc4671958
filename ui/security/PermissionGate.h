#pragma once

#include "security/UserSession.h"

class QAction;
class QWidget;

namespace karsa::ui {

// Marks a button (or any widget/action) as needing a permission: apply() hides it for users whose
// role lacks it. Pages mark their edit buttons with EditData; core refuses the write anyway
// (DbCommand checks UserSession::require), so hiding is for clarity, not the only guard.
namespace PermissionGate {
void mark(QWidget* widget, Permission permission = Permission::EditData);
void mark(QAction* action, Permission permission);
// Shows or hides every marked widget under root, and every marked action of root.
void apply(QWidget* root, const UserSession& session);
} // namespace PermissionGate

} // namespace karsa::ui
