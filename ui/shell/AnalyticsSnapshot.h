#pragma once

#include "session/Session.h"

#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsSettings.h"

#include <QDate>

#include <memory>

namespace karsa::ui {

// Everything the analytic pages (Dasbor, Pegawai's JPM filter, Talenta, profile) read, computed
// once per data change in a worker: the snapshot, the settings, and the JPM (default scale) and
// 9-box of every employee, index-aligned with data.employees().
struct AnalyticsSnapshot
{
    AnalyticsData data;
    AnalyticsSettings settings;
    QString scaleName;
    QVector<JpmResult> jpm;
    QVector<TalentResult> talent;
    QDate today;

    const CategoryScale* scale() const { return settings.scale(scaleName); }
    static Result<std::shared_ptr<const AnalyticsSnapshot>> compute(const Session& session, const QDate& today);
};

using AnalyticsSnapshotPtr = std::shared_ptr<const AnalyticsSnapshot>;

} // namespace karsa::ui
