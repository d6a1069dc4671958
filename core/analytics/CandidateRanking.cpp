#include "CandidateRanking.h"

#include "refdata/ReferenceCatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace karsa {

QString exclusionReasonCode(ExclusionReason reason)
{
    switch (reason) {
    case BelowMinimumGolongan:
        return QStringLiteral("min_golongan");
    case BelowMinimumEducation:
        return QStringLiteral("min_education");
    case IncompatibleJenjang:
        return QStringLiteral("jenjang");
    case NoCurrentPosition:
        return QStringLiteral("no_position");
    case RetiringSoon:
        return QStringLiteral("retiring");
    case DisqualifyingSanction:
        return QStringLiteral("sanction");
    case AlreadyInPosition:
        return QStringLiteral("incumbent");
    case IncompleteAssessment:
        return QStringLiteral("incomplete");
    }
    return {};
}

QString exclusionReasonText(ExclusionReason reason)
{
    switch (reason) {
    case BelowMinimumGolongan:
        return QCoreApplication::translate("CandidateRanking", "Golongan is below the position's minimum");
    case BelowMinimumEducation:
        return QCoreApplication::translate("CandidateRanking", "Education is below the position's minimum");
    case IncompatibleJenjang:
        return QCoreApplication::translate("CandidateRanking", "Current jenjang is not compatible with the position's jenjang");
    case NoCurrentPosition:
        return QCoreApplication::translate("CandidateRanking", "Has no current position, so the jenjang cannot be compared");
    case RetiringSoon:
        return QCoreApplication::translate("CandidateRanking", "Reaches retirement age within the retirement horizon");
    case DisqualifyingSanction:
        return QCoreApplication::translate("CandidateRanking", "Has a moderate or heavy disciplinary sanction within the screening period");
    case AlreadyInPosition:
        return QCoreApplication::translate("CandidateRanking", "Already holds this position");
    case IncompleteAssessment:
        return QCoreApplication::translate("CandidateRanking",
                                           "Not assessed on every competency of the position's standard");
    }
    return {};
}

QList<ExclusionReason> exclusionReasons(quint32 mask)
{
    QList<ExclusionReason> out;
    for (quint32 bit = 1; bit <= LastExclusionReason; bit <<= 1)
        if (mask & bit)
            out.append(ExclusionReason(bit));
    return out;
}

int structuralStep(const QString& jenjang)
{
    static const QHash<QString, int> steps = {
        {QStringLiteral("pelaksana"), 1},    {QStringLiteral("pengawas"), 2},   {QStringLiteral("administrator"), 3},
        {QStringLiteral("jpt_pratama"), 4},  {QStringLiteral("jpt_madya"), 5},  {QStringLiteral("jpt_utama"), 6},
        {QStringLiteral("ahli_pertama"), 1}, {QStringLiteral("pemula"), 1},     {QStringLiteral("terampil"), 1},
        {QStringLiteral("mahir"), 1},        {QStringLiteral("ahli_muda"), 2},  {QStringLiteral("penyelia"), 2},
        {QStringLiteral("ahli_madya"), 3},   {QStringLiteral("ahli_utama"), 4},
    };
    return steps.value(jenjang, 0);
}

bool isCompatibleJenjang(const QString& from, const QString& to)
{
    if (from == to)
        return true;
    const ReferenceCatalog& ref = ReferenceCatalog::instance();
    const JenjangInfo* a = ref.jenjang(from);
    const JenjangInfo* b = ref.jenjang(to);
    if (!a || !b)
        return false;
    if (a->family == b->family)
        return a->rank == b->rank || a->rank + 1 == b->rank;
    const auto structural = [](const JenjangInfo* j) { return j->family == u"jpt" || j->family == u"administrasi"; };
    const int sa = structuralStep(from), sb = structuralStep(to);
    if (sa == 0 || sb == 0)
        return false;
    if (structural(b)) // structural -> structural (ladder), or JF -> structural: equal or one step up
        return sa == sb || sa + 1 == sb;
    if (structural(a)) // structural -> JF: only at the equivalent step
        return sa == sb;
    return false; // JF keahlian <-> JF keterampilan
}

