#pragma once

#include "Role.h"
#include "common/Result.h"

#include <QString>

namespace karsa {

// Who is working: the signed-in user, or — when login is switched off — the local officer, who
// has administrator rights. actor() is what the audit trail records.
struct UserSession
{
    qint64 userId = 0; // 0 for the local officer
    QString username;
    QString fullName;
    Role role = Role::Administrator;

    bool allows(Permission permission) const { return roleAllows(role, permission); }
    // An Error naming the role and what it may not do, when the role lacks the permission.
    Status require(Permission permission) const;
    bool isLocalOfficer() const { return userId == 0; }
    QString actor() const;
    // How documents and decisions name this user ("approved by", "calibrated by"): the full name,
    // else the user name.
    QString displayName() const { return fullName.trimmed().isEmpty() ? username : fullName.trimmed(); }

    // The session used when login is off: named after the operating-system account.
    static UserSession localOfficer(const QString& prefix = QStringLiteral("local"));
};

} // namespace karsa
