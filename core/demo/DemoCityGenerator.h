#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QDate>

namespace karsa {

struct DemoOptions
{
    int employees = 2000;
    quint64 seed = 20261129;
    QDate today = QDate::currentDate();
};

struct DemoSummary
{
    int units = 0, positions = 0, employees = 0, assessments = 0, ratings = 0, sanctions = 0, technicalCompetencies = 0;
    int trainingProgrammes = 0, trainingRecords = 0; // DemoTraining
};

// Builds a believable synthetic Kota Surabaya: the unit tree, technical competencies, positions
// with their SKJ, employees, assessment history, SKP ratings and disciplinary records. The same
// seed and `today` give byte-identical people, positions and assessments.
class DemoCityGenerator
{
public:
    // Fills an initialised, empty Karsa database (Database::open already seeded reference data) in ONE transaction.
    // Refuses (Error) if the database already has employees. Reports progress, honours progress.cancelled() (rollback, Error "cancelled").
    static Result<DemoSummary> generate(Database& database, const DemoOptions& options, Progress* progress = nullptr);
};

} // namespace karsa
