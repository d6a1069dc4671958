#pragma once

#include "common/Result.h"
#include "domain/Competency.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace karsa {

class SettingsRepository;

// How JP of a training that runs over New Year is counted.
enum class JpYearRule {
    EndDate, // all of it in the year the training ends (the certificate's year)
    Split    // in proportion to the training days in each year
};

// The agency-variable rules of competency development (domain.md 5), read from settings.
struct DevelopmentSettings
{
    double jpMinimum = 20.0;                    // "development/jp_minimum": PP 11/2017, 20 JP a year
    JpYearRule yearRule = JpYearRule::EndDate;  // "development/jp_year_rule": "end" or "split"
    bool targetGaps = true;                     // "development/target_gaps": plan gaps on the target position too
    // Forms preferred for a gap, most preferred first: "development/preferred_forms/<type>" (comma list).
    QStringList preferredManajerial{QStringLiteral("coaching"), QStringLiteral("mentoring"),
                                    QStringLiteral("pelatihan_manajerial"), QStringLiteral("pelatihan_kepemimpinan")};
    QStringList preferredSosialKultural{QStringLiteral("coaching"), QStringLiteral("mentoring"),
                                        QStringLiteral("pelatihan_manajerial"),
                                        QStringLiteral("pelatihan_sosial_kultural")};
    QStringList preferredTeknis{QStringLiteral("pelatihan_teknis"), QStringLiteral("bimtek"),
                                QStringLiteral("pelatihan_fungsional")};

    const QStringList& preferredForms(CompetencyType type) const;

    static QMap<QString, QString> defaultValues();
    // Reads every key (stored value, else default); a malformed value is an Error naming the key.
    static Result<DevelopmentSettings> load(const SettingsRepository& settings);
    static Result<DevelopmentSettings> fromValues(const QMap<QString, QString>& values);
};

} // namespace karsa
