#include "SettingsValidator.h"

#include "analytics/CategoryScale.h"
#include "development/DevelopmentSettings.h"
#include "domain/Nip.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace karsa {

namespace {
Error keyError(const QString& key, const QString& message)
{
    Error e;
    e.field = key;
    e.message = message;
    return e;
}

// Parses values[key] as a number in [min, max]; on failure returns the error.
Status number(const QMap<QString, QString>& values, const QString& key, double min, double max, double* out)
{
    bool ok = false;
    const double v = values.value(key).trimmed().replace(u',', u'.').toDouble(&ok);
    if (!ok)
        return keyError(key, QCoreApplication::translate("Settings", "'%1' is not a number").arg(values.value(key)));
    if (v < min || v > max)
        return keyError(key, QCoreApplication::translate("Settings", "must be between %1 and %2").arg(min).arg(max));
    if (out)
        *out = v;
    return {};
}
} // namespace

Status SettingsValidator::validate(const QMap<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString& key = it.key();
        if (key.startsWith(u"retirement_age/")) {
            if (Status s = number(values, key, 50, 70, nullptr); !s)
                return s;
        } else if (key.startsWith(u"talent/predikat_score/") || key == u"ranking/performance_weight" ||
                   key == u"talent/potensial_weight_jpm") {
            if (Status s = number(values, key, 0, 100, nullptr); !s)
                return s;
        } else if (key == u"jpm/missing_level") {
            // A missing assessment is never counted as met: at most level 4 (and below each requirement).
            if (Status s = number(values, key, 0, 4, nullptr); !s)
                return s;
        } else if (key == u"talent/kinerja_window_years") {
            if (Status s = number(values, key, 1, 10, nullptr); !s)
                return s;
        } else if (key == u"talent/rekam_jejak_months" || key == u"ranking/retirement_horizon_months") {
            if (Status s = number(values, key, 0, 240, nullptr); !s)
                return s;
        }
    }
    double atas = 0, sesuai = 0, tinggi = 0, menengah = 0;
    for (const auto& [key, out] : {std::pair{QStringLiteral("talent/kinerja_atas"), &atas},
                                   std::pair{QStringLiteral("talent/kinerja_sesuai"), &sesuai},
                                   std::pair{QStringLiteral("talent/potensial_tinggi"), &tinggi},
                                   std::pair{QStringLiteral("talent/potensial_menengah"), &menengah}}) {
        if (values.contains(key))
            if (Status s = number(values, key, 0, 100, out); !s)
                return s;
    }
    if (values.contains(QStringLiteral("talent/kinerja_atas")) && atas <= sesuai)
        return keyError(QStringLiteral("talent/kinerja_atas"),
                        QCoreApplication::translate("Settings", "the threshold for 'above expectation' must be higher than for 'meets expectation'"));
    if (values.contains(QStringLiteral("talent/potensial_tinggi")) && tinggi <= menengah)
        return keyError(QStringLiteral("talent/potensial_tinggi"),
                        QCoreApplication::translate("Settings", "the threshold for high potential must be higher than for medium potential"));

    if (values.contains(QStringLiteral("jpm/scales"))) {
        auto scales = CategoryScale::fromJson(values.value(QStringLiteral("jpm/scales")));
        if (!scales)
            return keyError(QStringLiteral("jpm/scales"), scales.error().message);
        const QString chosen = values.value(QStringLiteral("jpm/default_scale"));
        bool found = false;
        for (const CategoryScale& s : scales.value())
            found = found || s.name() == chosen;
        if (!found)
            return keyError(QStringLiteral("jpm/default_scale"), QCoreApplication::translate("Settings", "there is no category scale named '%1'").arg(chosen));
    }
    const QString signerNip = values.value(QStringLiteral("signature/nip")).trimmed();
    if (!signerNip.isEmpty()) {
        auto nip = Nip::parse(signerNip);
        if (!nip)
            return keyError(QStringLiteral("signature/nip"), nip.error().field + QStringLiteral(": ") + nip.error().message);
    }
    const QString logo = values.value(QStringLiteral("organisation/logo_path")).trimmed();
    if (!logo.isEmpty() && !QFileInfo(logo).isFile())
        return keyError(QStringLiteral("organisation/logo_path"), QCoreApplication::translate("Settings", "the logo file %1 does not exist").arg(logo));
    const QString language = values.value(QStringLiteral("ui/language"));
    if (!language.isEmpty() && language != u"id" && language != u"en")
        return keyError(QStringLiteral("ui/language"), QCoreApplication::translate("Settings", "the language must be id or en"));
    // JP minimum, JP year rule, preferred development forms (core/development).
    if (auto development = DevelopmentSettings::fromValues(values); !development)
        return development.error();
    return {};
}

} // namespace karsa
