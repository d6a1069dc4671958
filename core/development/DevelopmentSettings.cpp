#include "DevelopmentSettings.h"

#include "TrainingProgramme.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>

namespace karsa {

namespace {
const QString kMinimum = QStringLiteral("development/jp_minimum");
const QString kYearRule = QStringLiteral("development/jp_year_rule");
const QString kTargetGaps = QStringLiteral("development/target_gaps");
const QString kPreferred = QStringLiteral("development/preferred_forms/");

Error keyError(const QString& key, const QString& message)
{
    Error e;
    e.field = key;
    e.message = message;
    return e;
}
} // namespace

const QStringList& DevelopmentSettings::preferredForms(CompetencyType type) const
{
    switch (type) {
    case CompetencyType::Manajerial:
        return preferredManajerial;
    case CompetencyType::SosialKultural:
        return preferredSosialKultural;
    case CompetencyType::Teknis:
        break;
    }
    return preferredTeknis;
}

QMap<QString, QString> DevelopmentSettings::defaultValues()
{
    const DevelopmentSettings d;
    QMap<QString, QString> m;
    m.insert(kMinimum, QString::number(d.jpMinimum));
    m.insert(kYearRule, QStringLiteral("end"));
    m.insert(kTargetGaps, QStringLiteral("true"));
    m.insert(kPreferred + QStringLiteral("manajerial"), d.preferredManajerial.join(u','));
    m.insert(kPreferred + QStringLiteral("sosial_kultural"), d.preferredSosialKultural.join(u','));
    m.insert(kPreferred + QStringLiteral("teknis"), d.preferredTeknis.join(u','));
    return m;
}

Result<DevelopmentSettings> DevelopmentSettings::load(const SettingsRepository& settings)
{
    return fromValues(settings.all());
}

Result<DevelopmentSettings> DevelopmentSettings::fromValues(const QMap<QString, QString>& values)
{
    DevelopmentSettings s;
    const QMap<QString, QString> defaults = defaultValues();
    const auto get = [&](const QString& key) { return values.value(key, defaults.value(key)).trimmed(); };

    bool ok = false;
    s.jpMinimum = get(kMinimum).toDouble(&ok);
    if (!ok || s.jpMinimum < 0 || s.jpMinimum > 1000)
        return keyError(kMinimum, QCoreApplication::translate("Development", "The JP minimum must be a number from 0 to 1000"));
    const QString rule = get(kYearRule);
    if (rule == u"end")
        s.yearRule = JpYearRule::EndDate;
    else if (rule == u"split")
        s.yearRule = JpYearRule::Split;
    else
        return keyError(kYearRule, QCoreApplication::translate("Development", "The JP year rule must be 'end' or 'split'"));
    const QString target = get(kTargetGaps).toLower();
    s.targetGaps = !(target == u"false" || target == u"0" || target == u"no" || target == u"tidak");
    for (const QString& type : {QStringLiteral("manajerial"), QStringLiteral("sosial_kultural"), QStringLiteral("teknis")}) {
        QStringList forms;
        for (const QString& f : get(kPreferred + type).split(u',', Qt::SkipEmptyParts)) {
            const QString code = f.trimmed();
            if (!TrainingForms::isKnown(code))
                return keyError(kPreferred + type,
                                QCoreApplication::translate("Development", "'%1' is not a development form").arg(code));
            forms << code;
        }
        if (type == u"manajerial")
            s.preferredManajerial = forms;
        else if (type == u"sosial_kultural")
            s.preferredSosialKultural = forms;
        else
            s.preferredTeknis = forms;
    }
    return s;
}

} // namespace karsa
