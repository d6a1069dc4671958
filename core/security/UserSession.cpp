#include "UserSession.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace karsa {

QString UserSession::actor() const
{
    return username;
}

namespace {
QString permissionText(Permission p)
{
    switch (p) {
    case Permission::ViewData:
        return QCoreApplication::translate("Role", "view the data");
    case Permission::PrintExport:
        return QCoreApplication::translate("Role", "print or export");
    case Permission::EditData:
        return QCoreApplication::translate("Role", "change data");
    case Permission::RunImport:
        return QCoreApplication::translate("Role", "import files");
    case Permission::MakeBackup:
        return QCoreApplication::translate("Role", "make backups");
    case Permission::RestoreBackup:
        return QCoreApplication::translate("Role", "restore a backup");
    case Permission::EditSettings:
        return QCoreApplication::translate("Role", "change the settings");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Role", "manage users");
    case Permission::ViewAudit:
        return QCoreApplication::translate("Role", "read the audit trail");
    case Permission::UnmaskedExport:
        return QCoreApplication::translate("Role", "export NIK and contact data unmasked");
    }
    return {};
}
} // namespace

Status UserSession::require(Permission permission) const
{
    if (allows(permission))
        return {};
    return makeError(QCoreApplication::translate("Role", "%1 (%2) may not %3").arg(username, roleLabel(role), permissionText(permission)));
}

UserSession UserSession::localOfficer(const QString& prefix)
{
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME");
    if (account.isEmpty())
        account = QStringLiteral("officer");
    UserSession s;
    s.username = prefix + u':' + account;
    s.role = Role::Administrator;
    return s;
}

} // namespace karsa
