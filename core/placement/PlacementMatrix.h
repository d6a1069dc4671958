#pragma once

#include "PlacementScenario.h"
#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsSettings.h"
#include "analytics/CandidateRanking.h"

#include <QSet>

#include <functional>
#include <vector>

namespace karsa {

// The candidates of a set of vacancies and the score of every candidate against every vacancy:
// the rows are the union of each vacancy's best-ranked candidates (the first poolSize of
// rankCandidates, found through a compact copy of the city and checked by scoreCandidates),
// the officer-added candidates and the locked employees; each cell is the candidate screened and
// scored against the vacancy's position by the ranking engine (hard-filter reasons kept).
class PlacementMatrix
{
public:
    static PlacementMatrix build(const AnalyticsData& data, const AnalyticsSettings& settings, const QDate& today,
                                 const QVector<Vacancy>& vacancies, int poolSize,
                                 const PlacementConstraints& constraints = {});

    int vacancyCount() const { return int(m_positionIndexes.size()); }
    int candidateCount() const { return int(m_candidates.size()); }
    int positionIndex(int vacancy) const { return m_positionIndexes[vacancy]; }
    int employeeIndex(int row) const { return m_candidates[row]; }
    int rowOf(int employeeIndex) const { return m_rowByEmployee.value(employeeIndex, -1); }
    const ScoredCandidate& cell(int row, int vacancy) const
    {
        return m_cells[size_t(row) * size_t(m_positionIndexes.size()) + size_t(vacancy)];
    }
    // Candidate rows of one vacancy: the ranked pool, best first, then the officer-added ones.
    const QVector<int>& pool(int vacancy) const { return m_pools[vacancy]; }
    bool isAdded(int row, int vacancy) const;

private:
    QVector<int> m_positionIndexes;
    QVector<int> m_candidates;
    QHash<int, int> m_rowByEmployee;
    std::vector<ScoredCandidate> m_cells;
    QVector<QVector<int>> m_pools;
    QSet<quint64> m_added; // row << 32 | vacancy
};

} // namespace karsa
