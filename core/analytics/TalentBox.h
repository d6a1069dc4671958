#pragma once

#include "AnalyticsSettings.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>
#include <span>

namespace karsa {

// Axes of the 9-box (PermenPANRB 3/2020, domain.md 3.1).
enum class KinerjaLevel { Bawah = 0, Sesuai = 1, Atas = 2 };
enum class PotensialLevel { Rendah = 0, Menengah = 1, Tinggi = 2 };

// One annual performance result (period and predikat per domain.md 4.2), as the talent axis needs it.
struct RatingEntry
{
    int year = 0;
    QString predikat; // "sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"
};

// One hukuman disiplin.
struct SanctionEntry
{
    QString level; // "ringan", "sedang", "berat"
    QDate decidedOn;
    QDate endsOn; // may be invalid
};

// A further potensial component (e.g. potensi test, kualifikasi) with its score 0..100 and weight.
struct PotensialComponent
{
    double score = 0.0;
    double weight = 0.0;
};

// The box number 1..9 of a (kinerja, potensial) pair, exactly as domain.md 3.1:
// bawah: rendah 1, menengah 3, tinggi 6; sesuai: 2, 5, 8; atas: 4, 7, 9.
int talentBox(KinerjaLevel kinerja, PotensialLevel potensial);
KinerjaLevel boxKinerja(int box);
PotensialLevel boxPotensial(int box);
// The recommendation of a box, verbatim Indonesian from domain.md 3.1; empty for a number outside 1..9.
QString talentRecommendation(int box);
QString kinerjaCode(KinerjaLevel level);      // "bawah", "sesuai", "atas"
QString potensialCode(PotensialLevel level);  // "rendah", "menengah", "tinggi"
QString kinerjaLabel(KinerjaLevel level);     // "di bawah ekspektasi", ...
QString potensialLabel(PotensialLevel level); // "rendah", ...

// The years counted for the kinerja axis: the settings.kinerjaWindowYears completed years before
// today's year (today 2026-03-01, window 2 -> 2024 and 2025).
std::pair<int, int> kinerjaYears(const QDate& today, const AnalyticsSettings& settings);

// Kinerja score 0..100: the mean of the predikat scores of the ratings inside the window; empty when
// the employee has no rating there (kinerja unknown: the employee is not placed in a box).
std::optional<double> kinerjaScore(std::span<const RatingEntry> ratings, const QDate& today,
                                   const AnalyticsSettings& settings);
KinerjaLevel kinerjaLevel(double score, const AnalyticsSettings& settings);

// Potensial score: the weighted mean of the JPM (weight settings.potensialJpmWeight) and further components.
double potensialScore(double jpm, std::span<const PotensialComponent> extra, const AnalyticsSettings& settings);
PotensialLevel potensialLevel(double score, const AnalyticsSettings& settings);

// The rekam-jejak screen: true when a sanction of a disqualifying level (default sedang, berat) was
// decided, or was still running, within the last settings.rekamJejakMonths months before today.
bool failsRekamJejak(std::span<const SanctionEntry> sanctions, const QDate& today, const AnalyticsSettings& settings);

// The talent placement of one employee.
struct TalentResult
{
    std::optional<double> kinerja;   // score; empty = no rating in the window
    std::optional<double> potensial; // score; empty = JPM incomplete or no standard
    int box = 0;                     // 1..9; 0 = not placed (an axis is unknown)
    bool rekamJejakFlag = false;     // a disqualifying sanction in the window

    bool placed() const { return box > 0; }
};

// Places one employee: both axes known -> a box; otherwise box 0 with the unknown axis empty.
TalentResult placeTalent(const JpmResult& jpm, std::span<const RatingEntry> ratings,
                         std::span<const SanctionEntry> sanctions, const QDate& today,
                         const AnalyticsSettings& settings, std::span<const PotensialComponent> extra = {});

} // namespace karsa
