#include "TalentSummary.h"

namespace karsa {

int talentUnplacedReasons(const TalentResult& talent, const JpmResult& jpm)
{
    if (talent.placed())
        return UnplacedNone;
    int reasons = UnplacedNone;
    if (!talent.kinerja)
        reasons |= UnplacedNoRating;
    if (!talent.potensial) {
        if (jpm.status == JpmStatus::NoStandard)
            reasons |= UnplacedNoStandard;
        else
            reasons |= UnplacedIncompleteJpm;
    }
    return reasons;
}

double TalentBoxCounts::percent(int box) const
{
    if (box < 1 || box > 9 || placed == 0)
        return 0.0;
    return roundTo2(100.0 * perBox[box] / placed);
}

TalentBoxCounts boxCounts(const QVector<TalentResult>& talent, const QVector<JpmResult>& jpm,
                          const QVector<int>& employees)
{
    TalentBoxCounts counts;
    for (int i : employees) {
        if (i < 0 || i >= talent.size())
            continue;
        ++counts.total;
        const TalentResult& t = talent[i];
        if (t.placed() && t.box <= 9) {
            ++counts.perBox[t.box];
            ++counts.placed;
            continue;
        }
        ++counts.unplaced;
        const int reasons = talentUnplacedReasons(t, i < jpm.size() ? jpm[i] : JpmResult());
        counts.noRating += (reasons & UnplacedNoRating) ? 1 : 0;
        counts.noStandard += (reasons & UnplacedNoStandard) ? 1 : 0;
        counts.incompleteJpm += (reasons & UnplacedIncompleteJpm) ? 1 : 0;
    }
    return counts;
}

QVector<int> employeesInBox(const QVector<TalentResult>& talent, const QVector<int>& employees, int box)
{
    QVector<int> out;
    for (int i : employees) {
        if (i < 0 || i >= talent.size())
            continue;
        if (box == 0 ? !talent[i].placed() : talent[i].box == box)
            out.append(i);
    }
    return out;
}

} // namespace karsa
