// placement solve | scenarios | compare | report | delete.
#include "PlacementCliSupport.h"

#include "placement/PlacementMatrix.h"
#include "placement/PlacementReport.h"
#include "placement/PlacementRun.h"
#include "reports/CsvRenderer.h"
#include "reports/PdfRenderer.h"
#include "reports/XlsxRenderer.h"
#include "storage/PlacementRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QGuiApplication>
#include <QJsonObject>

namespace karsa::cli {

namespace {

QString positionCodeById(const AnalyticsData& data, qint64 id)
{
    const int p = data.positionIndex(id);
    return p >= 0 ? data.positions()[p].code : QString();
}

QJsonObject figuresJson(const PlacementFigures& f)
{
    return {{QStringLiteral("seats"), f.seatCount},
            {QStringLiteral("filled"), f.filled},
            {QStringLiteral("empty"), f.seatCount - f.filled},
            {QStringLiteral("total_score"), roundTo2(f.totalScore)},
            {QStringLiteral("mean_score"), roundTo2(f.meanScore)},
            {QStringLiteral("mean_jpm"), roundTo2(f.meanJpm)}};
}

QJsonArray seatsJson(const AnalyticsData& data, const PlacementScenario& s,
                     const QVector<EmptySeatExplanation>& empty)
{
    QJsonArray out;
    for (int i = 0; i < s.seats.size(); ++i) {
        const PlacementSeat& seat = s.seats[i];
        const EmptySeatExplanation why = i < empty.size() ? empty[i] : EmptySeatExplanation();
        const int e = seat.filled() ? data.employeeIndex(seat.employeeId) : -1;
        out.append(QJsonObject{{QStringLiteral("position"), positionCodeById(data, seat.positionId)},
                               {QStringLiteral("slot"), seat.slot},
                               {QStringLiteral("nip"), e >= 0 ? QJsonValue(data.employees()[e].nip) : QJsonValue()},
                               {QStringLiteral("name"), e >= 0 ? QJsonValue(data.employees()[e].name) : QJsonValue()},
                               {QStringLiteral("from_position"),
                                seat.filled() ? QJsonValue(positionCodeById(data, seat.fromPositionId)) : QJsonValue()},
                               {QStringLiteral("score"), seat.filled() ? QJsonValue(seat.score) : QJsonValue()},
                               {QStringLiteral("jpm"), seat.filled() ? QJsonValue(seat.jpm) : QJsonValue()},
                               {QStringLiteral("complete"), seat.filled() ? QJsonValue(seat.complete) : QJsonValue()},
                               {QStringLiteral("locked"), seat.locked},
                               {QStringLiteral("added"), seat.added},
                               {QStringLiteral("empty_reason"), seat.filled() ? QJsonValue() : QJsonValue(why.code())},
                               {QStringLiteral("empty_reason_text"),
                                seat.filled() ? QJsonValue() : QJsonValue(why.text())}});
    }
    return out;
}

QJsonObject movesJson(const AnalyticsData& data, const PlacementScenario& s)
{
    QJsonObject out;
    const QHash<qint64, int> moves = s.movesOutOfUnits();
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        const int u = data.unitIndex(it.key());
        out.insert(u >= 0 ? data.units()[u].code : QString::number(it.key()), it.value());
    }
    return out;
}

Result<PlacementScenario> loadScenario(PlacementSession& s, const QString& name)
{
    return PlacementRepository(s.analytics.db->db()).byName(name);
}

} // namespace

// ---- solve ------------------------------------------------------------------------------------

