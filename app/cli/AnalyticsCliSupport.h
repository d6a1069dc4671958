#pragma once

// Shared by the analytics commands: loading the snapshot and the settings, common options.
#include "Command.h"
#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsSettings.h"

#include <QCommandLineOption>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace karsa::cli {

struct AnalyticsSession
{
    std::unique_ptr<Database> db;
    AnalyticsData data;
    AnalyticsSettings settings;
    QDate today;
};

const QCommandLineOption& jsonOption();
const QCommandLineOption& csvOption();
const QCommandLineOption& todayOption(); // --today YYYY-MM-DD, for reproducible talent/ranking runs

// Opens the database and loads the snapshot and the settings; on failure prints why and returns an exit
// code in *exitCode.
std::optional<AnalyticsSession> openAnalytics(Context& c, const QCommandLineParser& p, int* exitCode);

QJsonValue number(double value); // a plain JSON number
QJsonValue numberOrNull(const std::optional<double>& value);
QString competencyCode(const AnalyticsData& data, qint64 competencyId);
QJsonArray competencyCodes(const AnalyticsData& data, const QVector<qint64>& ids);
QStringList competencyCodeList(const AnalyticsData& data, const QVector<qint64>& ids);
QString positionCode(const AnalyticsData& data, int positionIndex); // empty when none
QString unitCode(const AnalyticsData& data, int unitIndex);
QString statusCode(const JpmResult& r); // "complete", "incomplete", "no_standard"
QString fixed2(double value);           // "77.78", for text and CSV

} // namespace karsa::cli
