#include "PlacementSettings.h"

#include "storage/SettingsRepository.h"

namespace karsa {

QMap<QString, QString> PlacementSettings::defaultValues()
{
    const PlacementSettings d;
    return {{QStringLiteral("placement/horizon_months"), QString::number(d.horizonMonths)},
            {QStringLiteral("placement/min_score"), QString::number(d.minScore)},
            {QStringLiteral("placement/pool_size"), QString::number(d.poolSize)},
            {QStringLiteral("placement/fill_first"), d.fillFirst ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("placement/runner_ups"), QString::number(d.runnerUps)}};
}

PlacementSettings PlacementSettings::load(const SettingsRepository& settings)
{
    PlacementSettings s;
    s.horizonMonths = std::max(0, settings.intValue(QStringLiteral("placement/horizon_months"), s.horizonMonths));
    s.minScore = settings.doubleValue(QStringLiteral("placement/min_score"), s.minScore);
    s.poolSize = std::max(1, settings.intValue(QStringLiteral("placement/pool_size"), s.poolSize));
    const QString fill = settings.value(QStringLiteral("placement/fill_first")).trimmed().toLower();
    s.fillFirst = fill.isEmpty() ? s.fillFirst : (fill == u"true" || fill == u"1" || fill == u"ya");
    s.runnerUps = std::max(0, settings.intValue(QStringLiteral("placement/runner_ups"), s.runnerUps));
    return s;
}

} // namespace karsa