int placementSolve(Context& c, const QCommandLineParser& p)
{
    int code = Ok;
    auto s = openPlacement(c, p, &code);
    if (!s)
        return code;
    auto extra = constraintsFromOptions(c, p, *s, &code);
    if (!extra)
        return code;
    const AnalyticsData& data = s->analytics.data;
    PlacementScenario scenario;
    if (p.isSet(scenarioOption())) {
        // Solve a saved scenario again with its own vacancies and constraints, plus any given here.
        auto saved = loadScenario(*s, p.value(scenarioOption()));
        if (!saved)
            return c.fail(QStringLiteral("--scenario: ") + saved.error().describe(), BadInput);
        scenario = std::move(saved).value();
        scenario.id = 0;
        PlacementConstraints& k = scenario.constraints;
        k.locks += extra->locks;
        k.exclusions += extra->exclusions;
        k.added += extra->added;
        k.keepInPlace += extra->keepInPlace;
        k.unitMoveLimits.insert(extra->unitMoveLimits);
        if (p.isSet(QStringLiteral("min-score")))
            k.minScore = extra->minScore;
        if (p.isSet(QStringLiteral("no-fill-first")))
            k.fillFirst = false;
        if (p.isSet(poolOption()))
            scenario.poolSize = s->settings.poolSize;
        if (p.isSet(todayOption()))
            scenario.referenceDate = s->analytics.today;
    } else {
        auto vacancies = sessionVacancies(c, p, *s, &code);
        if (!vacancies)
            return code;
        scenario.vacancies = std::move(*vacancies);
        scenario.constraints = std::move(*extra);
        scenario.referenceDate = s->analytics.today;
        scenario.horizonMonths = s->horizonMonths;
        scenario.poolSize = s->settings.poolSize;
    }
    const QString saveAs = p.isSet(saveOption()) ? p.value(saveOption()).trimmed() : QString();
    if (p.isSet(saveOption()) && saveAs.isEmpty())
        return c.fail(QStringLiteral("--save needs a name"), BadInput);
    if (!saveAs.isEmpty() && !p.isSet(overwriteOption()) && loadScenario(*s, saveAs))
        return c.fail(QStringLiteral("--save: a scenario named '%1' exists already; add --overwrite to replace it")
                          .arg(saveAs),
                      BadInput);

    // The same entry point as the Penempatan page.
    PlacementRun run = runPlacement(data, s->analytics.settings, std::move(scenario));
    scenario = std::move(run.scenario);
    const PlacementMatrix& matrix = *run.matrix;
    const double buildMs = run.matrixMs;
    scenario.name = saveAs;

    if (!saveAs.isEmpty()) {
        PlacementRepository repo(s->analytics.db->db());
        Transaction tx(s->analytics.db->db());
        auto existing = repo.byName(scenario.name);
        Status saved;
        if (existing) {
            scenario.id = existing->id;
            scenario.rowVersion = existing->rowVersion;
            saved = repo.update(scenario);
        } else if (auto id = repo.insert(scenario); id) {
            scenario.id = id.value();
        } else {
            saved = id.error();
        }
        if (saved)
            saved = tx.commit();
        if (!saved)
            return c.fail(QStringLiteral("--save: ") + saved.error().describe(), BadInput);
    }

    const PlacementFigures f = scenario.figures();
    if (p.isSet(csvOption())) {
        const ReportTable table =
            PlacementReport::seatTable(data, s->analytics.settings, scenario, matrix, s->settings.runnerUps);
        CsvOptions options;
        options.byteOrderMark = false;
        c.out << QString::fromUtf8(CsvRenderer::toCsv(table, options));
        c.out.flush();
        return Ok;
    }
    if (p.isSet(jsonOption())) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenario"), PlacementReport::scenarioLabel(scenario)},
                                              {QStringLiteral("saved"), scenario.id > 0},
                                              {QStringLiteral("today"), scenario.referenceDate.toString(Qt::ISODate)},
                                              {QStringLiteral("vacancies"), scenario.vacancies.size()},
                                              {QStringLiteral("candidates"), matrix.candidateCount()},
                                              {QStringLiteral("figures"), figuresJson(f)},
                                              {QStringLiteral("matrix_ms"), roundTo2(buildMs)},
                                              {QStringLiteral("solve_ms"), roundTo2(scenario.solveMs)},
                                              {QStringLiteral("moves_out_of_unit"), movesJson(data, scenario)},
                                              {QStringLiteral("notes"), QJsonArray::fromStringList(scenario.notes)},
                                              {QStringLiteral("empty_seats"),
                                               QJsonArray::fromStringList(
                                                   PlacementReport::emptySeatSummary(run.emptySeats))},
                                              {QStringLiteral("seats"), seatsJson(data, scenario, run.emptySeats)}}));
        return Ok;
    }
    c.out << scenario.vacancies.size() << " positions, " << f.seatCount << " seats, " << matrix.candidateCount()
          << " candidates: " << f.filled << " filled, total score " << fixed2(f.totalScore) << ", mean JPM "
          << fixed2(f.meanJpm) << " (matrix " << fixed2(buildMs) << " ms, solver " << fixed2(scenario.solveMs) << " ms)"
          << (scenario.id > 0 ? QStringLiteral("; saved as '%1'").arg(scenario.name) : QString()) << "\n";
    for (const QString& n : scenario.notes)
        c.out << "  note: " << n << "\n";
    for (const QString& n : PlacementReport::emptySeatSummary(run.emptySeats))
        c.out << "  " << n << "\n";
    c.out << "(--json or --csv lists every seat)" << Qt::endl;
    return Ok;
}

// ---- scenarios, delete --------------------------------------------------------------------------

