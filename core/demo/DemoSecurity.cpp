#include "DemoSecurity.h"

#include "security/SecuritySettings.h"
#include "storage/SettingsRepository.h"

namespace karsa::DemoSecurity {

Status configure(QSqlDatabase db)
{
    return SettingsRepository(db).setValue(SecuritySettings::kLoginRequired, QStringLiteral("0"));
}

} // namespace karsa::DemoSecurity
