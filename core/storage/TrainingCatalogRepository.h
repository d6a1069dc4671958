#pragma once

#include "common/Result.h"
#include "development/TrainingProgramme.h"

#include <QSqlDatabase>
#include <QVector>

namespace karsa {

// The training catalogue: programmes and the competencies each develops.
class TrainingCatalogRepository
{
public:
    explicit TrainingCatalogRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Code, name, a known form and mode, JP > 0, cost >= 0, levels 1-5, no competency twice.
    static Status validate(const TrainingProgramme& programme);

    Result<QVector<TrainingProgramme>> all() const; // by code, with competencies
    Result<TrainingProgramme> byId(qint64 id) const;
    Result<qint64> idByCode(const QString& code) const; // 0 when unknown
    Result<qint64> insert(const TrainingProgramme& programme);
    // Optimistic: refused when rowVersion is not the stored one.
    Status update(const TrainingProgramme& programme);
    Status remove(qint64 id);

private:
    Status writeCompetencies(qint64 id, const QVector<ProgrammeCompetency>& competencies);
    QSqlDatabase m_db;
};

} // namespace karsa