int placementScenarios(Context& c, const QCommandLineParser& p)
{
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    auto list = PlacementRepository(db->db()).list();
    if (!list)
        return c.fail(list.error().describe());
    QJsonArray rows;
    for (const PlacementScenarioSummary& s : list.value())
        rows.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("today"), s.referenceDate.toString(Qt::ISODate)},
                                {QStringLiteral("seats"), s.seats},
                                {QStringLiteral("filled"), s.filled},
                                {QStringLiteral("total_score"), roundTo2(s.totalScore)},
                                {QStringLiteral("mean_jpm"), roundTo2(s.meanJpm)},
                                {QStringLiteral("updated_at"), s.updatedAt.toString(Qt::ISODate)}});
    if (p.isSet(jsonOption())) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), rows}}));
        return Ok;
    }
    for (const PlacementScenarioSummary& s : list.value())
        c.out << s.name.leftJustified(30) << " " << s.filled << "/" << s.seats << " filled, total "
              << fixed2(s.totalScore) << ", mean JPM " << fixed2(s.meanJpm) << "\n";
    c.out.flush();
    return Ok;
}

int placementDelete(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return c.fail(QStringLiteral("placement delete needs the scenario's name"), BadInput);
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    PlacementRepository repo(db->db());
    auto s = repo.byName(args[1]);
    if (!s)
        return c.fail(s.error().describe(), BadInput);
    Transaction tx(db->db());
    Status st = repo.remove(s->id);
    if (st)
        st = tx.commit();
    if (!st)
        return c.fail(st.error().describe());
    c.out << "deleted scenario '" << s->name << "'" << Qt::endl;
    return Ok;
}

// ---- compare ------------------------------------------------------------------------------------

int placementCompare(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return c.fail(QStringLiteral("placement compare needs two scenario names: compare A B"), BadInput);
    int code = Ok;
    auto s = openPlacement(c, p, &code);
    if (!s)
        return code;
    auto a = loadScenario(*s, args[1]);
    auto b = loadScenario(*s, args[2]);
    if (!a || !b)
        return c.fail((a ? b : a).error().describe(), BadInput);
    const AnalyticsData& data = s->analytics.data;
    const ScenarioComparison cmp = compareScenarios(a.value(), b.value());
    if (p.isSet(pdfOption()) || p.isSet(xlsxOption())) {
        const ReportDocument doc = PlacementReport::comparisonDocument(
            data, a.value(), b.value(), Letterhead::fromSettings(SettingsRepository(s->analytics.db->db())),
            p.isSet(todayOption()) ? QDateTime(s->analytics.today, QTime(8, 0)) : QDateTime::currentDateTime());
        if (p.isSet(pdfOption())) {
            if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
                return c.fail(QStringLiteral("PDF output needs the GUI libraries (fonts)"));
            if (Status st = PdfRenderer::render(doc, p.value(pdfOption())); !st)
                return c.fail(st.error().describe());
            c.err << "wrote " << p.value(pdfOption()) << Qt::endl;
        }
        if (p.isSet(xlsxOption())) {
            if (Status st = XlsxRenderer::render(doc, p.value(xlsxOption())); !st)
                return c.fail(st.error().describe());
            c.err << "wrote " << p.value(xlsxOption()) << Qt::endl;
        }
        if (!p.isSet(jsonOption()) && !p.isSet(csvOption()))
            return Ok;
    }
    if (p.isSet(csvOption())) {
        ReportDocument doc = PlacementReport::comparisonDocument(data, a.value(), b.value(), {}, {});
        CsvOptions options;
        options.byteOrderMark = false;
        c.out << QString::fromUtf8(CsvRenderer::toCsv(doc, options));
        c.out.flush();
        return Ok;
    }
    QJsonArray units;
    for (const UnitMoves& u : cmp.units) {
        const int ui = data.unitIndex(u.unitId);
        units.append(QJsonObject{{QStringLiteral("unit"), ui >= 0 ? data.units()[ui].code : QString()},
                                 {QStringLiteral("out_a"), u.outA},
                                 {QStringLiteral("in_a"), u.inA},
                                 {QStringLiteral("out_b"), u.outB},
                                 {QStringLiteral("in_b"), u.inB}});
    }
    QJsonArray moves;
    for (const PlacementDifference& d : cmp.differences) {
        const int e = data.employeeIndex(d.employeeId);
        moves.append(QJsonObject{{QStringLiteral("nip"), e >= 0 ? data.employees()[e].nip : QString()},
                                 {QStringLiteral("name"), e >= 0 ? data.employees()[e].name : QString()},
                                 {QStringLiteral("position_a"),
                                  d.positionA ? QJsonValue(positionCodeById(data, d.positionA)) : QJsonValue()},
                                 {QStringLiteral("position_b"),
                                  d.positionB ? QJsonValue(positionCodeById(data, d.positionB)) : QJsonValue()},
                                 {QStringLiteral("score_a"), d.positionA ? QJsonValue(d.scoreA) : QJsonValue()},
                                 {QStringLiteral("score_b"), d.positionB ? QJsonValue(d.scoreB) : QJsonValue()}});
    }
    if (p.isSet(jsonOption())) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("a"), a->name},
                                              {QStringLiteral("b"), b->name},
                                              {QStringLiteral("figures_a"), figuresJson(cmp.a)},
                                              {QStringLiteral("figures_b"), figuresJson(cmp.b)},
                                              {QStringLiteral("same_placements"), cmp.samePlacements},
                                              {QStringLiteral("units"), units},
                                              {QStringLiteral("differences"), moves}}));
        return Ok;
    }
    c.out << "A = " << a->name << ": " << cmp.a.filled << "/" << cmp.a.seatCount << " filled, total "
          << fixed2(cmp.a.totalScore) << ", mean JPM " << fixed2(cmp.a.meanJpm) << "\n"
          << "B = " << b->name << ": " << cmp.b.filled << "/" << cmp.b.seatCount << " filled, total "
          << fixed2(cmp.b.totalScore) << ", mean JPM " << fixed2(cmp.b.meanJpm) << "\n"
          << cmp.samePlacements << " placed alike, " << cmp.differences.size() << " placed differently" << Qt::endl;
    return Ok;
}

