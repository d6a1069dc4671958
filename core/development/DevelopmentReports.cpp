#include "DevelopmentReports.h"

#include "analytics/AnalyticsEngine.h"
#include "domain/Nip.h"
#include "reports/IndonesianFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace karsa {

namespace {
QString unitName(const AnalyticsData& data, int unitIndex)
{
    return unitIndex >= 0 ? data.units()[unitIndex].name : QString();
}

QString positionName(const AnalyticsData& data, int positionIndex)
{
    return positionIndex >= 0 ? data.positions()[positionIndex].name : QString();
}
} // namespace

QString DevelopmentReports::competencyName(const AnalyticsData& data, qint64 competencyId)
{
    const int i = data.competencyIndex(competencyId);
    return i < 0 ? QString() : data.competencies()[i].name;
}

ReportTable DevelopmentReports::planItemsTable(const AnalyticsData& data, const PlanCatalogue& catalogue,
                                               const DevelopmentPlan& plan)
{
    ReportTable table;
    table.title = QCoreApplication::translate("DevelopmentReport", "Development plan items");
    table.groupColumnTitle = QCoreApplication::translate("DevelopmentReport", "Competency");
    table.columns = {ReportColumn::integer(QStringLiteral("priority"), QCoreApplication::translate("DevelopmentReport", "No."), 4),
                     ReportColumn::text(QStringLiteral("need"), QCoreApplication::translate("DevelopmentReport", "Need"), 11),
                     ReportColumn::integer(QStringLiteral("level"), QCoreApplication::translate("DevelopmentReport", "Level now/required"), 6),
                     ReportColumn::text(QStringLiteral("programme"), QCoreApplication::translate("DevelopmentReport", "Programme"), 30),
                     ReportColumn::text(QStringLiteral("form"), QCoreApplication::translate("DevelopmentReport", "Form"), 12),
                     ReportColumn::text(QStringLiteral("provider"), QCoreApplication::translate("DevelopmentReport", "Provider"), 15),
                     ReportColumn::decimal(QStringLiteral("jp"), QCoreApplication::translate("DevelopmentReport", "JP"), 0, 6),
                     ReportColumn::integer(QStringLiteral("budget"), QCoreApplication::translate("DevelopmentReport", "Budget (Rp)"), 11),
                     ReportColumn::text(QStringLiteral("status"), QCoreApplication::translate("DevelopmentReport", "Status"), 14)};
    table.columns[2].type = ReportColumn::Type::Text;
    // Items grouped per competency, in the order of their first priority; JP-minimum items last.
    QVector<qint64> order;
    for (const PlanItem& i : plan.items)
        if (i.need != PlanNeed::MinimumJp && !order.contains(i.competencyId))
            order.append(i.competencyId);
    double jp = 0.0;
    qint64 budget = 0;
    const auto addItem = [&](const PlanItem& i) {
        const TrainingProgramme* p = catalogue.byId(i.programmeId);
        QString level;
        if (i.competencyId > 0 && i.need != PlanNeed::MinimumJp)
            level = QStringLiteral("%1/%2").arg(i.actualLevel).arg(i.requiredLevel);
        QString programme = p ? p->name : QCoreApplication::translate("DevelopmentReport", "(no programme)");
        if (!i.note.isEmpty())
            programme += QStringLiteral(" — ") + i.note;
        table.addRow({i.priority, planNeedLabel(i.need), level, programme, p ? TrainingForms::label(p->form) : QString(),
                      p ? p->provider : QString(), i.jp, i.budget, planItemStatusLabel(i.status)});
        if (i.status != PlanItemStatus::Cancelled) {
            jp += i.jp;
            budget += i.budget;
        }
    };
    for (qint64 c : order) {
        table.addGroup(competencyName(data, c));
        for (const PlanItem& i : plan.items)
            if (i.need != PlanNeed::MinimumJp && i.competencyId == c)
                addItem(i);
    }
    bool minimumGroup = false;
    for (const PlanItem& i : plan.items) {
        if (i.need != PlanNeed::MinimumJp)
            continue;
        if (!minimumGroup) {
            table.addGroup(QCoreApplication::translate("DevelopmentReport", "Towards the yearly JP minimum"));
            minimumGroup = true;
        }
        addItem(i);
    }
    table.totals = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), jp, budget, QVariant()};
    table.totalsLabel = QCoreApplication::translate("DevelopmentReport", "Total (without cancelled items)");
    return table;
}

