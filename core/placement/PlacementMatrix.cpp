#include "PlacementMatrix.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <limits>
#include <numeric>

namespace karsa {

bool PlacementMatrix::isAdded(int row, int vacancy) const
{
    return m_added.contains((quint64(quint32(row)) << 32) | quint32(vacancy));
}

namespace {

// The city in a compact form for picking each vacancy's best candidates quickly: per employee the
// hard-filter inputs and a dense row of competency levels. Used only to order and pre-screen; every
// candidate picked is screened and scored again by the ranking engine (scoreCandidates), and the
// order is the one rankCandidates uses, so the pools equal rankCandidates(limit = poolSize).
struct CompactCity
{
    int competencies = 0;
    std::vector<quint8> levels; // employees x competencies
    std::vector<int> position;  // per employee: position index
    std::vector<qint16> golongan, education;
    // Per employee: the place in rankCandidates' tie order (golongan desc, masa kerja desc, NIP).
    std::vector<int> tieRank;
    std::vector<int> jenjangOfPosition;
    QStringList jenjangs;

    explicit CompactCity(const AnalyticsData& data)
    {
        competencies = int(data.competencies().size());
        const auto& employees = data.employees();
        const size_t n = size_t(employees.size());
        position.resize(n);
        golongan.resize(n);
        education.resize(n);
        tieRank.resize(n);
        std::vector<int> order(n);
        for (size_t i = 0; i < n; ++i) {
            position[i] = employees[qsizetype(i)].positionIndex;
            golongan[i] = qint16(employees[qsizetype(i)].golonganRank);
            education[i] = qint16(employees[qsizetype(i)].educationRank);
            order[i] = int(i);
        }
        const auto tmt = [&employees](int i) {
            return employees[i].tmtCpnsDay > 0 ? employees[i].tmtCpnsDay : std::numeric_limits<qint64>::max();
        };
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (employees[a].golonganRank != employees[b].golonganRank)
                return employees[a].golonganRank > employees[b].golonganRank;
            if (tmt(a) != tmt(b))
                return tmt(a) < tmt(b);
            return employees[a].nip < employees[b].nip;
        });
        for (size_t k = 0; k < n; ++k)
            tieRank[size_t(order[k])] = int(k);
        levels.assign(n * size_t(std::max(1, competencies)), 0);
        for (int i = 0; i < employees.size(); ++i)
            for (const LevelEntry& l : data.levels(i))
                if (const int c = data.competencyIndex(l.competencyId); c >= 0)
                    levels[size_t(i) * size_t(competencies) + size_t(c)] = quint8(std::clamp(l.level, 0, 255));
        for (const AnalyticsPosition& p : data.positions()) {
            int j = int(jenjangs.indexOf(p.jenjang));
            if (j < 0) {
                j = int(jenjangs.size());
                jenjangs.append(p.jenjang);
            }
            jenjangOfPosition.push_back(j);
        }
    }
};

struct PoolKey
{
    int index;
    bool complete;
    double jpm;
    int tieRank;
};

// What decides a position's candidate order (everything but its incumbents): vacancies with the same
// signature share one ordered list.
QByteArray orderSignature(const AnalyticsPosition& p, const JpmOptions& options)
{
    QByteArray key = p.jenjang.toUtf8();
    key += '|' + QByteArray::number(p.minGolonganRank) + '|' + QByteArray::number(p.minEducationRank) + '|' +
           QByteArray::number(options.capAtStandard ? 1 : 0) + '|' + QByteArray::number(options.teknisWeight, 'g', 17) +
           '|' + QByteArray::number(options.missingLevel);
    for (const StandardLine& s : p.standard)
        key += '|' + QByteArray::number(s.competencyId) + ':' + QByteArray::number(s.required) + ':' +
               QByteArray::number(s.weight, 'g', 17) + ':' + QByteArray::number(s.teknis ? 1 : 0);
    return key;
}

