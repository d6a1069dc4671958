#include "SecuritySettings.h"

namespace karsa::SecuritySettings {

QMap<QString, QString> defaultValues()
{
    return {
        {kLoginRequired, QStringLiteral("1")},      // the demo city switches it off
        {kLockoutAttempts, QStringLiteral("5")},    // wrong passwords in a row before the lock
        {kLockoutMinutes, QStringLiteral("15")},
        {kMinPasswordLength, QStringLiteral("8")},
        {kMaskExports, QStringLiteral("1")},        // NIK and contact fields masked for non-administrators
        {kBackupKeepLast, QStringLiteral("10")},    // backups made before an import, upgrade or restore
        {kBackupKeepDaily, QStringLiteral("7")},    // days with a scheduled backup (first open, exit) kept
        {kBackupKeepWeekly, QStringLiteral("4")},   // then the newest of each older week, this many weeks
    };
}

bool isOn(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == u"1" || v == u"true" || v == u"yes";
}

} // namespace karsa::SecuritySettings
