#include "AnalyticsSettings.h"

#include "refdata/ReferenceCatalog.h"
#include "storage/SettingsRepository.h"

namespace karsa {

namespace {
const QString kTeknisJenjang = QStringLiteral("jpm/teknis_weight/");
const QString kTeknisPosition = QStringLiteral("jpm/teknis_weight_position/");
const QString kPredikat = QStringLiteral("talent/predikat_score/");

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}
bool parseBool(const QString& s, bool fallback)
{
    const QString t = s.trimmed().toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"on" || t == u"ya")
        return true;
    if (t == u"false" || t == u"0" || t == u"no" || t == u"off" || t == u"tidak")
        return false;
    return fallback;
}
double parseDouble(const QString& s, double fallback)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    return ok ? v : fallback;
}
} // namespace

AnalyticsSettings::AnalyticsSettings()
{
    teknisWeightByJenjang = {{QStringLiteral("ahli_madya"), 40.0},
                             {QStringLiteral("ahli_muda"), 50.0},
                             {QStringLiteral("ahli_pertama"), 60.0}};
    predikatScore = {{QStringLiteral("sangat_baik"), 100.0},
                     {QStringLiteral("baik"), 80.0},
                     {QStringLiteral("butuh_perbaikan"), 60.0},
                     {QStringLiteral("kurang"), 40.0},
                     {QStringLiteral("sangat_kurang"), 20.0}};
    for (const JenjangInfo& j : ReferenceCatalog::instance().jenjangList())
        retirementAge.insert(j.code, j.retirementAge);
}

QMap<QString, QString> AnalyticsSettings::defaultValues()
{
    const AnalyticsSettings d;
    QMap<QString, QString> m;
    m.insert(QStringLiteral("jpm/scales"), CategoryScale::toJson(d.scales));
    m.insert(QStringLiteral("jpm/default_scale"), d.defaultScale);
    m.insert(QStringLiteral("jpm/cap_per_competency"), boolText(d.capAtStandard));
    m.insert(QStringLiteral("jpm/teknis_weighting"), boolText(d.teknisWeighting));
    m.insert(QStringLiteral("jpm/missing_level"), QString::number(d.missingLevel));
    for (auto it = d.teknisWeightByJenjang.cbegin(); it != d.teknisWeightByJenjang.cend(); ++it)
        m.insert(kTeknisJenjang + it.key(), QString::number(it.value()));
    m.insert(QStringLiteral("talent/kinerja_window_years"), QString::number(d.kinerjaWindowYears));
    m.insert(QStringLiteral("talent/kinerja_atas"), QString::number(d.kinerjaAtas));
    m.insert(QStringLiteral("talent/kinerja_sesuai"), QString::number(d.kinerjaSesuai));
    m.insert(QStringLiteral("talent/potensial_tinggi"), QString::number(d.potensialTinggi));
    m.insert(QStringLiteral("talent/potensial_menengah"), QString::number(d.potensialMenengah));
    m.insert(QStringLiteral("talent/potensial_weight_jpm"), QString::number(d.potensialJpmWeight));
    for (auto it = d.predikatScore.cbegin(); it != d.predikatScore.cend(); ++it)
        m.insert(kPredikat + it.key(), QString::number(it.value()));
    m.insert(QStringLiteral("talent/rekam_jejak_months"), QString::number(d.rekamJejakMonths));
    m.insert(QStringLiteral("talent/rekam_jejak_levels"), d.disqualifyingLevels.join(u','));
    m.insert(QStringLiteral("ranking/retirement_horizon_months"), QString::number(d.retirementHorizonMonths));
    m.insert(QStringLiteral("ranking/performance_weight"), QString::number(d.performanceWeight));
    m.insert(QStringLiteral("ranking/exclude_incumbents"), boolText(d.excludeIncumbents));
    m.insert(QStringLiteral("ranking/exclude_incomplete"), boolText(d.excludeIncomplete));
    return m;
}

