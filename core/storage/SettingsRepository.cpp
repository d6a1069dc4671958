#include "SettingsRepository.h"

#include "Sql.h"
#include "analytics/AnalyticsSettings.h"
#include "evaluation/EvaluationSettings.h"
#include "placement/PlacementSettings.h"
#include "development/DevelopmentSettings.h"
#include "Transaction.h"
#include "refdata/ReferenceCatalog.h"
#include "security/SecuritySettings.h"

#include <QSqlQuery>

namespace karsa {

QString SettingsRepository::retirementAgeKey(const QString& jenjang)
{
    return QStringLiteral("retirement_age/") + jenjang;
}

QMap<QString, QString> SettingsRepository::defaults()
{
    QMap<QString, QString> d;
    for (const JenjangInfo& j : ReferenceCatalog::instance().jenjangList())
        d.insert(retirementAgeKey(j.code), QString::number(j.retirementAge));
    d.insert(QStringLiteral("organisation/government"), QStringLiteral("PEMERINTAH KOTA SURABAYA"));
    d.insert(QStringLiteral("organisation/agency"),
             QStringLiteral("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"));
    d.insert(QStringLiteral("organisation/address"), QStringLiteral("Jalan Jimerto No. 25-27, Surabaya"));
    d.insert(QStringLiteral("organisation/contact"), QStringLiteral("")); // "Telp. ... · email · website" line
    d.insert(QStringLiteral("organisation/logo_path"), QStringLiteral(""));
    d.insert(QStringLiteral("organisation/city"), QStringLiteral("Surabaya"));
    // The default signing official of printed reports (core/reports/Letterhead).
    d.insert(QStringLiteral("signature/name"), QStringLiteral(""));
    d.insert(QStringLiteral("signature/nip"), QStringLiteral(""));
    d.insert(QStringLiteral("signature/title"),
             QStringLiteral("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"));
    d.insert(QStringLiteral("signature/rank"), QStringLiteral(""));
    d.insert(QStringLiteral("signature/on_behalf"), QStringLiteral("")); // "Kepala BKPSDM": printed "a.n. ..."
    d.insert(QStringLiteral("signature/acting"), QStringLiteral("0"));   // 1: "Plt." before the title
    // 1 in a database filled by the demo generator: the window and every printout say "DATA DEMO".
    d.insert(QStringLiteral("demo/is_demo"), QStringLiteral("0"));
    d.insert(QStringLiteral("ui/language"), QStringLiteral("id"));
    // JPM scales and switches, 9-box thresholds, ranking filters (core/analytics).
    d.insert(AnalyticsSettings::defaultValues());
    // 360° weights, minimum raters, anonymity, thresholds (core/evaluation).
    d.insert(EvaluationSettings::defaultValues());
    d.insert(PlacementSettings::defaultValues()); // placement/... (core/placement)
    // Login, lockout, export masking and backups (core/security).
    d.insert(SecuritySettings::defaultValues());
    // JP minimum, JP year rule, preferred development forms (core/development).
    d.insert(DevelopmentSettings::defaultValues());
    return d;
}

QString SettingsRepository::value(const QString& key) const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (v && v.value().isValid())
        return v.value().toString();
    return defaults().value(key);
}

int SettingsRepository::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

double SettingsRepository::doubleValue(const QString& key, double fallback) const
{
    bool ok = false;
    const double v = value(key).toDouble(&ok);
    return ok ? v : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    return sql::exec(m_db,
                     QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
                     {key, value, sql::nowText()});
}

QMap<QString, QString> SettingsRepository::all() const
{
    QMap<QString, QString> result = defaults();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT key, value FROM settings")))
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

Status SettingsRepository::writeDefaults()
{
    const QString now = sql::nowText();
    const auto d = defaults();
    for (auto it = d.cbegin(); it != d.cend(); ++it) {
        if (Status s = sql::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"),
                                 {it.key(), it.value(), now});
            !s)
            return s;
    }
    return {};
}

} // namespace karsa
