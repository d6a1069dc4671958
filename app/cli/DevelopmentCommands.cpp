// plan and jp: development plans from the gaps, and the yearly JP compliance.
#include "DevelopmentCommands.h"

#include "DevelopmentCliSupport.h"
#include "development/DevelopmentReports.h"
#include "development/DevelopmentService.h"
#include "development/JpCompliance.h"
#include "reports/CsvRenderer.h"
#include "storage/DevelopmentPlanRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kAll(QStringLiteral("all"), QStringLiteral("Every employee of the city."));
const QCommandLineOption kTarget(QStringLiteral("target"), QStringLiteral("Target position code (with --nip)."),
                                 QStringLiteral("CODE"));
const QCommandLineOption kReplace(QStringLiteral("replace"), QStringLiteral("Replace existing draft plans."));
const QCommandLineOption kDryRun(QStringLiteral("dry-run"), QStringLiteral("Generate without saving (timing)."));
const QCommandLineOption kItem(QStringLiteral("id"), QStringLiteral("A plan item id."), QStringLiteral("ID"));
const QCommandLineOption kStatus(QStringLiteral("status"),
                                 QStringLiteral("New item status: approved, in_progress, completed, cancelled."),
                                 QStringLiteral("STATUS"));
const QCommandLineOption kProgram(QStringLiteral("program"), QStringLiteral("A catalogue programme code."),
                                  QStringLiteral("CODE"));
const QCommandLineOption kBehind(QStringLiteral("behind"), QStringLiteral("Only the employees behind the minimum."));
const QCommandLineOption kUnits(QStringLiteral("units"),
                                QStringLiteral("Per sub-unit of the scope (as the dashboard chart) instead of per employee."));

QJsonObject itemJson(const DevelopmentSession& s, const PlanItem& i)
{
    const TrainingProgramme* p = s.catalogue.byId(i.programmeId);
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("priority"), i.priority},
                       {QStringLiteral("need"), planNeedCode(i.need)},
                       {QStringLiteral("competency"),
                        i.competencyId > 0 ? QJsonValue(competencyCode(s.analytics.data, i.competencyId)) : QJsonValue()},
                       {QStringLiteral("required"), i.requiredLevel},
                       {QStringLiteral("actual"), i.actualLevel},
                       {QStringLiteral("program"), p ? QJsonValue(p->code) : QJsonValue()},
                       {QStringLiteral("program_name"), p ? QJsonValue(p->name) : QJsonValue()},
                       {QStringLiteral("form"), p ? QJsonValue(p->form) : QJsonValue()},
                       {QStringLiteral("jp"), i.jp},
                       {QStringLiteral("budget"), i.budget},
                       {QStringLiteral("status"), planItemStatusCode(i.status)},
                       {QStringLiteral("note"), i.note}};
}

QJsonObject planJson(const DevelopmentSession& s, const DevelopmentPlan& plan)
{
    const int e = s.analytics.data.employeeIndex(plan.employeeId);
    QJsonArray items;
    for (const PlanItem& i : plan.items)
        items.append(itemJson(s, i));
    const int target = plan.targetPositionId ? s.analytics.data.positionIndex(plan.targetPositionId) : -1;
    return QJsonObject{{QStringLiteral("id"), plan.id},
                       {QStringLiteral("nip"), e >= 0 ? s.analytics.data.employees()[e].nip : QString()},
                       {QStringLiteral("name"), e >= 0 ? s.analytics.data.employees()[e].name : QString()},
                       {QStringLiteral("year"), plan.year},
                       {QStringLiteral("target_position"), target >= 0 ? QJsonValue(positionCode(s.analytics.data, target))
                                                                       : QJsonValue()},
                       {QStringLiteral("status"), planStatusCode(plan.status)},
                       {QStringLiteral("approved_by"), plan.approvedBy},
                       {QStringLiteral("planned_jp"), plan.plannedJp()},
                       {QStringLiteral("budget"), plan.plannedBudget()},
                       {QStringLiteral("items"), items}};
}

void printPlanText(QTextStream& out, const DevelopmentSession& s, const DevelopmentPlan& plan)
{
    const int e = s.analytics.data.employeeIndex(plan.employeeId);
    out << s.analytics.data.employees()[e].nip << " " << s.analytics.data.employees()[e].name << ": plan " << plan.year
        << " (" << planStatusCode(plan.status) << "), " << plan.plannedJp() << " JP, Rp " << plan.plannedBudget() << "\n";
    for (const PlanItem& i : plan.items) {
        const TrainingProgramme* p = s.catalogue.byId(i.programmeId);
        out << "  #" << i.id << " " << i.priority << ". " << planNeedCode(i.need).leftJustified(11) << " "
            << (i.competencyId ? competencyCode(s.analytics.data, i.competencyId) : QStringLiteral("-")).leftJustified(7)
            << " " << i.actualLevel << "->" << i.requiredLevel << "  " << (p ? p->code : QStringLiteral("(none)")).leftJustified(10)
            << " " << QString::number(i.jp).rightJustified(4) << " JP  " << planItemStatusCode(i.status);
        if (!i.note.isEmpty())
            out << "  (" << i.note << ")";
        out << "\n";
    }
}

