#include "PlanGenerator.h"

#include "analytics/AnalyticsEngine.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace karsa {

PlanCatalogue::PlanCatalogue(QVector<TrainingProgramme> programmes) : m_programmes(std::move(programmes))
{
    for (int i = 0; i < m_programmes.size(); ++i) {
        const TrainingProgramme& p = m_programmes[i];
        m_byId.insert(p.id, i);
        if (!p.active)
            continue;
        for (const ProgrammeCompetency& c : p.competencies)
            m_byCompetency[c.competencyId].append(i);
    }
}

const TrainingProgramme* PlanCatalogue::byId(qint64 id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? nullptr : &m_programmes[i];
}

const QVector<int>& PlanCatalogue::developing(qint64 competencyId) const
{
    auto it = m_byCompetency.constFind(competencyId);
    return it == m_byCompetency.cend() ? m_none : it.value();
}

PlanGenerator::PlanGenerator(const AnalyticsData& data, const AnalyticsSettings& analytics,
                             const DevelopmentSettings& settings, const PlanCatalogue& catalogue)
    : m_data(data), m_analytics(analytics), m_settings(settings), m_catalogue(catalogue)
{
}

CompetencyType PlanGenerator::typeOf(qint64 competencyId) const
{
    const int i = m_data.competencyIndex(competencyId);
    return i < 0 ? CompetencyType::Teknis : m_data.competencies()[i].type;
}

QVector<DevelopmentNeed> PlanGenerator::needs(int employeeIndex, int targetPositionIndex,
                                              QVector<qint64>* notAssessed) const
{
    const AnalyticsEmployee& e = m_data.employees()[employeeIndex];
    QVector<DevelopmentNeed> current, target;
    QSet<qint64> seen;
    const auto collect = [&](int positionIndex, PlanNeed kind, QVector<DevelopmentNeed>& out) {
        for (const GapRow& g : gapAgainst(m_data, m_analytics, employeeIndex, positionIndex)) {
            if (!g.assessed) {
                if (notAssessed && !notAssessed->contains(g.competencyId))
                    notAssessed->append(g.competencyId);
                continue;
            }
            if (g.shortfall <= 0 || seen.contains(g.competencyId))
                continue;
            seen.insert(g.competencyId);
            out.append({g.competencyId, typeOf(g.competencyId), kind, g.required, g.actual, g.weight});
        }
    };
    const auto order = [](QVector<DevelopmentNeed>& list) {
        std::stable_sort(list.begin(), list.end(), [](const DevelopmentNeed& a, const DevelopmentNeed& b) {
            if (a.shortfall() != b.shortfall())
                return a.shortfall() > b.shortfall();
            if (a.weight != b.weight)
                return a.weight > b.weight;
            return a.competencyId < b.competencyId;
        });
    };
    if (e.positionIndex >= 0)
        collect(e.positionIndex, PlanNeed::Current, current);
    if (m_settings.targetGaps && targetPositionIndex >= 0 && targetPositionIndex != e.positionIndex)
        collect(targetPositionIndex, PlanNeed::Target, target);
    order(current);
    order(target);
    current += target;
    return current;
}

int PlanGenerator::preference(const DevelopmentNeed& need, const TrainingProgramme& p) const
{
    const QStringList& forms = m_settings.preferredForms(need.type);
    const int i = int(forms.indexOf(p.form));
    return i < 0 ? int(forms.size()) : i;
}

QVector<int> PlanGenerator::candidates(const DevelopmentNeed& need) const
{
    struct Key
    {
        int index;
        bool reaches;
        int preference;
        int level;
    };
    QVector<Key> keys;
    for (int i : m_catalogue.developing(need.competencyId)) {
        const TrainingProgramme& p = m_catalogue.programmes()[i];
        const int level = p.targetLevelFor(need.competencyId);
        if (level <= need.actual)
            continue;
        keys.append({i, level >= need.required, preference(need, p), level});
    }
    const auto& programmes = m_catalogue.programmes();
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (a.reaches != b.reaches)
            return a.reaches;
        if (a.level != b.level)
            return a.reaches ? a.level < b.level : a.level > b.level;
        if (a.preference != b.preference)
            return a.preference < b.preference;
        const TrainingProgramme& pa = programmes[a.index];
        const TrainingProgramme& pb = programmes[b.index];
        if (pa.cost != pb.cost)
            return pa.cost < pb.cost;
        return pa.code < pb.code;
    });
    QVector<int> out;
    out.reserve(keys.size());
    for (const Key& k : keys)
        out.append(k.index);
    return out;
}

