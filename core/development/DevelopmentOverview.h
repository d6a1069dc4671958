#pragma once

#include "DevelopmentPlan.h"
#include "DevelopmentSettings.h"
#include "JpCompliance.h"
#include "TrainingProgramme.h"
#include "storage/DevelopmentPlanRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QHash>

namespace karsa {

// Everything the development screens show for one year, read in one go (a worker thread can load it
// with its own connection): the catalogue, the plans, the realised training, the JP entries and the
// assessments waiting for validation, with the development settings.
struct DevelopmentOverview
{
    int year = 0;
    DevelopmentSettings settings;
    QVector<TrainingProgramme> programmes;
    QVector<PlanSummary> plans;
    QHash<qint64, PlanSummary> planByEmployee;
    QVector<TrainingRecord> records;
    QVector<JpEntry> entries;
    QVector<AssessmentProposal> proposals;

    static Result<DevelopmentOverview> load(QSqlDatabase db, int year);
};

} // namespace karsa