// The employees the command is about: --nip, --unit or --all. Empty after printing an error.
std::optional<QVector<int>> scopeFrom(Context& c, const DevelopmentSession& s, const QCommandLineParser& p)
{
    const int given = int(p.isSet(nipOption())) + int(p.isSet(unitOption())) + int(p.isSet(kAll));
    if (given != 1) {
        c.fail(QStringLiteral("give exactly one of --nip NIP, --unit CODE or --all"), BadInput);
        return std::nullopt;
    }
    int employee = -1, unit = -1;
    if (!employeeFrom(c, s.analytics.data, p, &employee) || !unitFrom(c, s.analytics.data, p, &unit))
        return std::nullopt;
    if (employee >= 0)
        return QVector<int>{employee};
    return s.analytics.data.employeesInScope(unit);
}

int generate(Context& c, DevelopmentSession& s, const QCommandLineParser& p, int year)
{
    auto scope = scopeFrom(c, s, p);
    if (!scope)
        return BadInput;
    int target = -1;
    if (p.isSet(kTarget)) {
        if (!p.isSet(nipOption()))
            return c.fail(QStringLiteral("--target goes with --nip"), BadInput);
        target = s.analytics.data.positionIndexByCode(p.value(kTarget));
        if (target < 0)
            return c.fail(QStringLiteral("no position has the code '%1'").arg(p.value(kTarget)), BadInput);
    }
    const PlanGenerator generator(s.analytics.data, s.analytics.settings, s.settings, s.catalogue);
    QElapsedTimer timer;
    timer.start();
    if (p.isSet(kDryRun)) {
        int items = 0, reaching = 0;
        for (int e : *scope) {
            const PlanDraft d = generator.generate(e, year, target);
            items += int(d.plan.items.size());
            reaching += d.reachesMinimum ? 1 : 0;
        }
        const qint64 ms = timer.elapsed();
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("employees"), int(scope->size())},
                                              {QStringLiteral("items"), items},
                                              {QStringLiteral("reaching_minimum"), reaching},
                                              {QStringLiteral("generate_ms"), ms}}));
        return Ok;
    }
    QSqlDatabase db = s.analytics.db->db();
    Transaction tx(db);
    if (!tx.isActive())
        return c.fail(tx.beginError().describe());
    auto outcome = DevelopmentService::generatePlans(db, generator, s.analytics.data, *scope, year, target,
                                                     p.isSet(kReplace));
    if (!outcome)
        return c.fail(outcome.error().describe());
    if (Status st = tx.commit(); !st)
        return c.fail(st.error().describe());
    const qint64 ms = timer.elapsed();
    if (p.isSet(jsonOption())) {
        QJsonObject o{{QStringLiteral("year"), year},
                      {QStringLiteral("employees"), int(scope->size())},
                      {QStringLiteral("created"), outcome->created},
                      {QStringLiteral("replaced"), outcome->replaced},
                      {QStringLiteral("skipped_approved"), outcome->skippedApproved},
                      {QStringLiteral("skipped_drafts"), outcome->skippedDrafts},
                      {QStringLiteral("items"), outcome->items},
                      {QStringLiteral("reaching_minimum"), outcome->reachingMinimum},
                      {QStringLiteral("elapsed_ms"), ms}};
        if (scope->size() == 1 && !outcome->planIds.isEmpty())
            if (auto plan = DevelopmentPlanRepository(db).byId(outcome->planIds.first()))
                o.insert(QStringLiteral("plan"), planJson(s, plan.value()));
        c.printJson(QJsonDocument(o));
        return Ok;
    }
    c.out << "Plans " << year << ": " << outcome->created << " created (" << outcome->replaced << " drafts replaced), "
          << outcome->skippedApproved << " approved and " << outcome->skippedDrafts << " drafts left alone, "
          << outcome->items << " items, " << outcome->reachingMinimum << " reach " << s.settings.jpMinimum << " JP; "
          << ms << " ms.\n";
    if (scope->size() == 1 && !outcome->planIds.isEmpty())
        if (auto plan = DevelopmentPlanRepository(db).byId(outcome->planIds.first()))
            printPlanText(c.out, s, plan.value());
    c.out.flush();
    return Ok;
}