// ---- report -------------------------------------------------------------------------------------

int placementReport(Context& c, const QCommandLineParser& p)
{
    if (!p.isSet(scenarioOption()))
        return c.fail(QStringLiteral("placement report needs --scenario NAME"), BadInput);
    if (!p.isSet(pdfOption()) && !p.isSet(xlsxOption()) && !p.isSet(csvOption()) && !p.isSet(jsonOption()))
        return c.fail(QStringLiteral("placement report needs --pdf FILE, --xlsx FILE, --csv or --json"), BadInput);
    int code = Ok;
    auto s = openPlacement(c, p, &code);
    if (!s)
        return code;
    auto scenario = loadScenario(*s, p.value(scenarioOption()));
    if (!scenario)
        return c.fail(scenario.error().describe(), BadInput);
    const AnalyticsData& data = s->analytics.data;
    const PlacementMatrix matrix =
        PlacementMatrix::build(data, s->analytics.settings, scenario->referenceDate, scenario->vacancies,
                               scenario->poolSize, scenario->constraints);
    const QDateTime generated =
        p.isSet(todayOption()) ? QDateTime(s->analytics.today, QTime(8, 0)) : QDateTime::currentDateTime();
    const ReportDocument doc =
        PlacementReport::document(data, s->analytics.settings, scenario.value(), matrix, s->settings.runnerUps,
                                  Letterhead::fromSettings(SettingsRepository(s->analytics.db->db())), generated);
    if (p.isSet(pdfOption())) {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return c.fail(QStringLiteral("PDF output needs the GUI libraries (fonts); run with --pdf FILE"));
        if (Status st = PdfRenderer::render(doc, p.value(pdfOption())); !st) // orientation: ReportDocument::landscape
            return c.fail(st.error().describe());
        c.err << "wrote " << p.value(pdfOption()) << Qt::endl;
    }
    if (p.isSet(xlsxOption())) {
        if (Status st = XlsxRenderer::render(doc, p.value(xlsxOption())); !st)
            return c.fail(st.error().describe());
        c.err << "wrote " << p.value(xlsxOption()) << Qt::endl;
    }
    if (p.isSet(csvOption())) {
        CsvOptions options;
        options.byteOrderMark = false;
        c.out << QString::fromUtf8(CsvRenderer::toCsv(doc, options));
        c.out.flush();
    } else if (p.isSet(jsonOption())) {
        const QVector<EmptySeatExplanation> empty = explainEmptySeats(data, matrix, scenario.value());
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenario"), PlacementReport::scenarioLabel(scenario.value())},
                                              {QStringLiteral("figures"), figuresJson(scenario->figures())},
                                              {QStringLiteral("empty_seats"),
                                               QJsonArray::fromStringList(PlacementReport::emptySeatSummary(empty))},
                                              {QStringLiteral("seats"), seatsJson(data, scenario.value(), empty)}}));
    }
    return Ok;
}

} // namespace karsa::cli
