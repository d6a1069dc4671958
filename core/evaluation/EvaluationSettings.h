#pragma once

#include "RaterRole.h"
#include "common/Result.h"

#include <QMap>
#include <QString>

#include <array>

namespace karsa {

class SettingsRepository;

// The agency-variable rules of the 360° evaluation ("evaluation/..." settings). Defaults:
// weights superior 50 %, peers 20 %, subordinates 15 %, public 15 %, self 0 % (the self
// assessment only feeds the self-vs-others flag); minimum raters superior 1, peers 3,
// subordinates 3, public 3, self 0; peers, subordinates and the public are anonymous; the
// superior is a required role. No national weighting rule exists under PermenPANRB 6/2022
// (domain.md 4.5), so every number here is editable.
struct EvaluationSettings
{
    std::array<double, kRaterRoleCount> weight{50.0, 20.0, 15.0, 0.0, 15.0};      // "evaluation/weight/<role>"
    std::array<int, kRaterRoleCount> minRaters{1, 3, 3, 0, 3};                    // "evaluation/min_raters/<role>"
    std::array<bool, kRaterRoleCount> anonymous{false, true, true, false, true};  // "evaluation/anonymous_roles"
    std::array<bool, kRaterRoleCount> required{true, false, false, false, false}; // "evaluation/required_roles"
    int scaleMax = 5;             // "evaluation/scale_max": answers run 1..scaleMax (new cycles)
    double perilakuAtas = 80.0;   // "evaluation/perilaku_atas": percent of the scale for di atas ekspektasi
    double perilakuSesuai = 50.0; // "evaluation/perilaku_sesuai": percent of the scale for sesuai ekspektasi
    int maxPeers = 5;             // "evaluation/max_peers": peers generated per employee
    int maxSubordinates = 5;      // "evaluation/max_subordinates"
    double leniencyGap = 0.75;    // "evaluation/leniency_gap": a rater's mean this far above the cycle's (scale points)
    double haloVariance = 0.05;   // "evaluation/halo_variance": variance across behaviours at or below this
    int haloMinAnswers = 6;       // "evaluation/halo_min_answers"
    double selfGap = 1.0;         // "evaluation/self_gap": |self - others| at or above this (scale points)
    bool publishQuarterly = false; // "evaluation/publish_quarterly": quarterly cycles also write SKP ratings

    static QMap<QString, QString> defaultValues();
    static Result<EvaluationSettings> load(const SettingsRepository& settings);
    // From a full key/value map (defaults overlaid with edits): validates a Settings form before saving.
    static Result<EvaluationSettings> fromValues(const QMap<QString, QString>& values);
};

} // namespace karsa