QDate retirementDate(const QDate& birthDate, int retirementAge)
{
    if (!birthDate.isValid())
        return {};
    const QDate d = birthDate.addYears(retirementAge);
    return QDate(d.year(), d.month(), d.daysInMonth());
}

namespace {
// What the filters of one position need, computed once per ranking instead of once per employee.
struct Screen
{
    int positionIndex = -1;
    int minGolonganRank = 0;
    int minEducationRank = 0;
    QVector<bool> compatiblePosition; // per position index: its jenjang may move to the target's
    int retirementCutoffMonth = 0;    // retiring before this month (year x 12 + month - 1) is excluded
    int retirementAge = 58;
    bool excludeIncumbents = true;
    QDate today;
    const AnalyticsSettings* settings = nullptr;

    Screen(const AnalyticsData& data, int position, const AnalyticsSettings& s, const QDate& day)
        : positionIndex(position), today(day), settings(&s)
    {
        const AnalyticsPosition& p = data.positions()[position];
        minGolonganRank = p.minGolonganRank;
        minEducationRank = p.minEducationRank;
        excludeIncumbents = s.excludeIncumbents;
        retirementAge = s.retirementAge.value(p.jenjang, 58);
        // retirementDate() < cutoff  <=>  the retirement month lies before the cutoff's month, because the
        // retirement date is the last day of its month.
        const QDate cutoff = day.addMonths(s.retirementHorizonMonths);
        retirementCutoffMonth = cutoff.year() * 12 + cutoff.month() - 1;
        QHash<QString, bool> byJenjang;
        compatiblePosition.reserve(data.positions().size());
        for (const AnalyticsPosition& q : data.positions()) {
            auto it = byJenjang.constFind(q.jenjang);
            if (it == byJenjang.cend())
                it = byJenjang.insert(q.jenjang, isCompatibleJenjang(q.jenjang, p.jenjang));
            compatiblePosition.append(it.value());
        }
    }

    quint32 reasons(const AnalyticsData& data, int employeeIndex) const
    {
        const AnalyticsEmployee& e = data.employees()[employeeIndex];
        quint32 r = 0;
        if (minGolonganRank > 0 && e.golonganRank < minGolonganRank)
            r |= BelowMinimumGolongan;
        if (minEducationRank > 0 && e.educationRank < minEducationRank)
            r |= BelowMinimumEducation;
        if (e.positionIndex < 0)
            r |= NoCurrentPosition;
        else if (e.positionIndex == positionIndex && excludeIncumbents)
            r |= AlreadyInPosition;
        else if (!compatiblePosition[e.positionIndex])
            r |= IncompatibleJenjang;
        if (e.birthMonth > 0 && e.birthMonth + retirementAge * 12 < retirementCutoffMonth)
            r |= RetiringSoon;
        if (e.sanctionsEnd > e.sanctionsBegin && failsRekamJejak(data.sanctions(employeeIndex), today, *settings))
            r |= DisqualifyingSanction;
        return r;
    }
};
} // namespace

quint32 screenCandidate(const AnalyticsData& data, int employeeIndex, int positionIndex,
                        const AnalyticsSettings& settings, const QDate& today)
{
    return Screen(data, positionIndex, settings, today).reasons(data, employeeIndex);
}

namespace {
struct Key
{
    int index;
    bool complete;
    double score;
    double jpm;
    int golonganRank;
    qint64 tmtDay; // Julian day of TMT CPNS; larger = shorter masa kerja; unknown = max
};
} // namespace

