#include "AnalyticsSnapshot.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

namespace karsa::ui {

Result<std::shared_ptr<const AnalyticsSnapshot>> AnalyticsSnapshot::compute(const Session& session, const QDate& today)
{
    auto db = session.connect(Session::Access::ReadOnly);
    if (!db)
        return db.error();
    auto snapshot = std::make_shared<AnalyticsSnapshot>();
    auto settings = AnalyticsSettings::load(SettingsRepository(db.value()->db()));
    if (!settings)
        return settings.error();
    snapshot->settings = std::move(settings).value();
    auto data = AnalyticsData::load(db.value()->db());
    if (!data)
        return data.error();
    snapshot->data = std::move(data).value();
    snapshot->scaleName = snapshot->settings.defaultScale;
    snapshot->today = today;
    snapshot->jpm = jpmForAll(snapshot->data, snapshot->settings, snapshot->scale());
    snapshot->talent = talentForAll(snapshot->data, snapshot->settings, snapshot->jpm, today);
    return std::shared_ptr<const AnalyticsSnapshot>(std::move(snapshot));
}

} // namespace karsa::ui
