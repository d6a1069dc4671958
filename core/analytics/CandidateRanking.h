#pragma once

#include "AnalyticsData.h"
#include "AnalyticsSettings.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace karsa {

// Why a candidate is left out of a ranking. A candidate may fail several filters; all are kept.
enum ExclusionReason : quint32 {
    BelowMinimumGolongan = 1u << 0,
    BelowMinimumEducation = 1u << 1,
    IncompatibleJenjang = 1u << 2,
    NoCurrentPosition = 1u << 3,
    RetiringSoon = 1u << 4,
    DisqualifyingSanction = 1u << 5,
    AlreadyInPosition = 1u << 6,
    IncompleteAssessment = 1u << 7, // only when AnalyticsSettings::excludeIncomplete is on
    LastExclusionReason = IncompleteAssessment,
};

QString exclusionReasonCode(ExclusionReason reason); // "min_golongan", "education", "jenjang", ...
QString exclusionReasonText(ExclusionReason reason); // translated sentence
QList<ExclusionReason> exclusionReasons(quint32 mask);

// Which jenjang may be proposed for a position of another jenjang. The rule, one step at most:
//  - the same jenjang (lateral move) is always compatible;
//  - inside one family (JPT, administrasi, JF keahlian, JF keterampilan) the candidate's rank may be
//    equal to or one below the target's (pengawas -> administrator, ahli muda -> ahli madya);
//  - the structural ladder pelaksana -> pengawas -> administrator -> JPT pratama (-> madya -> utama)
//    counts as one ladder, so administrator -> JPT pratama is one step;
//  - a JF may move to a structural jenjang at its equivalent step or one above, the equivalence being
//    ahli pertama, pemula, terampil, mahir ~ pelaksana; ahli muda, penyelia ~ pengawas;
//    ahli madya ~ administrator; ahli utama ~ JPT pratama;
//  - a structural jenjang may move to a JF only at its equivalent step (inpassing, not a promotion).
bool isCompatibleJenjang(const QString& candidateJenjang, const QString& targetJenjang);
// The step of a jenjang on the structural ladder (1 pelaksana .. 6 JPT utama); 0 when unknown.
int structuralStep(const QString& jenjang);

// Batas usia pensiun: the last day of the month in which the employee reaches retirementAge.
QDate retirementDate(const QDate& birthDate, int retirementAge);

struct RankingOptions
{
    int limit = 0; // rows with contributions in the result; 0 = all
};

struct RankedCandidate
{
    int employeeIndex = -1;
    double score = 0.0; // 0..100, rounded to 2 decimals
    JpmResult jpm;      // against the target position
    std::optional<double> kinerja;
    bool complete = false;         // JPM complete and, when performance is blended in, kinerja known
    QVector<GapRow> contributions; // per competency; contribution already scaled by the JPM's share
    double kinerjaContribution = 0.0;
};

struct Exclusion
{
    int employeeIndex = -1;
    quint32 reasons = 0; // ExclusionReason bits
};

struct RankingResult
{
    int positionIndex = -1;
    int candidates = 0;              // employees who passed every filter
    QVector<RankedCandidate> ranked; // best first, at most options.limit
    QVector<Exclusion> excluded;     // in employee order
};

// The reasons (ExclusionReason bits) one employee fails the hard filters of a position; 0 = eligible.
quint32 screenCandidate(const AnalyticsData& data, int employeeIndex, int positionIndex,
                        const AnalyticsSettings& settings, const QDate& today);

// Ranks every employee of data for a position. Score = JPM against the position's standard, blended
// with the kinerja score by settings.performanceWeight; a candidate not assessed on every competency
// of the standard is excluded (IncompleteAssessment) when settings.excludeIncomplete is on, else
// scored as computeJpm says for an incomplete result. Order: complete before incomplete, score desc,
// JPM desc, golongan rank desc, longer masa kerja (earlier TMT CPNS), NIP ascending.
RankingResult rankCandidates(const AnalyticsData& data, int positionIndex, const AnalyticsSettings& settings,
                             const QDate& today, const RankingOptions& options = {});

// One employee screened and scored against a position by the same rules as rankCandidates.
struct ScoredCandidate
{
    int employeeIndex = -1;
    quint32 reasons = 0; // ExclusionReason bits; 0 = passes every hard filter
    double score = 0.0;  // as RankedCandidate::score (computed whether or not the filters pass)
    double jpm = 0.0;
    bool complete = false;
};

// Screens and scores the given employees against one position (the filters are prepared once).
QVector<ScoredCandidate> scoreCandidates(const AnalyticsData& data, int positionIndex,
                                         const AnalyticsSettings& settings, const QDate& today,
                                         const QVector<int>& employees);

} // namespace karsa
