#pragma once

#include <QMap>
#include <QString>

namespace karsa {

// Setting keys of users, lockout, export masking and backups, with their defaults.
namespace SecuritySettings {
inline const QString kLoginRequired = QStringLiteral("security/login_required");
inline const QString kLockoutAttempts = QStringLiteral("security/lockout_attempts");
inline const QString kLockoutMinutes = QStringLiteral("security/lockout_minutes");
inline const QString kMinPasswordLength = QStringLiteral("security/min_password_length");
inline const QString kMaskExports = QStringLiteral("privacy/mask_exports");
inline const QString kBackupKeepLast = QStringLiteral("backup/keep_last");
inline const QString kBackupKeepDaily = QStringLiteral("backup/keep_daily");
inline const QString kBackupKeepWeekly = QStringLiteral("backup/keep_weekly");

QMap<QString, QString> defaultValues();
// A switch setting is on for "1" or "true" (the Settings page writes true/false).
bool isOn(const QString& value);
} // namespace SecuritySettings

} // namespace karsa