ReportTable DevelopmentReports::gapTable(const AnalyticsData& data, const AnalyticsSettings& analytics, int employeeIndex,
                                         int targetPositionIndex)
{
    ReportTable table;
    table.title = QCoreApplication::translate("DevelopmentReport", "Competency gaps");
    table.groupColumnTitle = QCoreApplication::translate("DevelopmentReport", "Position");
    table.columns = {ReportColumn::text(QStringLiteral("competency"), QCoreApplication::translate("DevelopmentReport", "Competency"), 30),
                     ReportColumn::text(QStringLiteral("type"), QCoreApplication::translate("DevelopmentReport", "Type"), 14),
                     ReportColumn::integer(QStringLiteral("required"), QCoreApplication::translate("DevelopmentReport", "Required"), 8),
                     ReportColumn::integer(QStringLiteral("actual"), QCoreApplication::translate("DevelopmentReport", "Actual"), 8),
                     ReportColumn::integer(QStringLiteral("gap"), QCoreApplication::translate("DevelopmentReport", "Gap"), 8)};
    const auto add = [&](int positionIndex, const QString& caption) {
        table.addGroup(caption.arg(positionName(data, positionIndex)));
        for (const GapRow& g : gapAgainst(data, analytics, employeeIndex, positionIndex)) {
            const int ci = data.competencyIndex(g.competencyId);
            table.addRow({competencyName(data, g.competencyId),
                          ci >= 0 ? competencyTypeLabel(data.competencies()[ci].type) : QString(), g.required,
                          g.assessed ? QVariant(g.actual) : QVariant(), g.assessed ? QVariant(g.gap) : QVariant()});
        }
    };
    const int current = data.employees()[employeeIndex].positionIndex;
    if (current >= 0)
        add(current, QCoreApplication::translate("DevelopmentReport", "Current position: %1"));
    if (targetPositionIndex >= 0 && targetPositionIndex != current)
        add(targetPositionIndex, QCoreApplication::translate("DevelopmentReport", "Target position: %1"));
    table.notes << QCoreApplication::translate("DevelopmentReport", "Gap = actual - required level; an empty actual level means the competency is not assessed yet.");
    return table;
}

ReportDocument DevelopmentReports::individualPlan(const AnalyticsData& data, const AnalyticsSettings& analytics,
                                                  const PlanCatalogue& catalogue, const DevelopmentPlan& plan,
                                                  double realisedJp, double minimumJp, const Letterhead& letterhead,
                                                  const QDate& date)
{
    const int e = data.employeeIndex(plan.employeeId);
    const AnalyticsEmployee& emp = data.employees()[e];
    const int target = plan.targetPositionId > 0 ? data.positionIndex(plan.targetPositionId) : -1;
    ReportDocument doc;
    doc.title = QCoreApplication::translate("DevelopmentReport", "Individual Competency Development Plan");
    doc.subtitle = QCoreApplication::translate("DevelopmentReport", "Year %1").arg(plan.year);
    doc.letterhead = letterhead;
    doc.printLetterhead = !letterhead.isEmpty();
    QList<QPair<QString, QString>> identity{{QCoreApplication::translate("DevelopmentReport", "Name"), emp.name},
                                            {QCoreApplication::translate("DevelopmentReport", "NIP"), Nip::format(emp.nip)},
                                            {QCoreApplication::translate("DevelopmentReport", "Rank (golongan)"), emp.golongan},
                                            {QCoreApplication::translate("DevelopmentReport", "Position"), positionName(data, emp.positionIndex)},
                                            {QCoreApplication::translate("DevelopmentReport", "Unit"), unitName(data, emp.unitIndex)}};
    if (target >= 0)
        identity.append({QCoreApplication::translate("DevelopmentReport", "Target position"), positionName(data, target)});
    identity.append({QCoreApplication::translate("DevelopmentReport", "Plan status"), planStatusLabel(plan.status)});
    if (plan.status == PlanStatus::Approved)
        identity.append({QCoreApplication::translate("DevelopmentReport", "Approved by"), QCoreApplication::translate("DevelopmentReport", "%1 on %2").arg(plan.approvedBy, IndonesianFormat::date(plan.approvedAt.date()))});
    doc.addKeyValues(identity);
    ReportTable gaps = gapTable(data, analytics, e, target);
    gaps.title = QCoreApplication::translate("DevelopmentReport", "A. Competency gap analysis");
    doc.addTable(std::move(gaps));
    ReportTable items = planItemsTable(data, catalogue, plan);
    items.title = QCoreApplication::translate("DevelopmentReport", "B. Development plan per competency");
    doc.addTable(std::move(items));
    const double planned = plan.plannedJp();
    doc.addParagraph(QCoreApplication::translate("DevelopmentReport", "Planned: %1 JP against the minimum of %2 JP a year (1 JP = 45 minutes); realised in %3 so far: "
                       "%4 JP. Budget: Rp %5.")
                         .arg(IndonesianFormat::number(planned, planned == qint64(planned) ? 0 : 2),
                              IndonesianFormat::number(minimumJp, 0))
                         .arg(plan.year)
                         .arg(IndonesianFormat::number(realisedJp, realisedJp == qint64(realisedJp) ? 0 : 2),
                              IndonesianFormat::integer(plan.plannedBudget())));
    SignatureSection signature = SignatureSection::fromLetterhead(letterhead, date);
    Signer employee;
    employee.caption = QCoreApplication::translate("DevelopmentReport", "The employee,");
    employee.name = emp.name;
    employee.nip = emp.nip;
    signature.signers.prepend(employee);
    if (!signature.signers.isEmpty())
        signature.signers.last().caption = QCoreApplication::translate("DevelopmentReport", "Approved by,");
    doc.addSignature(signature);
    return doc;
}

