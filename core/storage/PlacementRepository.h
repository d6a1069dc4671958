#pragma once

#include "common/Result.h"
#include "placement/PlacementScenario.h"

#include <QHash>
#include <QSqlDatabase>

namespace karsa {

// A saved scenario in the list (without its vacancies, constraints and seats).
struct PlacementScenarioSummary
{
    qint64 id = 0;
    QString name;
    QDate referenceDate;
    int seats = 0;
    int filled = 0;
    double totalScore = 0.0;
    double meanJpm = 0.0;
    QDateTime updatedAt;
};

// Placement scenarios (migration 0004) and the formation figures placement reads. Callers wrap
// writes in a Transaction (the GUI through DbCommand).
class PlacementRepository
{
public:
    explicit PlacementRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // positions.formation by position id.
    Result<QHash<qint64, int>> formations() const;

    // Inserts a scenario with everything it holds; a name in use is an Error on field "name".
    Result<qint64> insert(const PlacementScenario& scenario);
    // Replaces the stored scenario's definition and result (optimistic: rowVersion must match).
    Status update(const PlacementScenario& scenario);
    Status remove(qint64 id);
    Result<PlacementScenario> load(qint64 id) const;
    Result<PlacementScenario> byName(const QString& name) const;
    Result<QVector<PlacementScenarioSummary>> list() const;

private:
    Status writeChildren(qint64 id, const PlacementScenario& scenario);
    QSqlDatabase m_db;
};

} // namespace karsa
