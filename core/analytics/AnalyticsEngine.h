#pragma once

#include "AnalyticsData.h"
#include "AnalyticsSettings.h"
#include "TalentBox.h"

#include <QDate>

namespace karsa {

// Batch analytics over a snapshot: every function is pure (snapshot + settings + today in, values out).

// JPM of every employee against their current position (index-aligned with data.employees()).
// The category comes from scale when given.
QVector<JpmResult> jpmForAll(const AnalyticsData& data, const AnalyticsSettings& settings, const CategoryScale* scale);
// JPM of one employee against any position (current or target).
JpmResult jpmAgainst(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex, int positionIndex,
                     const CategoryScale* scale = nullptr);
QVector<GapRow> gapAgainst(const AnalyticsData& data, const AnalyticsSettings& settings, int employeeIndex,
                           int positionIndex);

// 9-box placement of every employee; potensial from the JPM against their current position.
QVector<TalentResult> talentForAll(const AnalyticsData& data, const AnalyticsSettings& settings,
                                   const QVector<JpmResult>& jpm, const QDate& today);

struct SuccessionCandidate
{
    int employeeIndex = -1;
    int box = 0;
    JpmResult jpm; // against the key position
    bool rekamJejakFlag = false;
};

// The succession pool of a (key) position: employees in boxes 7-9, with their JPM against that
// position; ordered by box desc, complete before incomplete, JPM desc, NIP.
QVector<SuccessionCandidate> successionPool(const AnalyticsData& data, const AnalyticsSettings& settings,
                                            const QVector<TalentResult>& talent, int positionIndex);

} // namespace karsa