ReportTable DevelopmentReports::unitRecapTable(const AnalyticsData& data, const QVector<EmployeeJp>& compliance,
                                               const QHash<qint64, PlanSummary>& plans, int year)
{
    ReportTable table;
    table.title = QCoreApplication::translate("DevelopmentReport", "Development recap %1").arg(year);
    table.groupColumnTitle = QCoreApplication::translate("DevelopmentReport", "Unit");
    table.columns = {ReportColumn::nip(QStringLiteral("nip"), QCoreApplication::translate("DevelopmentReport", "NIP")),
                     ReportColumn::text(QStringLiteral("name"), QCoreApplication::translate("DevelopmentReport", "Name"), 24),
                     ReportColumn::text(QStringLiteral("position"), QCoreApplication::translate("DevelopmentReport", "Position"), 24),
                     ReportColumn::text(QStringLiteral("plan"), QCoreApplication::translate("DevelopmentReport", "Plan"), 13),
                     ReportColumn::integer(QStringLiteral("items"), QCoreApplication::translate("DevelopmentReport", "Items"), 6),
                     ReportColumn::decimal(QStringLiteral("planned_jp"), QCoreApplication::translate("DevelopmentReport", "Planned JP"), 2, 8),
                     ReportColumn::integer(QStringLiteral("budget"), QCoreApplication::translate("DevelopmentReport", "Budget (Rp)"), 12),
                     ReportColumn::decimal(QStringLiteral("realised_jp"), QCoreApplication::translate("DevelopmentReport", "Realised JP"), 2, 8),
                     ReportColumn::text(QStringLiteral("jp_status"), QCoreApplication::translate("DevelopmentReport", "JP status"), 10)};
    QVector<EmployeeJp> rows = compliance;
    std::sort(rows.begin(), rows.end(), [&](const EmployeeJp& a, const EmployeeJp& b) {
        const AnalyticsEmployee& ea = data.employees()[a.employeeIndex];
        const AnalyticsEmployee& eb = data.employees()[b.employeeIndex];
        const QString ua = unitName(data, ea.unitIndex), ub = unitName(data, eb.unitIndex);
        return ua != ub ? ua < ub : ea.nip < eb.nip;
    });
    QString group;
    bool first = true;
    int items = 0;
    double planned = 0.0, realised = 0.0;
    qint64 budget = 0;
    for (const EmployeeJp& r : rows) {
        const AnalyticsEmployee& e = data.employees()[r.employeeIndex];
        const QString unit = unitName(data, e.unitIndex);
        if (first || unit != group) {
            table.addGroup(unit);
            group = unit;
            first = false;
        }
        const auto it = plans.constFind(e.id);
        const bool hasPlan = it != plans.cend();
        table.addRow({e.nip, e.name, positionName(data, e.positionIndex),
                      hasPlan ? planStatusLabel(it->status) : QCoreApplication::translate("DevelopmentReport", "None"), hasPlan ? QVariant(it->items) : QVariant(),
                      hasPlan ? QVariant(it->jp) : QVariant(), hasPlan ? QVariant(it->budget) : QVariant(), r.realised,
                      jpStatusLabel(r.status)});
        if (hasPlan) {
            items += it->items;
            planned += it->jp;
            budget += it->budget;
        }
        realised += r.realised;
    }
    const UnitJp sum = JpCompliance::summarise(compliance);
    table.totals = {QVariant(), QVariant(), QVariant(), QVariant(), items, planned, budget, realised,
                    QCoreApplication::translate("DevelopmentReport", "%1 of %2 met").arg(sum.met).arg(sum.employees)};
    table.totalsLabel = QCoreApplication::translate("DevelopmentReport", "Total");
    table.addRowNumbers(); // an official list of people: "No." first
    return table;
}

