#pragma once

#include "DevelopmentPlan.h"
#include "DevelopmentSettings.h"
#include "TrainingProgramme.h"
#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsSettings.h"

#include <QHash>
#include <QVector>

namespace karsa {

// The active programmes of the catalogue, indexed by the competencies they develop.
class PlanCatalogue
{
public:
    PlanCatalogue() = default;
    explicit PlanCatalogue(QVector<TrainingProgramme> programmes);

    const QVector<TrainingProgramme>& programmes() const { return m_programmes; }
    const TrainingProgramme* byId(qint64 id) const;
    // Indexes of the active programmes that develop the competency (any level).
    const QVector<int>& developing(qint64 competencyId) const;

private:
    QVector<TrainingProgramme> m_programmes;
    QHash<qint64, int> m_byId;
    QHash<qint64, QVector<int>> m_byCompetency;
    QVector<int> m_none;
};

// One development need: a competency below the required level of the current or target position.
struct DevelopmentNeed
{
    qint64 competencyId = 0;
    CompetencyType type = CompetencyType::Manajerial;
    PlanNeed need = PlanNeed::Current;
    int required = 0;
    int actual = 0;
    double weight = 1.0;
    int shortfall() const { return required - actual; }
};

struct PlanDraft
{
    DevelopmentPlan plan;           // items by priority; ids 0
    QVector<qint64> notAssessed;    // standard competencies without a current assessment (need an assessment first)
    bool reachesMinimum = false;    // the planned JP reaches the minimum
};

// Builds a yearly development plan from an employee's gaps (domain.md 5.3, PP 11/2017 Pasal 206):
// 1. needs: each shortfall on the current position, largest first (ties: heavier standard line,
//    then competency id), then the target position's shortfalls not already needed, largest first;
// 2. each need gets the best unused catalogue programme that develops the competency above the
//    employee's level: one that reaches the required level before one that does not, then the
//    closest level (no over-training), then a form preferred for the competency type (a setting),
//    then lower cost, then code;
// 3. while the planned JP is below the minimum, unused programmes are added: first those that
//    develop a competency of the position above the employee's level, then those on a competency of
//    the position, then any; among equals the one closest to covering the rest, then cheaper.
// Pure: no database; one generator serves any number of employees (and threads).
class PlanGenerator
{
public:
    PlanGenerator(const AnalyticsData& data, const AnalyticsSettings& analytics, const DevelopmentSettings& settings,
                  const PlanCatalogue& catalogue);

    // The plan of an employee for a year; targetPositionIndex -1 = none.
    PlanDraft generate(int employeeIndex, int year, int targetPositionIndex = -1) const;

    // The needs in priority order (step 1).
    QVector<DevelopmentNeed> needs(int employeeIndex, int targetPositionIndex, QVector<qint64>* notAssessed = nullptr) const;
    // Programme indexes that can serve a need, best first (step 2's order), used or not.
    QVector<int> candidates(const DevelopmentNeed& need) const;

private:
    CompetencyType typeOf(qint64 competencyId) const;
    int preference(const DevelopmentNeed& need, const TrainingProgramme& p) const;

    const AnalyticsData& m_data;
    const AnalyticsSettings& m_analytics;
    const DevelopmentSettings& m_settings;
    const PlanCatalogue& m_catalogue;
};

} // namespace karsa
