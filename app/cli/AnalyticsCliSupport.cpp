#include "AnalyticsCliSupport.h"

#include "storage/SettingsRepository.h"

namespace karsa::cli {

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption o(QStringLiteral("json"), QStringLiteral("Print JSON."));
    return o;
}

const QCommandLineOption& csvOption()
{
    static const QCommandLineOption o(QStringLiteral("csv"), QStringLiteral("Print CSV (RFC 4180)."));
    return o;
}

const QCommandLineOption& todayOption()
{
    static const QCommandLineOption o(QStringLiteral("today"),
                                      QStringLiteral("The date to compute as of (default: today)."),
                                      QStringLiteral("YYYY-MM-DD"));
    return o;
}

std::optional<AnalyticsSession> openAnalytics(Context& c, const QCommandLineParser& p, int* exitCode)
{
    AnalyticsSession s;
    s.today = QDate::currentDate();
    if (p.isSet(todayOption())) {
        s.today = QDate::fromString(p.value(todayOption()), Qt::ISODate);
        if (!s.today.isValid()) {
            *exitCode = c.fail(QStringLiteral("--today must be a date written YYYY-MM-DD"), BadInput);
            return std::nullopt;
        }
    }
    s.db = c.openDatabase();
    if (!s.db) {
        *exitCode = Failure;
        return std::nullopt;
    }
    auto settings = AnalyticsSettings::load(SettingsRepository(s.db->db()));
    if (!settings) {
        *exitCode = c.fail(settings.error().describe());
        return std::nullopt;
    }
    s.settings = std::move(settings).value();
    auto data = AnalyticsData::load(s.db->db());
    if (!data) {
        *exitCode = c.fail(data.error().describe());
        return std::nullopt;
    }
    s.data = std::move(data).value();
    return s;
}

QJsonValue number(double value)
{
    return QJsonValue(value);
}

QJsonValue numberOrNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString competencyCode(const AnalyticsData& data, qint64 competencyId)
{
    const int i = data.competencyIndex(competencyId);
    return i < 0 ? QString::number(competencyId) : data.competencies()[i].code;
}

QJsonArray competencyCodes(const AnalyticsData& data, const QVector<qint64>& ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(competencyCode(data, id));
    return out;
}

QStringList competencyCodeList(const AnalyticsData& data, const QVector<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << competencyCode(data, id);
    return out;
}

QString positionCode(const AnalyticsData& data, int positionIndex)
{
    return positionIndex < 0 ? QString() : data.positions()[positionIndex].code;
}

QString unitCode(const AnalyticsData& data, int unitIndex)
{
    return unitIndex < 0 ? QString() : data.units()[unitIndex].code;
}

QString statusCode(const JpmResult& r)
{
    switch (r.status) {
    case JpmStatus::Complete:
        return QStringLiteral("complete");
    case JpmStatus::Incomplete:
        return QStringLiteral("incomplete");
    case JpmStatus::NoStandard:
        return QStringLiteral("no_standard");
    }
    return {};
}

QString fixed2(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace karsa::cli