// The employees who may pass the position's hard filters (necessary conditions only, incumbents
// included; incomplete ones left out when settings exclude them), in rankCandidates' order (complete
// first, score, JPM, golongan, masa kerja, NIP); valid when the score is the JPM (no kinerja blend).
std::vector<PoolKey> orderedKeys(const AnalyticsData& data, const CompactCity& city, const AnalyticsSettings& settings,
                                 int positionIndex)
{
    const AnalyticsPosition& p = data.positions()[positionIndex];
    const JpmOptions options = settings.jpmOptions(p.code, p.jenjang);
    // The JPM of computeJpm, through its own formula, from the dense levels.
    const StandardSpan standard(p.standard.constData(), size_t(p.standard.size()));
    const JpmFormula formula(standard, options);
    std::vector<int> lineCompetency;
    for (const StandardLine& s : p.standard)
        lineCompetency.push_back(data.competencyIndex(s.competencyId));
    std::vector<char> compatible(size_t(city.jenjangs.size()));
    const int target = city.jenjangOfPosition[size_t(positionIndex)];
    for (int j = 0; j < city.jenjangs.size(); ++j)
        compatible[size_t(j)] = isCompatibleJenjang(city.jenjangs[j], city.jenjangs[target]);

    const int count = int(city.position.size());
    std::vector<PoolKey> keys;
    keys.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int at = city.position[size_t(i)];
        if (at < 0 || (p.minGolonganRank > 0 && city.golongan[size_t(i)] < p.minGolonganRank) ||
            (p.minEducationRank > 0 && city.education[size_t(i)] < p.minEducationRank) ||
            !compatible[size_t(city.jenjangOfPosition[size_t(at)])])
            continue;
        const quint8* levels = city.levels.data() + size_t(i) * size_t(city.competencies);
        bool complete = !lineCompetency.empty();
        for (int c : lineCompetency)
            complete = complete && c >= 0 && levels[c] > 0;
        if (!complete && !lineCompetency.empty() && settings.excludeIncomplete)
            continue; // IncompleteAssessment: scoreCandidates would refuse it
        double raw = 0.0;
        for (size_t l = 0; l < lineCompetency.size(); ++l)
            raw += formula.points(l, lineCompetency[l] >= 0 ? levels[lineCompetency[l]] : 0, complete);
        keys.push_back({i, complete, JpmFormula::finish(raw, complete), city.tieRank[size_t(i)]});
    }
    std::sort(keys.begin(), keys.end(), [](const PoolKey& a, const PoolKey& b) {
        if (a.complete != b.complete)
            return a.complete;
        if (a.jpm != b.jpm)
            return a.jpm > b.jpm;
        return a.tieRank < b.tieRank;
    });
    return keys;
}

// The first `size` of the ordered keys that pass every hard filter of this position (screened by
// scoreCandidates, in batches), i.e. rankCandidates(limit = size).
QVector<int> poolFromKeys(const AnalyticsData& data, const CompactCity& city, const AnalyticsSettings& settings,
                          const QDate& today, const std::vector<PoolKey>& keys, int positionIndex, int size)
{
    QVector<int> pool;
    size_t next = 0;
    const int batch = std::max(4 * size, 16);
    while (next < keys.size() && pool.size() < size) {
        QVector<int> chunk;
        for (; next < keys.size() && chunk.size() < batch; ++next) {
            const int i = keys[next].index;
            if (!(settings.excludeIncumbents && city.position[size_t(i)] == positionIndex))
                chunk.append(i);
        }
        for (const ScoredCandidate& c : scoreCandidates(data, positionIndex, settings, today, chunk))
            if (c.reasons == 0 && pool.size() < size)
                pool.append(c.employeeIndex);
    }
    return pool;
}

} // namespace

