#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace karsa {

// The three roles of Karsa users. What each may do is decided here and nowhere else: the GUI
// disables what roleAllows() refuses and core services check it again.
enum class Role { Administrator, Operator, Viewer };

enum class Permission {
    ViewData,       // read every page
    PrintExport,    // print and export tables and reports
    EditData,       // add, change and delete employees, positions, assessments, ...
    RunImport,      // import files (SIASN, assessment results, standards)
    MakeBackup,     // save a backup copy
    RestoreBackup,  // replace the database with a backup
    EditSettings,   // change agency rules and preferences
    ManageUsers,    // add users, change roles, reset passwords
    ViewAudit,      // read and export the audit trail
    UnmaskedExport  // export NIK and contact fields without masking
};

bool roleAllows(Role role, Permission permission);

QString roleCode(Role role);                                // "administrator", "operator", "viewer"
std::optional<Role> roleFromCode(const QString& code);      // case-insensitive; "pimpinan" = viewer
QString roleLabel(Role role);                               // translated, for the GUI
QList<Role> allRoles();

} // namespace karsa
