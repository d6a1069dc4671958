#include "DevelopmentOverview.h"

#include "storage/SettingsRepository.h"
#include "storage/TrainingCatalogRepository.h"

namespace karsa {

Result<DevelopmentOverview> DevelopmentOverview::load(QSqlDatabase db, int year)
{
    DevelopmentOverview o;
    o.year = year;
    auto settings = DevelopmentSettings::load(SettingsRepository(db));
    if (!settings)
        return settings.error();
    o.settings = std::move(settings).value();
    auto programmes = TrainingCatalogRepository(db).all();
    if (!programmes)
        return programmes.error();
    o.programmes = std::move(programmes).value();
    auto plans = DevelopmentPlanRepository(db).summaries(year);
    if (!plans)
        return plans.error();
    o.plans = std::move(plans).value();
    for (const PlanSummary& p : std::as_const(o.plans))
        o.planByEmployee.insert(p.employeeId, p);
    TrainingRecordRepository records(db);
    auto list = records.forYear(year);
    if (!list)
        return list.error();
    o.records = std::move(list).value();
    o.entries.reserve(o.records.size());
    for (const TrainingRecord& r : std::as_const(o.records))
        o.entries.append({r.employeeId, r.startDate, r.endDate, r.jp});
    auto proposals = ProposalRepository(db).pending();
    if (!proposals)
        return proposals.error();
    o.proposals = std::move(proposals).value();
    return o;
}

} // namespace karsa