PlacementMatrix PlacementMatrix::build(const AnalyticsData& data, const AnalyticsSettings& settings, const QDate& today,
                                       const QVector<Vacancy>& vacancies, int poolSize,
                                       const PlacementConstraints& constraints)
{
    PlacementMatrix m;
    const int nv = int(vacancies.size());
    for (const Vacancy& v : vacancies)
        m.m_positionIndexes.append(data.positionIndex(v.positionId));

    // The ranked pool of every vacancy; the rankings are independent, so they run in parallel.
    QVector<int> order(nv);
    std::iota(order.begin(), order.end(), 0);
    QVector<QVector<int>> ranked(nv);
    const bool blended = settings.performanceWeight > 0.0;
    const CompactCity city = blended ? CompactCity(AnalyticsData()) : CompactCity(data);
    // Vacancies whose positions order candidates alike share one ordered list.
    QHash<QByteArray, int> groupOf;
    QVector<int> groupPosition; // a representative position per group
    QVector<int> vacancyGroup(nv, -1);
    if (!blended) {
        for (int v = 0; v < nv; ++v) {
            const int p = m.m_positionIndexes[v];
            if (p < 0)
                continue;
            const AnalyticsPosition& pos = data.positions()[p];
            const QByteArray key = orderSignature(pos, settings.jpmOptions(pos.code, pos.jenjang));
            auto it = groupOf.constFind(key);
            if (it == groupOf.cend()) {
                it = groupOf.insert(key, int(groupPosition.size()));
                groupPosition.append(p);
            }
            vacancyGroup[v] = it.value();
        }
    }
    QVector<std::vector<PoolKey>> groupKeys(groupPosition.size());
    QVector<int> groups(groupPosition.size());
    std::iota(groups.begin(), groups.end(), 0);
    QtConcurrent::blockingMap(groups,
                              [&](int g) { groupKeys[g] = orderedKeys(data, city, settings, groupPosition[g]); });
    QtConcurrent::blockingMap(order, [&](int v) {
        const int p = m.m_positionIndexes[v];
        if (p < 0)
            return;
        if (!blended) {
            ranked[v] = poolFromKeys(data, city, settings, today, groupKeys[vacancyGroup[v]], p, poolSize);
            return;
        }
        for (const RankedCandidate& c : rankCandidates(data, p, settings, today, RankingOptions{poolSize}).ranked)
            ranked[v].append(c.employeeIndex);
    });
    const auto addRow = [&m](int employee) {
        auto it = m.m_rowByEmployee.constFind(employee);
        if (it != m.m_rowByEmployee.cend())
            return it.value();
        const int row = int(m.m_candidates.size());
        m.m_candidates.append(employee);
        m.m_rowByEmployee.insert(employee, row);
        return row;
    };
    m.m_pools.resize(nv);
    for (int v = 0; v < nv; ++v)
        for (int e : ranked[v])
            m.m_pools[v].append(addRow(e));
    QHash<qint64, QVector<int>> vacanciesOfPosition;
    for (int v = 0; v < nv; ++v)
        vacanciesOfPosition[vacancies[v].positionId].append(v);
    QVector<QPair<int, int>> addedCells;
    for (const PlacementPair& a : constraints.added) {
        const int e = data.employeeIndex(a.employeeId);
        if (e < 0)
            continue;
        const int row = addRow(e);
        for (int v : vacanciesOfPosition.value(a.positionId))
            addedCells.append({row, v});
    }
    for (const PlacementPair& l : constraints.locks)
        if (const int e = data.employeeIndex(l.employeeId); e >= 0)
            addRow(e);

    const int rows = int(m.m_candidates.size());
    m.m_cells.resize(size_t(rows) * size_t(nv));
    QtConcurrent::blockingMap(order, [&](int v) {
        const int p = m.m_positionIndexes[v];
        if (p < 0)
            return;
        const QVector<ScoredCandidate> scored = scoreCandidates(data, p, settings, today, m.m_candidates);
        for (int r = 0; r < rows; ++r)
            m.m_cells[size_t(r) * size_t(nv) + size_t(v)] = scored[r];
    });
    for (const auto& [row, v] : addedCells) {
        m.m_added.insert((quint64(quint32(row)) << 32) | quint32(v));
        if (!m.m_pools[v].contains(row))
            m.m_pools[v].append(row);
    }
    return m;
}

} // namespace karsa
