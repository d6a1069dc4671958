#pragma once

#include "CategoryScale.h"
#include "JobPersonMatch.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace karsa {

class SettingsRepository;

// Every agency-variable rule of the analytics, read once from the settings table. Each field's
// default is also written to settings (SettingsRepository::defaults()) so officers can edit it.
struct AnalyticsSettings
{
    // JPM (domain.md 2.1-2.3)
    QVector<CategoryScale> scales = CategoryScale::defaults(); // "jpm/scales" (JSON)
    QString defaultScale = QStringLiteral("pemetaan");         // "jpm/default_scale"
    bool capAtStandard = false;                                // "jpm/cap_per_competency"
    bool teknisWeighting = false;                              // "jpm/teknis_weighting"
    // The level a required competency without a current assessment counts at, 0..4 ("jpm/missing_level");
    // never counted as met (JpmOptions::missingLevel).
    int missingLevel = 0;
    // Teknis share in percent by jenjang ("jpm/teknis_weight/<jenjang>") and by position code
    // ("jpm/teknis_weight_position/<code>", wins over the jenjang). PermenPANRB 35/2020 defaults.
    QHash<QString, double> teknisWeightByJenjang;
    QHash<QString, double> teknisWeightByPosition;

    // Talent 9-box (domain.md 3.1, 3.2)
    int kinerjaWindowYears = 2;           // "talent/kinerja_window_years": the completed years before today's
    double kinerjaAtas = 90.0;            // "talent/kinerja_atas": score >= this is di atas ekspektasi
    double kinerjaSesuai = 70.0;          // "talent/kinerja_sesuai": score >= this is sesuai ekspektasi
    double potensialTinggi = 80.0;        // "talent/potensial_tinggi"
    double potensialMenengah = 60.0;      // "talent/potensial_menengah"
    double potensialJpmWeight = 100.0;    // "talent/potensial_weight_jpm" (other components carry their own)
    QHash<QString, double> predikatScore; // "talent/predikat_score/<predikat>"
    int rekamJejakMonths = 24;            // "talent/rekam_jejak_months"
    QStringList disqualifyingLevels{QStringLiteral("sedang"), QStringLiteral("berat")}; // "talent/rekam_jejak_levels"

    // Candidate ranking
    int retirementHorizonMonths = 12;  // "ranking/retirement_horizon_months"
    double performanceWeight = 0.0;    // "ranking/performance_weight", percent of the score from kinerja
    bool excludeIncumbents = true;     // "ranking/exclude_incumbents"
    // Candidates not assessed on every competency of the position's standard are left out of rankings
    // and placements ("ranking/exclude_incomplete"); when off they rank after complete ones.
    bool excludeIncomplete = false;
    QHash<QString, int> retirementAge; // by jenjang, SettingsRepository::retirementAgeKey()

    AnalyticsSettings();

    // The default value of every key above, as stored in settings.
    static QMap<QString, QString> defaultValues();
    // Reads every key (stored value, else default). A malformed "jpm/scales" is an Error.
    static Result<AnalyticsSettings> load(const SettingsRepository& settings);

    const CategoryScale* scale(const QString& name) const; // nullptr when unknown
    // The JPM options for a position: the cap, and the teknis share when weighting is on.
    JpmOptions jpmOptions(const QString& positionCode = {}, const QString& jenjang = {}) const;
};

} // namespace karsa
