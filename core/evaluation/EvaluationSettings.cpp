#include "EvaluationSettings.h"

#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace karsa {

namespace {
QString key(const char* name)
{
    return QStringLiteral("evaluation/") + QLatin1String(name);
}
QString roleKey(const char* name, RaterRole role)
{
    return key(name) + u'/' + raterRoleCode(role);
}
QString roleList(const std::array<bool, kRaterRoleCount>& flags)
{
    QStringList out;
    for (RaterRole r : kAllRaterRoles)
        if (flags[size_t(r)])
            out << raterRoleCode(r);
    return out.join(u',');
}
Error settingError(const QString& k, const QString& message)
{
    Error e = makeError(message);
    e.field = k;
    return e;
}
} // namespace

QMap<QString, QString> EvaluationSettings::defaultValues()
{
    const EvaluationSettings d;
    QMap<QString, QString> m;
    for (RaterRole r : kAllRaterRoles) {
        m.insert(roleKey("weight", r), QString::number(d.weight[size_t(r)]));
        m.insert(roleKey("min_raters", r), QString::number(d.minRaters[size_t(r)]));
    }
    m.insert(key("anonymous_roles"), roleList(d.anonymous));
    m.insert(key("required_roles"), roleList(d.required));
    m.insert(key("scale_max"), QString::number(d.scaleMax));
    m.insert(key("perilaku_atas"), QString::number(d.perilakuAtas));
    m.insert(key("perilaku_sesuai"), QString::number(d.perilakuSesuai));
    m.insert(key("max_peers"), QString::number(d.maxPeers));
    m.insert(key("max_subordinates"), QString::number(d.maxSubordinates));
    m.insert(key("leniency_gap"), QString::number(d.leniencyGap));
    m.insert(key("halo_variance"), QString::number(d.haloVariance));
    m.insert(key("halo_min_answers"), QString::number(d.haloMinAnswers));
    m.insert(key("self_gap"), QString::number(d.selfGap));
    m.insert(key("publish_quarterly"), QStringLiteral("false"));
    return m;
}

Result<EvaluationSettings> EvaluationSettings::load(const SettingsRepository& repo)
{
    return fromValues(repo.all());
}

Result<EvaluationSettings> EvaluationSettings::fromValues(const QMap<QString, QString>& all)
{
    EvaluationSettings s;
    auto number = [&](const QString& k, double* out, double min, double max) -> Status {
        const QString text = all.value(k).trimmed();
        if (text.isEmpty())
            return {};
        bool ok = false;
        const double v = QString(text).replace(u',', u'.').toDouble(&ok);
        if (!ok || v < min || v > max)
            return settingError(k,
                                QCoreApplication::translate("Evaluation", "Setting %1 must be a number from %2 to %3")
                                    .arg(k)
                                    .arg(min)
                                    .arg(max));
        *out = v;
        return {};
    };
    auto integer = [&](const QString& k, int* out, int min, int max) -> Status {
        double v = *out;
        if (Status st = number(k, &v, min, max); !st)
            return st;
        *out = int(v);
        return {};
    };
    auto roles = [&](const QString& k, std::array<bool, kRaterRoleCount>* out) -> Status {
        if (!all.contains(k))
            return {};
        out->fill(false);
        for (const QString& code : all.value(k).split(u',', Qt::SkipEmptyParts)) {
            RaterRole r;
            if (!raterRoleFromCode(code, &r))
                return settingError(k, QCoreApplication::translate("Evaluation", "Setting %1: unknown rater role '%2'")
                                           .arg(k, code.trimmed()));
            (*out)[size_t(r)] = true;
        }
        return {};
    };
    for (RaterRole r : kAllRaterRoles) {
        if (Status st = number(roleKey("weight", r), &s.weight[size_t(r)], 0, 100); !st)
            return st.error();
        if (Status st = integer(roleKey("min_raters", r), &s.minRaters[size_t(r)], 0, 50); !st)
            return st.error();
    }
    for (Status st :
         {roles(key("anonymous_roles"), &s.anonymous), roles(key("required_roles"), &s.required),
          integer(key("scale_max"), &s.scaleMax, 2, 10), number(key("perilaku_atas"), &s.perilakuAtas, 0, 100),
          number(key("perilaku_sesuai"), &s.perilakuSesuai, 0, 100), integer(key("max_peers"), &s.maxPeers, 0, 50),
          integer(key("max_subordinates"), &s.maxSubordinates, 0, 50),
          number(key("leniency_gap"), &s.leniencyGap, 0, 10), number(key("halo_variance"), &s.haloVariance, 0, 10),
          integer(key("halo_min_answers"), &s.haloMinAnswers, 2, 100), number(key("self_gap"), &s.selfGap, 0, 10)}) {
        if (!st)
            return st.error();
    }
    const QString q = all.value(key("publish_quarterly")).trimmed().toLower();
    s.publishQuarterly = q == u"true" || q == u"1" || q == u"ya" || q == u"yes";
    if (s.perilakuSesuai > s.perilakuAtas)
        return settingError(key("perilaku_sesuai"),
                            QCoreApplication::translate("Evaluation", "The 'meets expectation' threshold is above the "
                                                                      "'above expectation' threshold"));
    double total = 0;
    for (double w : s.weight)
        total += w;
    if (total <= 0)
        return settingError(
            roleKey("weight", RaterRole::Atasan),
            QCoreApplication::translate("Evaluation", "At least one rater role needs a weight above zero"));
    return s;
}

} // namespace karsa