ReportDocument DevelopmentReports::unitRecap(const AnalyticsData& data, int unitIndex,
                                             const QVector<EmployeeJp>& compliance,
                                             const QHash<qint64, PlanSummary>& plans, int year,
                                             const Letterhead& letterhead, const QDate& date)
{
    ReportDocument doc;
    doc.title = QCoreApplication::translate("DevelopmentReport", "Competency Development Recap");
    doc.subtitle = QCoreApplication::translate("DevelopmentReport", "%1 · Year %2").arg(unitIndex >= 0 ? unitName(data, unitIndex) : QCoreApplication::translate("DevelopmentReport", "All units")).arg(year);
    doc.letterhead = letterhead;
    doc.printLetterhead = !letterhead.isEmpty();
    const UnitJp sum = JpCompliance::summarise(compliance, unitIndex);
    double minimum = 0.0;
    for (const EmployeeJp& r : compliance)
        minimum = std::max(minimum, r.minimum);
    doc.addKeyValues({{QCoreApplication::translate("DevelopmentReport", "Employees"), IndonesianFormat::integer(sum.employees)},
                      {QCoreApplication::translate("DevelopmentReport", "Minimum JP a year"), IndonesianFormat::number(minimum, 0)},
                      {QCoreApplication::translate("DevelopmentReport", "Met the JP minimum"), QCoreApplication::translate("DevelopmentReport", "%1 (%2)").arg(IndonesianFormat::integer(sum.met),
                                                                  IndonesianFormat::percent(sum.percentMet, 2))},
                      {QCoreApplication::translate("DevelopmentReport", "Behind"), IndonesianFormat::integer(sum.behind)},
                      {QCoreApplication::translate("DevelopmentReport", "No JP yet"), IndonesianFormat::integer(sum.none)},
                      {QCoreApplication::translate("DevelopmentReport", "Average realised JP"), IndonesianFormat::number(sum.averageJp, 2)}});
    doc.addTable(unitRecapTable(data, compliance, plans, year));
    doc.addSignature(SignatureSection::fromLetterhead(letterhead, date));
    return doc;
}

ReportTable DevelopmentReports::complianceTable(const AnalyticsData& data, const QVector<EmployeeJp>& rows, int year)
{
    ReportTable table;
    table.title = QCoreApplication::translate("DevelopmentReport", "JP compliance %1").arg(year);
    table.columns = {ReportColumn::nip(QStringLiteral("nip"), QCoreApplication::translate("DevelopmentReport", "NIP")),
                     ReportColumn::text(QStringLiteral("name"), QCoreApplication::translate("DevelopmentReport", "Name"), 24),
                     ReportColumn::text(QStringLiteral("unit"), QCoreApplication::translate("DevelopmentReport", "Unit"), 24),
                     ReportColumn::text(QStringLiteral("position"), QCoreApplication::translate("DevelopmentReport", "Position"), 24),
                     ReportColumn::decimal(QStringLiteral("realised_jp"), QCoreApplication::translate("DevelopmentReport", "Realised JP"), 2, 8),
                     ReportColumn::decimal(QStringLiteral("minimum_jp"), QCoreApplication::translate("DevelopmentReport", "Minimum JP"), 2, 8),
                     ReportColumn::decimal(QStringLiteral("shortfall_jp"), QCoreApplication::translate("DevelopmentReport", "Shortfall JP"), 2, 8),
                     ReportColumn::integer(QStringLiteral("trainings"), QCoreApplication::translate("DevelopmentReport", "Trainings"), 6),
                     ReportColumn::text(QStringLiteral("status"), QCoreApplication::translate("DevelopmentReport", "Status"), 10)};
    for (const EmployeeJp& r : rows) {
        const AnalyticsEmployee& e = data.employees()[r.employeeIndex];
        table.addRow({e.nip, e.name, unitName(data, e.unitIndex), positionName(data, e.positionIndex), r.realised,
                      r.minimum, roundTo2(r.shortfall()), r.trainings, jpStatusLabel(r.status)});
    }
    return table;
}

