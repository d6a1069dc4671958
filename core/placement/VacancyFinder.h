#pragma once

#include "PlacementScenario.h"
#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsSettings.h"

namespace karsa {

// The vacancies of the organisation on a day: every position whose formation exceeds its holders
// (open now), and every position with a holder who reaches retirement age (CandidateRanking's
// retirementDate with the jenjang's age from settings) on or before today + horizonMonths.
// formation: position id -> formation (positions.formation); a position missing from it counts 1.
// Ordered by opening date, then position code.
QVector<Vacancy> findVacancies(const AnalyticsData& data, const QHash<qint64, int>& formation,
                               const AnalyticsSettings& settings, const QDate& today, int horizonMonths);

} // namespace karsa