int show(Context& c, DevelopmentSession& s, const QCommandLineParser& p, int year)
{
    int employee = -1;
    if (!p.isSet(nipOption()))
        return c.fail(QStringLiteral("plan show needs --nip NIP"), BadInput);
    if (!employeeFrom(c, s.analytics.data, p, &employee))
        return BadInput;
    auto plan = DevelopmentPlanRepository(s.analytics.db->db()).find(s.analytics.data.employees()[employee].id, year);
    if (!plan)
        return c.fail(plan.error().describe());
    if (!plan->has_value())
        return c.fail(QStringLiteral("the employee has no plan for %1 (plan generate)").arg(year), BadInput);
    if (p.isSet(jsonOption()))
        c.printJson(QJsonDocument(planJson(s, *plan.value())));
    else
        printPlanText(c.out, s, *plan.value());
    c.out.flush();
    return Ok;
}

int approve(Context& c, DevelopmentSession& s, const QCommandLineParser& p, int year)
{
    auto scope = scopeFrom(c, s, p);
    if (!scope)
        return BadInput;
    const QString by = officerFrom(c, p);
    QSqlDatabase db = s.analytics.db->db();
    DevelopmentPlanRepository repo(db);
    auto summaries = repo.summaries(year);
    if (!summaries)
        return c.fail(summaries.error().describe());
    QHash<qint64, PlanSummary> byEmployee;
    for (const PlanSummary& ps : summaries.value())
        byEmployee.insert(ps.employeeId, ps);
    Transaction tx(db);
    int approved = 0, items = 0;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int e : *scope) {
        const auto it = byEmployee.constFind(s.analytics.data.employees()[e].id);
        if (it == byEmployee.cend() || it->status == PlanStatus::Approved)
            continue;
        // Read-modify-write of a fresh row: the version is read here, in the same transaction.
        auto version = sql::rowVersion(db, QStringLiteral("development_plans"), it->planId);
        if (!version)
            return c.fail(version.error().describe(), BadInput);
        auto changed = repo.approve(it->planId, version.value(), by, at);
        if (!changed)
            return c.fail(changed.error().describe(), BadInput);
        ++approved;
        items += int(changed->size());
    }
    if (Status st = tx.commit(); !st)
        return c.fail(st.error().describe());
    c.out << "Approved " << approved << " plans (" << items << " items) for " << year << " by " << by << Qt::endl;
    return Ok;
}

int itemStatus(Context& c, DevelopmentSession& s, const QCommandLineParser& p)
{
    if (!p.isSet(kItem) || !p.isSet(kStatus))
        return c.fail(QStringLiteral("plan item needs --id ID and --status STATUS"), BadInput);
    PlanItemStatus to;
    if (!planItemStatusFromCode(p.value(kStatus), &to))
        return c.fail(QStringLiteral("--status must be approved, in_progress, completed or cancelled"), BadInput);
    QSqlDatabase db = s.analytics.db->db();
    Transaction tx(db);
    DevelopmentPlanRepository repo(db);
    // Read-modify-write of a fresh row: the item (and its version) is read here, in the same transaction.
    auto item = repo.item(p.value(kItem).toLongLong());
    if (!item)
        return c.fail(item.error().describe(), BadInput);
    if (Status st = repo.setItemStatus(item->id, item->rowVersion, to); !st)
        return c.fail(st.error().describe(), BadInput);
    if (Status st = tx.commit(); !st)
        return c.fail(st.error().describe());
    c.out << "Item " << p.value(kItem) << " is now " << planItemStatusCode(to) << Qt::endl;
    return Ok;
}

int swap(Context& c, DevelopmentSession& s, const QCommandLineParser& p)
{
    if (!p.isSet(kItem) || !p.isSet(kProgram))
        return c.fail(QStringLiteral("plan swap needs --id ID and --program CODE"), BadInput);
    qint64 programme = 0;
    for (const TrainingProgramme& tp : s.catalogue.programmes())
        if (tp.code == p.value(kProgram))
            programme = tp.id;
    if (programme == 0)
        return c.fail(QStringLiteral("no programme has the code '%1'").arg(p.value(kProgram)), BadInput);
    QSqlDatabase db = s.analytics.db->db();
    Transaction tx(db);
    // Read-modify-write of a fresh row: the item (and its version) is read here, in the same transaction.
    auto item = DevelopmentPlanRepository(db).item(p.value(kItem).toLongLong());
    if (!item)
        return c.fail(item.error().describe(), BadInput);
    if (Status st = DevelopmentService::swapProgramme(db, item->id, item->rowVersion, programme); !st)
        return c.fail(st.error().describe(), BadInput);
    if (Status st = tx.commit(); !st)
        return c.fail(st.error().describe());
    c.out << "Item " << p.value(kItem) << " now follows " << p.value(kProgram) << Qt::endl;
    return Ok;
}

