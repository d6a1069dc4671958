#include "PlacementMatrix.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace karsa {

bool PlacementMatrix::isAdded(int row, int vacancy) const
{
    return m_added.contains((quint64(quint32(row)) << 32) | quint32(vacancy));
}

PlacementMatrix PlacementMatrix::build(const AnalyticsData& data, const AnalyticsSettings& settings,
                                       const QDate& today, const QVector<Vacancy>& vacancies, int poolSize,
                                       const PlacementConstraints& constraints)
{
    PlacementMatrix m;
    const int nv = int(vacancies.size());
    for (const Vacancy& v : vacancies)
        m.m_positionIndexes.append(data.positionIndex(v.positionId));

    // The ranked pool of every vacancy; the rankings are independent, so they run in parallel.
    QVector<int> order(nv);
    std::iota(order.begin(), order.end(), 0);
    QVector<RankingResult> rankings(nv);
    QtConcurrent::blockingMap(order, [&](int v) {
        const int p = m.m_positionIndexes[v];
        if (p >= 0)
            rankings[v] = rankCandidates(data, p, settings, today, RankingOptions{poolSize});
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
    m.m_eligible.resize(nv);
    for (int v = 0; v < nv; ++v) {
        m.m_eligible[v] = rankings[v].candidates;
        for (const RankedCandidate& c : rankings[v].ranked)
            m.m_pools[v].append(addRow(c.employeeIndex));
    }
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