Result<AnalyticsSettings> AnalyticsSettings::load(const SettingsRepository& repo)
{
    AnalyticsSettings s;
    const QMap<QString, QString> all = repo.all();
    const auto get = [&](const QString& key) { return all.value(key); };

    auto scales = CategoryScale::fromJson(get(QStringLiteral("jpm/scales")));
    if (!scales)
        return scales.error();
    s.scales = scales.value();
    s.defaultScale = get(QStringLiteral("jpm/default_scale")).trimmed();
    if (s.defaultScale.isEmpty() && !s.scales.isEmpty())
        s.defaultScale = s.scales.first().name();
    s.capAtStandard = parseBool(get(QStringLiteral("jpm/cap_per_competency")), s.capAtStandard);
    s.teknisWeighting = parseBool(get(QStringLiteral("jpm/teknis_weighting")), s.teknisWeighting);
    s.missingLevel = std::clamp(int(parseDouble(get(QStringLiteral("jpm/missing_level")), s.missingLevel)), 0, 4);
    s.teknisWeightByJenjang.clear();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key().startsWith(kTeknisJenjang))
            s.teknisWeightByJenjang.insert(it.key().mid(kTeknisJenjang.size()), parseDouble(it.value(), 50.0));
        else if (it.key().startsWith(kTeknisPosition))
            s.teknisWeightByPosition.insert(it.key().mid(kTeknisPosition.size()), parseDouble(it.value(), 50.0));
        else if (it.key().startsWith(kPredikat))
            s.predikatScore.insert(it.key().mid(kPredikat.size()), parseDouble(it.value(), 0.0));
    }
    s.kinerjaWindowYears = std::max(1, get(QStringLiteral("talent/kinerja_window_years")).toInt());
    s.kinerjaAtas = parseDouble(get(QStringLiteral("talent/kinerja_atas")), s.kinerjaAtas);
    s.kinerjaSesuai = parseDouble(get(QStringLiteral("talent/kinerja_sesuai")), s.kinerjaSesuai);
    s.potensialTinggi = parseDouble(get(QStringLiteral("talent/potensial_tinggi")), s.potensialTinggi);
    s.potensialMenengah = parseDouble(get(QStringLiteral("talent/potensial_menengah")), s.potensialMenengah);
    s.potensialJpmWeight = parseDouble(get(QStringLiteral("talent/potensial_weight_jpm")), s.potensialJpmWeight);
    s.rekamJejakMonths = static_cast<int>(parseDouble(get(QStringLiteral("talent/rekam_jejak_months")), 24));
    s.disqualifyingLevels.clear();
    for (const QString& level : get(QStringLiteral("talent/rekam_jejak_levels")).split(u',', Qt::SkipEmptyParts))
        s.disqualifyingLevels << level.trimmed().toLower();
    s.retirementHorizonMonths =
        static_cast<int>(parseDouble(get(QStringLiteral("ranking/retirement_horizon_months")), 12));
    s.performanceWeight = std::clamp(parseDouble(get(QStringLiteral("ranking/performance_weight")), 0.0), 0.0, 100.0);
    s.excludeIncumbents = parseBool(get(QStringLiteral("ranking/exclude_incumbents")), s.excludeIncumbents);
    s.excludeIncomplete = parseBool(get(QStringLiteral("ranking/exclude_incomplete")), s.excludeIncomplete);
    for (auto it = s.retirementAge.begin(); it != s.retirementAge.end(); ++it)
        it.value() =
            static_cast<int>(parseDouble(all.value(SettingsRepository::retirementAgeKey(it.key())), it.value()));
    return s;
}

const CategoryScale* AnalyticsSettings::scale(const QString& name) const
{
    for (const CategoryScale& s : scales)
        if (s.name().compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

JpmOptions AnalyticsSettings::jpmOptions(const QString& positionCode, const QString& jenjang) const
{
    JpmOptions o;
    o.capAtStandard = capAtStandard;
    o.missingLevel = missingLevel;
    if (teknisWeighting) {
        if (auto it = teknisWeightByPosition.constFind(positionCode);
            !positionCode.isEmpty() && it != teknisWeightByPosition.cend())
            o.teknisWeight = it.value() / 100.0;
        else if (auto jt = teknisWeightByJenjang.constFind(jenjang);
                 !jenjang.isEmpty() && jt != teknisWeightByJenjang.cend())
            o.teknisWeight = jt.value() / 100.0;
    }
    return o;
}

} // namespace karsa