int exportPlans(Context& c, DevelopmentSession& s, const QCommandLineParser& p, int year)
{
    if (!p.isSet(outOption()))
        return c.fail(QStringLiteral("plan export needs --out FILE (.pdf, .xlsx or .csv)"), BadInput);
    auto scope = scopeFrom(c, s, p);
    if (!scope)
        return BadInput;
    QSqlDatabase db = s.analytics.db->db();
    auto entries = TrainingRecordRepository(db).jpEntries(year);
    if (!entries)
        return c.fail(entries.error().describe());
    const QVector<EmployeeJp> jp = JpCompliance::forEmployees(s.analytics.data, *scope, entries.value(), year, s.settings);
    const Letterhead letterhead = letterheadOf(*s.analytics.db);
    if (p.isSet(nipOption())) {
        auto plan = DevelopmentPlanRepository(db).find(s.analytics.data.employees()[scope->first()].id, year);
        if (!plan)
            return c.fail(plan.error().describe());
        if (!plan->has_value())
            return c.fail(QStringLiteral("the employee has no plan for %1 (plan generate)").arg(year), BadInput);
        return writeDocument(c,
                             DevelopmentReports::individualPlan(s.analytics.data, s.analytics.settings, s.catalogue, *plan.value(),
                                                                jp.first().realised, s.settings.jpMinimum, letterhead,
                                                                s.analytics.today),
                             p.value(outOption()));
    }
    auto summaries = DevelopmentPlanRepository(db).summaries(year);
    if (!summaries)
        return c.fail(summaries.error().describe());
    QHash<qint64, PlanSummary> plans;
    for (const PlanSummary& ps : summaries.value())
        plans.insert(ps.employeeId, ps);
    int unit = -1;
    unitFrom(c, s.analytics.data, p, &unit);
    return writeDocument(c, DevelopmentReports::unitRecap(s.analytics.data, unit, jp, plans, year, letterhead, s.analytics.today),
                         p.value(outOption()));
}
} // namespace

void PlanCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("generate, show, approve, item, swap or export"));
    p.addOptions({yearOption(), nipOption(), unitOption(), kAll, kTarget, kReplace, kDryRun, kItem, kStatus, kProgram,
                  byOption(), outOption(), todayOption(), jsonOption()});
}

int PlanCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return c.fail(QStringLiteral("plan needs one action: generate, show, approve, item, swap or export"), BadInput);
    const QString action = args.first();
    if (!QStringList{QStringLiteral("generate"), QStringLiteral("show"), QStringLiteral("approve"), QStringLiteral("item"),
                     QStringLiteral("swap"), QStringLiteral("export")}
             .contains(action))
        return c.fail(QStringLiteral("unknown plan action '%1'").arg(action), BadInput);
    int code = Ok;
    auto s = openDevelopment(c, p, &code);
    if (!s)
        return code;
    const int year = yearFrom(c, p, s->analytics.today);
    if (year == 0)
        return BadInput;
    if (action == u"generate")
        return generate(c, *s, p, year);
    if (action == u"show")
        return show(c, *s, p, year);
    if (action == u"approve")
        return approve(c, *s, p, year);
    if (action == u"item")
        return itemStatus(c, *s, p);
    if (action == u"swap")
        return swap(c, *s, p);
    return exportPlans(c, *s, p, year);
}

void JpCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({yearOption(), unitOption(), kBehind, kUnits, todayOption(), jsonOption(), csvOption(), outOption()});
}