PlanDraft PlanGenerator::generate(int employeeIndex, int year, int targetPositionIndex) const
{
    PlanDraft draft;
    const AnalyticsEmployee& e = m_data.employees()[employeeIndex];
    draft.plan.employeeId = e.id;
    draft.plan.year = year;
    draft.plan.targetPositionId = targetPositionIndex >= 0 ? m_data.positions()[targetPositionIndex].id : 0;
    const auto& programmes = m_catalogue.programmes();
    QSet<int> used;
    double jp = 0.0;

    for (const DevelopmentNeed& need : needs(employeeIndex, targetPositionIndex, &draft.notAssessed)) {
        PlanItem item;
        item.priority = int(draft.plan.items.size()) + 1;
        item.need = need.need;
        item.competencyId = need.competencyId;
        item.requiredLevel = need.required;
        item.actualLevel = need.actual;
        const QVector<int> options = candidates(need);
        int chosen = -1;
        for (int i : options) {
            if (!used.contains(i)) {
                chosen = i;
                break;
            }
        }
        if (chosen >= 0) {
            const TrainingProgramme& p = programmes[chosen];
            used.insert(chosen);
            item.programmeId = p.id;
            item.jp = p.jp;
            item.budget = p.cost;
            jp += p.jp;
            if (p.targetLevelFor(need.competencyId) < need.required)
                item.note = QCoreApplication::translate("Development", "Reaches level %1 of %2 required")
                                .arg(p.targetLevelFor(need.competencyId))
                                .arg(need.required);
        } else if (!options.isEmpty()) {
            item.note = QCoreApplication::translate("Development", "Covered by %1, already in this plan")
                            .arg(programmes[options.first()].name);
        } else {
            item.note = QCoreApplication::translate("Development", "No programme in the catalogue develops this competency");
        }
        draft.plan.items.append(std::move(item));
    }

    // Fill up to the yearly JP minimum.
    if (jp < m_settings.jpMinimum) {
        QHash<qint64, int> standardLevel; // competency of the position -> the employee's level
        if (e.positionIndex >= 0) {
            const LevelSpan levels = m_data.levels(employeeIndex);
            for (const StandardLine& line : m_data.positions()[e.positionIndex].standard)
                standardLevel.insert(line.competencyId, levelOf(levels, line.competencyId));
        }
        QVector<std::pair<int, int>> pool; // (relevance, programme index)
        for (int i = 0; i < programmes.size(); ++i) {
            const TrainingProgramme& p = programmes[i];
            if (!p.active || used.contains(i))
                continue;
            int relevance = 0;
            for (const ProgrammeCompetency& c : p.competencies) {
                auto it = standardLevel.constFind(c.competencyId);
                if (it == standardLevel.cend())
                    continue;
                relevance = std::max(relevance, c.targetLevel > it.value() ? 2 : 1);
            }
            pool.append({relevance, i});
        }
        while (jp < m_settings.jpMinimum && !pool.isEmpty()) {
            const double rest = m_settings.jpMinimum - jp;
            int best = 0;
            const auto better = [&](const std::pair<int, int>& a, const std::pair<int, int>& b) {
                if (a.first != b.first)
                    return a.first > b.first;
                const TrainingProgramme& pa = programmes[a.second];
                const TrainingProgramme& pb = programmes[b.second];
                const bool ca = pa.jp >= rest, cb = pb.jp >= rest;
                if (ca != cb)
                    return ca;
                if (pa.jp != pb.jp)
                    return ca ? pa.jp < pb.jp : pa.jp > pb.jp;
                if (pa.cost != pb.cost)
                    return pa.cost < pb.cost;
                return pa.code < pb.code;
            };
            for (int k = 1; k < pool.size(); ++k)
                if (better(pool[k], pool[best]))
                    best = k;
            const TrainingProgramme& p = programmes[pool[best].second];
            PlanItem item;
            item.priority = int(draft.plan.items.size()) + 1;
            item.need = PlanNeed::MinimumJp;
            for (const ProgrammeCompetency& c : p.competencies) {
                if (standardLevel.contains(c.competencyId)) {
                    item.competencyId = c.competencyId;
                    item.actualLevel = standardLevel.value(c.competencyId);
                    break;
                }
            }
            item.programmeId = p.id;
            item.jp = p.jp;
            item.budget = p.cost;
            jp += p.jp;
            draft.plan.items.append(std::move(item));
            pool.removeAt(best);
        }
    }
    draft.reachesMinimum = jp >= m_settings.jpMinimum;
    return draft;
}

} // namespace karsa
