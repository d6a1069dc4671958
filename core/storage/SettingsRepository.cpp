#include "SettingsRepository.h"
#include "session/Session.h"

#include "Sql.h"
#include "analytics/AnalyticsSettings.h"
#include "evaluation/EvaluationSettings.h"
#include "placement/PlacementSettings.h"
#include "development/DevelopmentSettings.h"
#include "Transaction.h"
#include "refdata/ReferenceCatalog.h"
#include "security/SecuritySettings.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

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
    if (Status allowed = Session::require(m_db, Permission::EditSettings); !allowed)
        return allowed;
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

namespace {

enum class ValueKind { Text, Number, Switch, Json };

// The words the settings readers take for a switch (AnalyticsSettings, SecuritySettings::isOn, ...).
std::optional<bool> switchValue(const QString& lowered)
{
    for (const char* word : {"true", "1", "ya", "yes", "on"})
        if (lowered == QLatin1String(word))
            return true;
    for (const char* word : {"false", "0", "tidak", "no", "off"})
        if (lowered == QLatin1String(word))
            return false;
    return std::nullopt;
}

// The kind of a key, from its default. The switches with "1"/"0" defaults (karsa-cli and the letterhead
// dialog write 1/0; they are read as flags) are named here.
ValueKind kindOf(const QString& key, const QString& defaultValue)
{
    if (key == SecuritySettings::kLoginRequired || key == SecuritySettings::kMaskExports || key == u"signature/acting" ||
        key == u"demo/is_demo")
        return ValueKind::Switch;
    const QString d = defaultValue.trimmed();
    if (d == u"true" || d == u"false")
        return ValueKind::Switch;
    bool number = false;
    d.toDouble(&number);
    if (number)
        return ValueKind::Number;
    if (d.startsWith(u'[') || d.startsWith(u'{'))
        return ValueKind::Json;
    return ValueKind::Text;
}

QString normalisedAs(ValueKind kind, const QString& value)
{
    const QString v = value.trimmed();
    switch (kind) {
    case ValueKind::Number: {
        bool ok = false;
        const double d = QString(v).replace(u',', u'.').toDouble(&ok);
        return ok ? QString::number(d, 'g', 15) : v; // an unreadable number stays as typed (the validator refuses it)
    }
    case ValueKind::Switch: {
        const std::optional<bool> on = switchValue(v.toLower());
        return on ? (*on ? QStringLiteral("true") : QStringLiteral("false")) : v;
    }
    case ValueKind::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toUtf8());
        return doc.isNull() ? v : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    case ValueKind::Text:
        break;
    }
    return v;
}

} // namespace

QString SettingsRepository::normalised(const QString& key, const QString& value)
{
    return normalisedAs(kindOf(key, defaults().value(key)), value);
}

QList<SettingChange> SettingsRepository::changesFor(const QMap<QString, QString>& edited,
                                                    const QMap<QString, QString>& shown) const
{
    const QMap<QString, QString> d = defaults();
    const QMap<QString, QString> current = all();
    QList<SettingChange> changes;
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        const ValueKind kind = kindOf(it.key(), d.value(it.key()));
        const QString after = normalisedAs(kind, it.value());
        if (shown.contains(it.key()) && normalisedAs(kind, shown.value(it.key())) == after)
            continue;
        const QString before = current.value(it.key());
        if (normalisedAs(kind, before) == after)
            continue;
        changes.append({it.key(), before, after});
    }
    return changes;
}

Status SettingsRepository::apply(const QList<SettingChange>& changes)
{
    for (const SettingChange& c : changes)
        if (Status s = setValue(c.key, c.after); !s)
            return s;
    return {};
}

Status SettingsRepository::revert(const QList<SettingChange>& changes)
{
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        if (Status s = setValue(it->key, it->before); !s)
            return s;
    return {};
}

Result<QList<SettingChange>> SettingsRepository::save(const QMap<QString, QString>& edited,
                                                      const QMap<QString, QString>& shown)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QList<SettingChange> changes = changesFor(edited, shown); // read inside the write transaction
    if (changes.isEmpty())
        return changes;
    if (Status s = apply(changes); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return changes;
}

} // namespace karsa