ReportTable DevelopmentReports::catalogueTable(const AnalyticsData& data, const QVector<TrainingProgramme>& programmes)
{
    ReportTable table;
    table.title = QCoreApplication::translate("DevelopmentReport", "Training catalogue");
    table.columns = {ReportColumn::text(QStringLiteral("code"), QCoreApplication::translate("DevelopmentReport", "Code"), 10),
                     ReportColumn::text(QStringLiteral("name"), QCoreApplication::translate("DevelopmentReport", "Programme"), 30),
                     ReportColumn::text(QStringLiteral("form"), QCoreApplication::translate("DevelopmentReport", "Form"), 16),
                     ReportColumn::text(QStringLiteral("group"), QCoreApplication::translate("DevelopmentReport", "Group"), 14),
                     ReportColumn::text(QStringLiteral("provider"), QCoreApplication::translate("DevelopmentReport", "Provider"), 18),
                     ReportColumn::text(QStringLiteral("mode"), QCoreApplication::translate("DevelopmentReport", "Mode"), 8),
                     ReportColumn::decimal(QStringLiteral("jp"), QCoreApplication::translate("DevelopmentReport", "JP"), 0, 6),
                     ReportColumn::integer(QStringLiteral("cost"), QCoreApplication::translate("DevelopmentReport", "Cost (Rp)"), 11),
                     ReportColumn::text(QStringLiteral("competencies"), QCoreApplication::translate("DevelopmentReport", "Develops (target level)"), 30),
                     ReportColumn::text(QStringLiteral("active"), QCoreApplication::translate("DevelopmentReport", "Active"), 6)};
    for (const TrainingProgramme& p : programmes) {
        QStringList develops;
        for (const ProgrammeCompetency& c : p.competencies)
            develops << QStringLiteral("%1 (%2)").arg(competencyName(data, c.competencyId)).arg(c.targetLevel);
        table.addRow({p.code, p.name, TrainingForms::label(p.form), TrainingForms::groupLabel(p.form), p.provider,
                      TrainingForms::modeLabel(p.mode), p.jp, p.cost, develops.join(QStringLiteral("; ")),
                      p.active ? QCoreApplication::translate("DevelopmentReport", "Yes") : QCoreApplication::translate("DevelopmentReport", "No")});
    }
    return table;
}

ReportTable DevelopmentReports::recordsTable(const AnalyticsData& data, const QVector<TrainingRecord>& records, int year)
{
    ReportTable table;
    table.title = QCoreApplication::translate("DevelopmentReport", "Realised training %1").arg(year);
    table.columns = {ReportColumn::nip(QStringLiteral("nip"), QCoreApplication::translate("DevelopmentReport", "NIP")),
                     ReportColumn::text(QStringLiteral("name"), QCoreApplication::translate("DevelopmentReport", "Name"), 22),
                     ReportColumn::text(QStringLiteral("title"), QCoreApplication::translate("DevelopmentReport", "Training"), 28),
                     ReportColumn::text(QStringLiteral("form"), QCoreApplication::translate("DevelopmentReport", "Form"), 14),
                     ReportColumn::date(QStringLiteral("start"), QCoreApplication::translate("DevelopmentReport", "Start")),
                     ReportColumn::date(QStringLiteral("end"), QCoreApplication::translate("DevelopmentReport", "End")),
                     ReportColumn::decimal(QStringLiteral("jp"), QCoreApplication::translate("DevelopmentReport", "JP"), 2, 6),
                     ReportColumn::text(QStringLiteral("certificate"), QCoreApplication::translate("DevelopmentReport", "Certificate no."), 14),
                     ReportColumn::text(QStringLiteral("result"), QCoreApplication::translate("DevelopmentReport", "Result"), 10),
                     ReportColumn::text(QStringLiteral("source"), QCoreApplication::translate("DevelopmentReport", "Source"), 8)};
    for (const TrainingRecord& r : records) {
        const int e = data.employeeIndex(r.employeeId);
        table.addRow({e >= 0 ? data.employees()[e].nip : QString(), e >= 0 ? data.employees()[e].name : QString(),
                      r.title, TrainingForms::label(r.form), r.startDate, r.endDate, r.jp, r.certificateNo,
                      trainingResultLabel(r.result), r.planItemId > 0 ? QCoreApplication::translate("DevelopmentReport", "Plan") : QCoreApplication::translate("DevelopmentReport", "Ad hoc")});
    }
    return table;
}

} // namespace karsa