int JpCommand::run(Context& c, const QCommandLineParser& p)
{
    int code = Ok;
    auto s = openDevelopment(c, p, &code);
    if (!s)
        return code;
    const int year = yearFrom(c, p, s->analytics.today);
    if (year == 0)
        return BadInput;
    int unit = -1;
    if (!unitFrom(c, s->analytics.data, p, &unit))
        return BadInput;
    auto entries = TrainingRecordRepository(s->analytics.db->db()).jpEntries(year);
    if (!entries)
        return c.fail(entries.error().describe());
    const AnalyticsData& data = s->analytics.data;
    QVector<EmployeeJp> rows = JpCompliance::forEmployees(data, data.employeesInScope(unit), entries.value(), year, s->settings);
    const UnitJp sum = JpCompliance::summarise(rows, unit);
    if (p.isSet(kUnits)) {
        const QVector<UnitJp> units = JpCompliance::byUnit(data, rows, unit);
        if (p.isSet(csvOption())) {
            writeCsvRow(c.out, {QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("employees"), QStringLiteral("met"),
                                QStringLiteral("behind"), QStringLiteral("none"), QStringLiteral("average_jp"),
                                QStringLiteral("percent_met")});
            for (const UnitJp& u : units)
                writeCsvRow(c.out, {unitCode(data, u.unitIndex), data.units()[u.unitIndex].name, QString::number(u.employees),
                                    QString::number(u.met), QString::number(u.behind), QString::number(u.none),
                                    fixed2(u.averageJp), fixed2(u.percentMet)});
            c.out.flush();
            return Ok;
        }
        QJsonArray list;
        for (const UnitJp& u : units)
            list.append(QJsonObject{{QStringLiteral("unit"), unitCode(data, u.unitIndex)},
                                    {QStringLiteral("name"), data.units()[u.unitIndex].name},
                                    {QStringLiteral("employees"), u.employees},
                                    {QStringLiteral("met"), u.met},
                                    {QStringLiteral("behind"), u.behind},
                                    {QStringLiteral("none"), u.none},
                                    {QStringLiteral("average_jp"), u.averageJp},
                                    {QStringLiteral("percent_met"), u.percentMet}});
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("year"), year},
                                              {QStringLiteral("minimum_jp"), s->settings.jpMinimum},
                                              {QStringLiteral("units"), list}}));
        return Ok;
    }
    if (p.isSet(kBehind))
        rows = JpCompliance::behind(data, rows);
    const ReportTable table = DevelopmentReports::complianceTable(data, rows, year);
    if (p.isSet(outOption())) {
        ReportDocument doc = ReportDocument::fromTable(table, letterheadOf(*s->analytics.db));
        doc.subtitle = unit >= 0 ? data.units()[unit].name : QStringLiteral("All units");
        return writeDocument(c, doc, p.value(outOption()));
    }
    if (p.isSet(csvOption())) {
        writeCsvRow(c.out, {QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("position"),
                            QStringLiteral("realised_jp"), QStringLiteral("minimum_jp"), QStringLiteral("shortfall_jp"),
                            QStringLiteral("trainings"), QStringLiteral("status")});
        for (const EmployeeJp& r : rows) {
            const AnalyticsEmployee& e = data.employees()[r.employeeIndex];
            writeCsvRow(c.out, {e.nip, e.name, unitCode(data, e.unitIndex), positionCode(data, e.positionIndex),
                                fixed2(r.realised), fixed2(r.minimum), fixed2(r.shortfall()), QString::number(r.trainings),
                                jpStatusCode(r.status)});
        }
        c.out.flush();
        return Ok;
    }
    if (p.isSet(jsonOption())) {
        QJsonArray list;
        for (const EmployeeJp& r : rows) {
            const AnalyticsEmployee& e = data.employees()[r.employeeIndex];
            list.append(QJsonObject{{QStringLiteral("nip"), e.nip},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("unit"), unitCode(data, e.unitIndex)},
                                    {QStringLiteral("position"), positionCode(data, e.positionIndex)},
                                    {QStringLiteral("realised_jp"), r.realised},
                                    {QStringLiteral("minimum_jp"), r.minimum},
                                    {QStringLiteral("shortfall_jp"), roundTo2(r.shortfall())},
                                    {QStringLiteral("trainings"), r.trainings},
                                    {QStringLiteral("status"), jpStatusCode(r.status)}});
        }
        c.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("year"), year},
            {QStringLiteral("minimum_jp"), s->settings.jpMinimum},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("employees"), sum.employees},
                                                    {QStringLiteral("met"), sum.met},
                                                    {QStringLiteral("behind"), sum.behind},
                                                    {QStringLiteral("none"), sum.none},
                                                    {QStringLiteral("average_jp"), sum.averageJp},
                                                    {QStringLiteral("percent_met"), sum.percentMet}}},
            {QStringLiteral("employees"), list}}));
        return Ok;
    }
    c.out << "JP " << year << " (minimum " << s->settings.jpMinimum << "): " << sum.employees << " employees, " << sum.met
          << " met (" << fixed2(sum.percentMet) << " %), " << sum.behind << " behind, " << sum.none
          << " without JP; average " << fixed2(sum.averageJp) << " JP.\n(--json or --csv lists every employee)" << Qt::endl;
    return Ok;
}

} // namespace karsa::cli
