#include "Role.h"

#include <QCoreApplication>

namespace karsa {

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Operator:
        switch (permission) {
        case Permission::ViewData:
        case Permission::PrintExport:
        case Permission::EditData:
        case Permission::RunImport:
        case Permission::MakeBackup:
            return true;
        default:
            return false;
        }
    case Role::Viewer:
        return permission == Permission::ViewData || permission == Permission::PrintExport;
    }
    return false;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"administrator" || c == u"admin")
        return Role::Administrator;
    if (c == u"operator")
        return Role::Operator;
    if (c == u"viewer" || c == u"pimpinan")
        return Role::Viewer;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Operator:
        return QCoreApplication::translate("Role", "Operator");
    case Role::Viewer:
        return QCoreApplication::translate("Role", "Leadership (read only)");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Administrator, Role::Operator, Role::Viewer};
}

} // namespace karsa
