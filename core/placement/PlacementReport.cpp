#include "PlacementReport.h"

#include "analytics/AnalyticsEngine.h"
#include "reports/IndonesianFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace karsa {

namespace {

QString positionName(const AnalyticsData& data, qint64 positionId)
{
    const int p = data.positionIndex(positionId);
    return p >= 0 ? data.positions()[p].name : QString();
}

// The unit's name with its perangkat daerah (the top of its branch), since names such as
// "Sekretariat" repeat in every OPD.
QString unitName(const AnalyticsData& data, qint64 unitId)
{
    const int u = data.unitIndex(unitId);
    if (u < 0)
        return {};
    int top = u;
    while (data.units()[top].parentIndex >= 0)
        top = data.units()[top].parentIndex;
    return top == u ? data.units()[u].name
                    : QStringLiteral("%1 — %2").arg(data.units()[u].name, data.units()[top].name);
}

QString keyGaps(const AnalyticsData& data, const AnalyticsSettings& settings, int employee, int position)
{
    QVector<GapRow> gaps = gapAgainst(data, settings, employee, position);
    gaps.erase(std::remove_if(gaps.begin(), gaps.end(), [](const GapRow& g) { return g.shortfall <= 0; }), gaps.end());
    std::stable_sort(gaps.begin(), gaps.end(), [](const GapRow& a, const GapRow& b) {
        return a.shortfall != b.shortfall ? a.shortfall > b.shortfall : a.competencyId < b.competencyId;
    });
    QStringList parts;
    for (int i = 0; i < gaps.size() && i < 3; ++i) {
        const int c = data.competencyIndex(gaps[i].competencyId);
        const QString code = c >= 0 ? data.competencies()[c].code : QString::number(gaps[i].competencyId);
        parts << (gaps[i].assessed ? QStringLiteral("%1 (%2)").arg(code).arg(gaps[i].gap)
                                   : QStringLiteral("%1 (%2)").arg(
                                         code, QCoreApplication::translate("PlacementReport", "not assessed")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

ReportTable PlacementReport::seatTable(const AnalyticsData& data, const AnalyticsSettings& settings,
                                       const PlacementScenario& scenario, const PlacementMatrix& matrix, int runnerUps)
{
    ReportTable t;
    t.title = QCoreApplication::translate("PlacementReport", "Placement proposal");
    t.columns = {
        ReportColumn::integer(QStringLiteral("no"), QCoreApplication::translate("PlacementReport", "No."), 4),
        ReportColumn::text(QStringLiteral("position"), QCoreApplication::translate("PlacementReport", "New position"),
                           18),
        ReportColumn::text(QStringLiteral("unit"), QCoreApplication::translate("PlacementReport", "Unit"), 18),
        ReportColumn::nip(QStringLiteral("nip"), QCoreApplication::translate("PlacementReport", "NIP"), 19),
        ReportColumn::text(QStringLiteral("name"), QCoreApplication::translate("PlacementReport", "Name"), 18),
        ReportColumn::text(QStringLiteral("current_position"),
                           QCoreApplication::translate("PlacementReport", "Current position"), 16),
        ReportColumn::percent(QStringLiteral("jpm"), QCoreApplication::translate("PlacementReport", "JPM"), 2, 8),
        ReportColumn::text(QStringLiteral("category"), QCoreApplication::translate("PlacementReport", "Category"), 13),
        ReportColumn::decimal(QStringLiteral("score"), QCoreApplication::translate("PlacementReport", "Score"), 2, 7),
        ReportColumn::text(QStringLiteral("gaps"), QCoreApplication::translate("PlacementReport", "Key gaps"), 16),
        ReportColumn::text(QStringLiteral("runner_ups"),
                           QCoreApplication::translate("PlacementReport", "Runner-up candidates"), 28),
        ReportColumn::text(QStringLiteral("remarks"), QCoreApplication::translate("PlacementReport", "Remarks"), 8)};
    const CategoryScale* scale = settings.scale(settings.defaultScale);
    QHash<qint64, int> vacancyOf;
    for (int v = 0; v < scenario.vacancies.size(); ++v)
        vacancyOf.insert(scenario.vacancies[v].positionId, v);
    QHash<qint64, qint64> seatOfEmployee; // employee id -> position id in this scenario
    for (const PlacementSeat& s : scenario.seats)
        if (s.filled())
            seatOfEmployee.insert(s.employeeId, s.positionId);
    const QVector<EmptySeatExplanation> empty = explainEmptySeats(data, matrix, scenario);
    int no = 0;
    for (const PlacementSeat& s : scenario.seats) {
        const EmptySeatExplanation& why = empty[no];
        const int p = data.positionIndex(s.positionId);
        const int e = s.filled() ? data.employeeIndex(s.employeeId) : -1;
        const int v = vacancyOf.value(s.positionId, -1);
        QStringList runners;
        if (v >= 0 && v < matrix.vacancyCount()) {
            for (int r : matrix.pool(v)) {
                if (runners.size() >= runnerUps)
                    break;
                const int re = matrix.employeeIndex(r);
                const AnalyticsEmployee& emp = data.employees()[re];
                if (emp.id == s.employeeId || seatOfEmployee.value(emp.id) == s.positionId)
                    continue;
                runners << QStringLiteral("%1 (%2)").arg(emp.name,
                                                         IndonesianFormat::number(matrix.cell(r, v).score, 2));
            }
        }
        QStringList remarks;
        if (s.locked)
            remarks << QCoreApplication::translate("PlacementReport", "locked");
        if (s.added)
            remarks << QCoreApplication::translate("PlacementReport", "added by officer");
        if (s.filled() && !s.complete)
            remarks << QCoreApplication::translate("PlacementReport", "assessment incomplete");
        if (!s.filled())
            remarks << QCoreApplication::translate("PlacementReport", "left empty: %1").arg(why.text());
        QString category;
        if (e >= 0 && p >= 0) {
            const JpmResult jpm = jpmAgainst(data, settings, e, p, scale);
            category = !jpm.complete() ? QCoreApplication::translate("PlacementReport", "incomplete")
                       : scale         ? scale->labelFor(jpm.jpm)
                                       : QString();
        }
        const AnalyticsEmployee* emp = e >= 0 ? &data.employees()[e] : nullptr;
        t.addRow({++no, p >= 0 ? data.positions()[p].name : QString(), unitName(data, s.toUnitId),
                  emp ? QVariant(emp->nip) : QVariant(), emp ? QVariant(emp->name) : QVariant(),
                  emp ? QVariant(positionName(data, emp->positionId)) : QVariant(), emp ? QVariant(s.jpm) : QVariant(),
                  emp ? QVariant(category) : QVariant(), emp ? QVariant(s.score) : QVariant(),
                  emp && p >= 0 ? QVariant(keyGaps(data, settings, e, p)) : QVariant(),
                  runners.join(QStringLiteral("; ")), remarks.join(QStringLiteral(", "))});
    }
    return t;
}

QString PlacementReport::scenarioLabel(const PlacementScenario& scenario)
{
    if (scenario.id > 0 && !scenario.name.isEmpty())
        return scenario.name;
    return QCoreApplication::translate("PlacementReport", "Unsaved result");
}

QStringList PlacementReport::emptySeatSummary(const QVector<EmptySeatExplanation>& explanations)
{
    QMap<QString, int> byText; // in the order of the reason's sentence, stable for reports
    QStringList order;
    for (const EmptySeatExplanation& x : explanations) {
        if (x.reason == EmptySeatReason::Filled)
            continue;
        const QString text = x.text();
        if (!byText.contains(text))
            order << text;
        ++byText[text];
    }
    QStringList lines;
    for (const QString& text : order)
        lines << QCoreApplication::translate("PlacementReport", "Seats left empty (%n): %1", nullptr, byText.value(text))
                     .arg(text);
    return lines;
}

QList<QPair<QString, QString>> PlacementReport::recap(const AnalyticsData& data, const AnalyticsSettings& settings,
                                                      const PlacementScenario& scenario, const PlacementMatrix& matrix)
{
    const PlacementFigures f = scenario.figures();
    const PlacementConstraints& k = scenario.constraints;
    QList<QPair<QString, QString>> rows = {
            {QCoreApplication::translate("PlacementReport", "Scenario"), scenarioLabel(scenario)},
            {QCoreApplication::translate("PlacementReport", "Reference date"),
             IndonesianFormat::date(scenario.referenceDate)},
            {QCoreApplication::translate("PlacementReport", "Retirement horizon"),
             QCoreApplication::translate("PlacementReport", "%1 months").arg(scenario.horizonMonths)},
            {QCoreApplication::translate("PlacementReport", "Vacancies (positions)"),
             IndonesianFormat::integer(scenario.vacancies.size())},
            {QCoreApplication::translate("PlacementReport", "Seats"), IndonesianFormat::integer(f.seatCount)},
            {QCoreApplication::translate("PlacementReport", "Seats filled"), IndonesianFormat::integer(f.filled)},
            {QCoreApplication::translate("PlacementReport", "Seats left empty"),
             IndonesianFormat::integer(f.seatCount - f.filled)},
            {QCoreApplication::translate("PlacementReport", "Total score"), IndonesianFormat::number(f.totalScore, 2)},
            {QCoreApplication::translate("PlacementReport", "Mean score"), IndonesianFormat::number(f.meanScore, 2)},
            {QCoreApplication::translate("PlacementReport", "Mean JPM"), IndonesianFormat::percent(f.meanJpm, 2)},
            {QCoreApplication::translate("PlacementReport", "Minimum score"), IndonesianFormat::number(k.minScore, 2)},
            {QCoreApplication::translate("PlacementReport", "Constraints"),
             QCoreApplication::translate(
                 "PlacementReport", "%1 locks, %2 exclusions, %3 kept in place, %4 added candidates, %5 unit limits")
                 .arg(k.locks.size())
                 .arg(k.exclusions.size())
                 .arg(k.keepInPlace.size())
                 .arg(k.added.size())
                 .arg(k.unitMoveLimits.size())},
            {QCoreApplication::translate("PlacementReport", "Missing assessments"),
             settings.excludeIncomplete
                 ? QCoreApplication::translate("PlacementReport",
                                               "candidates not assessed on every required competency are excluded")
                 : QCoreApplication::translate("PlacementReport",
                                               "a required competency not assessed counts at level %1 (a shortfall); "
                                               "such candidates are marked incomplete and ranked after complete ones")
                       .arg(settings.missingLevel)}};
    const QStringList empty = emptySeatSummary(explainEmptySeats(data, matrix, scenario));
    if (!empty.isEmpty())
        rows.append({QCoreApplication::translate("PlacementReport", "Empty seats"), empty.join(u'\n')});
    return rows;
}

ReportTable PlacementReport::unitMovesTable(const AnalyticsData& data, const PlacementScenario& scenario)
{
    ReportTable t;
    t.title = QCoreApplication::translate("PlacementReport", "Moves per unit");
    t.columns = {
        ReportColumn::text(QStringLiteral("unit"), QCoreApplication::translate("PlacementReport", "Unit"), 40),
        ReportColumn::integer(QStringLiteral("out"), QCoreApplication::translate("PlacementReport", "Leaving"), 10),
        ReportColumn::integer(QStringLiteral("in"), QCoreApplication::translate("PlacementReport", "Arriving"), 10),
        ReportColumn::integer(QStringLiteral("limit"), QCoreApplication::translate("PlacementReport", "Move limit"),
                              10)};
    QMap<qint64, std::tuple<int, int, QVariant>> byUnit;
    for (const PlacementSeat& s : scenario.seats) {
        if (!s.leavesUnit())
            continue;
        ++std::get<0>(byUnit[s.fromUnitId]);
        ++std::get<1>(byUnit[s.toUnitId]);
    }
    for (auto it = scenario.constraints.unitMoveLimits.cbegin(); it != scenario.constraints.unitMoveLimits.cend(); ++it)
        std::get<2>(byUnit[it.key()]) = it.value();
    QMap<QString, std::tuple<int, int, QVariant>> rows; // by label, for the printed order
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it)
        rows.insert(unitName(data, it.key()) + QChar(0) + QString::number(it.key()), it.value());
    int out = 0, in = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        t.addRow({it.key().section(QChar(0), 0, 0), std::get<0>(it.value()), std::get<1>(it.value()),
                  std::get<2>(it.value())});
        out += std::get<0>(it.value());
        in += std::get<1>(it.value());
    }
    t.totals = {QVariant(), out, in, QVariant()};
    t.totalsLabel = QCoreApplication::translate("PlacementReport", "Total");
    return t;
}

ReportDocument PlacementReport::document(const AnalyticsData& data, const AnalyticsSettings& settings,
                                         const PlacementScenario& scenario, const PlacementMatrix& matrix,
                                         int runnerUps, const Letterhead& letterhead, const QDateTime& generated)
{
    ReportDocument doc;
    doc.title = QCoreApplication::translate("PlacementReport", "Placement Proposal");
    doc.subtitle = scenario.id > 0 && !scenario.name.isEmpty()
                       ? QCoreApplication::translate("PlacementReport", "Scenario \"%1\" as of %2")
                             .arg(scenario.name, IndonesianFormat::date(scenario.referenceDate))
                       : QCoreApplication::translate("PlacementReport", "Unsaved result (not a saved scenario) as of %1")
                             .arg(IndonesianFormat::date(scenario.referenceDate));
    doc.generated = generated;
    doc.letterhead = letterhead;
    ReportTable seats = seatTable(data, settings, scenario, matrix, runnerUps);
    seats.notes << QCoreApplication::translate(
        "PlacementReport",
        "JPM and category against the new position; score as ranked (JPM blended with kinerja by the "
        "settings). Key gaps: competencies below the new position's standard (actual minus required).");
    doc.addTable(std::move(seats));
    doc.addPageBreak();
    doc.addHeading(QCoreApplication::translate("PlacementReport", "Recapitulation"));
    doc.addKeyValues(recap(data, settings, scenario, matrix));
    doc.addTable(unitMovesTable(data, scenario));
    if (!scenario.notes.isEmpty()) {
        doc.addHeading(QCoreApplication::translate("PlacementReport", "Notes of the solver"));
        for (const QString& n : scenario.notes)
            doc.addParagraph(n);
    }
    doc.addSignature(
        SignatureSection::fromLetterhead(letterhead, generated.isValid() ? generated.date() : QDate::currentDate()));
    return doc;
}

ReportTable PlacementReport::comparisonFigures(const ScenarioComparison& c, const QString& nameA, const QString& nameB)
{
    ReportTable t;
    t.title = QCoreApplication::translate("PlacementReport", "Scenario figures");
    t.columns = {
        ReportColumn::text(QStringLiteral("figure"), QCoreApplication::translate("PlacementReport", "Figure"), 24),
        ReportColumn::decimal(QStringLiteral("a"), nameA, 2, 12),
        ReportColumn::decimal(QStringLiteral("b"), nameB, 2, 12),
        ReportColumn::decimal(QStringLiteral("difference"),
                              QCoreApplication::translate("PlacementReport", "Difference (B - A)"), 2, 12)};
    const auto row = [&t](const QString& label, double a, double b) { t.addRow({label, a, b, b - a}); };
    row(QCoreApplication::translate("PlacementReport", "Seats"), c.a.seatCount, c.b.seatCount);
    row(QCoreApplication::translate("PlacementReport", "Seats filled"), c.a.filled, c.b.filled);
    row(QCoreApplication::translate("PlacementReport", "Total score"), c.a.totalScore, c.b.totalScore);
    row(QCoreApplication::translate("PlacementReport", "Mean score"), c.a.meanScore, c.b.meanScore);
    row(QCoreApplication::translate("PlacementReport", "Mean JPM"), c.a.meanJpm, c.b.meanJpm);
    return t;
}

ReportTable PlacementReport::comparisonUnits(const AnalyticsData& data, const ScenarioComparison& c,
                                             const QString& nameA, const QString& nameB)
{
    ReportTable t;
    t.title = QCoreApplication::translate("PlacementReport", "Moves per unit");
    t.columns = {ReportColumn::text(QStringLiteral("unit"), QCoreApplication::translate("PlacementReport", "Unit"), 36),
                 ReportColumn::integer(QStringLiteral("out_a"),
                                       QCoreApplication::translate("PlacementReport", "Leaving (%1)").arg(nameA), 10),
                 ReportColumn::integer(QStringLiteral("in_a"),
                                       QCoreApplication::translate("PlacementReport", "Arriving (%1)").arg(nameA), 10),
                 ReportColumn::integer(QStringLiteral("out_b"),
                                       QCoreApplication::translate("PlacementReport", "Leaving (%1)").arg(nameB), 10),
                 ReportColumn::integer(QStringLiteral("in_b"),
                                       QCoreApplication::translate("PlacementReport", "Arriving (%1)").arg(nameB), 10)};
    for (const UnitMoves& u : c.units)
        t.addRow({unitName(data, u.unitId), u.outA, u.inA, u.outB, u.inB});
    return t;
}

ReportTable PlacementReport::comparisonMoves(const AnalyticsData& data, const ScenarioComparison& c,
                                             const QString& nameA, const QString& nameB)
{
    ReportTable t;
    t.title = QCoreApplication::translate("PlacementReport", "Placed differently");
    t.columns = {ReportColumn::nip(QStringLiteral("nip"), QCoreApplication::translate("PlacementReport", "NIP"), 19),
                 ReportColumn::text(QStringLiteral("name"), QCoreApplication::translate("PlacementReport", "Name"), 22),
                 ReportColumn::text(QStringLiteral("current_position"),
                                    QCoreApplication::translate("PlacementReport", "Current position"), 20),
                 ReportColumn::text(QStringLiteral("position_a"),
                                    QCoreApplication::translate("PlacementReport", "Position in %1").arg(nameA), 20),
                 ReportColumn::decimal(QStringLiteral("score_a"),
                                       QCoreApplication::translate("PlacementReport", "Score (%1)").arg(nameA), 2, 8),
                 ReportColumn::text(QStringLiteral("position_b"),
                                    QCoreApplication::translate("PlacementReport", "Position in %1").arg(nameB), 20),
                 ReportColumn::decimal(QStringLiteral("score_b"),
                                       QCoreApplication::translate("PlacementReport", "Score (%1)").arg(nameB), 2, 8)};
    const QString stays = QCoreApplication::translate("PlacementReport", "(stays)");
    for (const PlacementDifference& d : c.differences) {
        const int e = data.employeeIndex(d.employeeId);
        const AnalyticsEmployee* emp = e >= 0 ? &data.employees()[e] : nullptr;
        t.addRow({emp ? emp->nip : QString::number(d.employeeId), emp ? emp->name : QString(),
                  emp ? positionName(data, emp->positionId) : QString(),
                  d.positionA ? positionName(data, d.positionA) : stays, d.positionA ? QVariant(d.scoreA) : QVariant(),
                  d.positionB ? positionName(data, d.positionB) : stays,
                  d.positionB ? QVariant(d.scoreB) : QVariant()});
    }
    return t;
}

ReportDocument PlacementReport::comparisonDocument(const AnalyticsData& data, const PlacementScenario& a,
                                                   const PlacementScenario& b, const Letterhead& letterhead,
                                                   const QDateTime& generated)
{
    const ScenarioComparison c = compareScenarios(a, b);
    ReportDocument doc;
    doc.title = QCoreApplication::translate("PlacementReport", "Comparison of Placement Scenarios");
    doc.subtitle = QCoreApplication::translate("PlacementReport", "\"%1\" (A) and \"%2\" (B)").arg(a.name, b.name);
    doc.generated = generated;
    doc.letterhead = letterhead;
    doc.addTable(comparisonFigures(c, a.name, b.name));
    doc.addTable(comparisonUnits(data, c, a.name, b.name));
    doc.addTable(comparisonMoves(data, c, a.name, b.name));
    return doc;
}

} // namespace karsa