RankingResult rankCandidates(const AnalyticsData& data, int positionIndex, const AnalyticsSettings& settings,
                             const QDate& today, const RankingOptions& options)
{
    RankingResult result;
    result.positionIndex = positionIndex;
    if (positionIndex < 0 || positionIndex >= data.positions().size())
        return result;
    const AnalyticsPosition& p = data.positions()[positionIndex];
    const JpmOptions jpmOptions = settings.jpmOptions(p.code, p.jenjang);
    const StandardSpan standard(p.standard.constData(), static_cast<size_t>(p.standard.size()));
    const double blend = settings.performanceWeight / 100.0;

    const Screen screen(data, positionIndex, settings, today);
    QVector<Key> keys;
    keys.reserve(data.employees().size());
    for (int i = 0; i < data.employees().size(); ++i) {
        quint32 reasons = screen.reasons(data, i);
        const JpmResult jpm = computeJpm(data.levels(i), standard, jpmOptions);
        if (settings.excludeIncomplete && jpm.status == JpmStatus::Incomplete)
            reasons |= IncompleteAssessment;
        if (reasons) {
            result.excluded.append({i, reasons});
            continue;
        }
        const AnalyticsEmployee& e = data.employees()[i];
        bool complete = jpm.complete();
        double score = jpm.jpm;
        if (blend > 0.0) {
            const auto kinerja = kinerjaScore(data.ratings(i), today, settings);
            complete = complete && kinerja.has_value();
            score = (1.0 - blend) * jpm.jpm + blend * kinerja.value_or(0.0);
        }
        keys.append({i, complete, roundTo2(score), jpm.jpm, e.golonganRank,
                     e.tmtCpnsDay > 0 ? e.tmtCpnsDay : std::numeric_limits<qint64>::max()});
    }
    result.candidates = keys.size();
    const auto& employees = data.employees();
    const auto better = [&employees](const Key& a, const Key& b) {
        if (a.complete != b.complete)
            return a.complete;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.jpm != b.jpm)
            return a.jpm > b.jpm;
        if (a.golonganRank != b.golonganRank)
            return a.golonganRank > b.golonganRank;
        if (a.tmtDay != b.tmtDay)
            return a.tmtDay < b.tmtDay;
        return employees[a.index].nip < employees[b.index].nip;
    };
    const int take = options.limit > 0 ? std::min<int>(options.limit, keys.size()) : keys.size();
    if (take < keys.size())
        std::partial_sort(keys.begin(), keys.begin() + take, keys.end(), better);
    else
        std::sort(keys.begin(), keys.end(), better);

    result.ranked.reserve(take);
    for (int k = 0; k < take; ++k) {
        const int i = keys[k].index;
        RankedCandidate c;
        c.employeeIndex = i;
        c.score = keys[k].score;
        c.complete = keys[k].complete;
        c.jpm = computeJpm(data.levels(i), standard, jpmOptions);
        c.kinerja = kinerjaScore(data.ratings(i), today, settings);
        c.contributions = computeGap(data.levels(i), standard, jpmOptions);
        for (GapRow& g : c.contributions)
            g.contribution *= (1.0 - blend);
        c.kinerjaContribution = blend * c.kinerja.value_or(0.0);
        result.ranked.append(std::move(c));
    }
    return result;
}

QVector<ScoredCandidate> scoreCandidates(const AnalyticsData& data, int positionIndex,
                                         const AnalyticsSettings& settings, const QDate& today,
                                         const QVector<int>& employees)
{
    QVector<ScoredCandidate> out;
    if (positionIndex < 0 || positionIndex >= data.positions().size())
        return out;
    const AnalyticsPosition& p = data.positions()[positionIndex];
    const JpmOptions jpmOptions = settings.jpmOptions(p.code, p.jenjang);
    const StandardSpan standard(p.standard.constData(), static_cast<size_t>(p.standard.size()));
    const double blend = settings.performanceWeight / 100.0;
    const Screen screen(data, positionIndex, settings, today);
    out.reserve(employees.size());
    for (int i : employees) {
        ScoredCandidate c;
        c.employeeIndex = i;
        c.reasons = screen.reasons(data, i);
        const JpmResult jpm = computeJpm(data.levels(i), standard, jpmOptions);
        c.jpm = jpm.jpm;
        c.complete = jpm.complete();
        if (settings.excludeIncomplete && jpm.status == JpmStatus::Incomplete)
            c.reasons |= IncompleteAssessment;
        double score = jpm.jpm;
        if (blend > 0.0) {
            const auto kinerja = kinerjaScore(data.ratings(i), today, settings);
            c.complete = c.complete && kinerja.has_value();
            score = (1.0 - blend) * jpm.jpm + blend * kinerja.value_or(0.0);
        }
        c.score = roundTo2(score);
        out.append(c);
    }
    return out;
}

} // namespace karsa
