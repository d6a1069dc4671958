// talent, rank and bench: the 9-box, candidate ranking and the analytics timing.
#include "AnalyticsCommands.h"

#include "AnalyticsCliSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/CandidateRanking.h"
#include "analytics/UnitAggregates.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <algorithm>

namespace karsa::cli {

namespace {
const QCommandLineOption kUnit(QStringLiteral("unit"), QStringLiteral("Only this unit and its sub-units."),
                               QStringLiteral("CODE"));
const QCommandLineOption kPool(QStringLiteral("pool"),
                               QStringLiteral("Print the succession pool (boxes 7-9) of this position instead."),
                               QStringLiteral("CODE"));
const QCommandLineOption kPosition(QStringLiteral("position"), QStringLiteral("The position code."),
                                   QStringLiteral("CODE"));
const QCommandLineOption kLimit(QStringLiteral("limit"),
                                QStringLiteral("At most N ranked candidates (default 20, 0 = all)."),
                                QStringLiteral("N"), QStringLiteral("20"));
const QCommandLineOption kRuns(QStringLiteral("runs"), QStringLiteral("Runs per measurement (default 5)."),
                               QStringLiteral("N"), QStringLiteral("5"));

// Why an employee has no box, in plain words; empty when placed.
QString notPlacedReason(const TalentResult& t, const JpmResult& jpm, std::pair<int, int> years)
{
    QStringList why;
    if (!t.kinerja)
        why << QStringLiteral("no performance rating in %1-%2").arg(years.first).arg(years.second);
    if (!t.potensial)
        why << (jpm.status == JpmStatus::NoStandard ? QStringLiteral("no position standard")
                                                    : QStringLiteral("JPM incomplete"));
    return why.join(QStringLiteral("; "));
}
} // namespace

// ---- talent -----------------------------------------------------------------------------------

void TalentCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({kUnit, kPool, todayOption(), jsonOption(), csvOption()});
}

int TalentCommand::run(Context& c, const QCommandLineParser& p)
{
    int code = Ok;
    auto s = openAnalytics(c, p, &code);
    if (!s)
        return code;
    int unit = -1;
    if (p.isSet(kUnit) && (unit = s->data.unitIndexByCode(p.value(kUnit))) < 0)
        return c.fail(QStringLiteral("no unit has the code '%1'").arg(p.value(kUnit)), BadInput);
    int pool = -1;
    if (p.isSet(kPool) && (pool = s->data.positionIndexByCode(p.value(kPool))) < 0)
        return c.fail(QStringLiteral("no position has the code '%1'").arg(p.value(kPool)), BadInput);

    const QVector<JpmResult> jpm = jpmForAll(s->data, s->settings, nullptr);
    const QVector<TalentResult> talent = talentForAll(s->data, s->settings, jpm, s->today);
    const auto years = kinerjaYears(s->today, s->settings);
    const auto& employees = s->data.employees();

    if (pool >= 0) {
        QJsonArray rows;
        for (const SuccessionCandidate& sc : successionPool(s->data, s->settings, talent, pool)) {
            const AnalyticsEmployee& e = employees[sc.employeeIndex];
            rows.append(QJsonObject{{QStringLiteral("nip"), e.nip},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("position"), positionCode(s->data, e.positionIndex)},
                                    {QStringLiteral("box"), sc.box},
                                    {QStringLiteral("complete"), sc.jpm.complete()},
                                    {QStringLiteral("jpm"), number(sc.jpm.jpm)},
                                    {QStringLiteral("missing"), competencyCodes(s->data, sc.jpm.missing)},
                                    {QStringLiteral("rekam_jejak_flag"), sc.rekamJejakFlag}});
        }
        const AnalyticsPosition& pos = s->data.positions()[pool];
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("position"), pos.code},
                                              {QStringLiteral("position_name"), pos.name},
                                              {QStringLiteral("key_position"), pos.isKey},
                                              {QStringLiteral("pool"), rows}}));
        return Ok;
    }

    const QVector<int> scope = s->data.employeesInScope(unit);
    const bool csv = p.isSet(csvOption());
    if (csv)
        writeCsvRow(c.out, {QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("position"),
                            QStringLiteral("kinerja_score"), QStringLiteral("kinerja"),
                            QStringLiteral("potensial_score"), QStringLiteral("potensial"), QStringLiteral("box"),
                            QStringLiteral("rekam_jejak_flag"), QStringLiteral("not_placed_reason")});
    QJsonArray rows;
    QVector<int> perBox(10, 0);
    for (int i : scope) {
        const AnalyticsEmployee& e = employees[i];
        const TalentResult& t = talent[i];
        ++perBox[t.box];
        const QString kinerja = t.kinerja ? kinerjaCode(kinerjaLevel(*t.kinerja, s->settings)) : QString();
        const QString potensial = t.potensial ? potensialCode(potensialLevel(*t.potensial, s->settings)) : QString();
        const QString why = notPlacedReason(t, jpm[i], years);
        if (csv) {
            writeCsvRow(c.out, {e.nip, e.name, positionCode(s->data, e.positionIndex),
                                t.kinerja ? fixed2(*t.kinerja) : QString(), kinerja,
                                t.potensial ? fixed2(*t.potensial) : QString(), potensial,
                                t.placed() ? QString::number(t.box) : QString(),
                                t.rekamJejakFlag ? QStringLiteral("true") : QStringLiteral("false"), why});
            continue;
        }
        rows.append(QJsonObject{
            {QStringLiteral("nip"), e.nip},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("position"),
             e.positionIndex >= 0 ? QJsonValue(positionCode(s->data, e.positionIndex)) : QJsonValue()},
            {QStringLiteral("kinerja_score"), numberOrNull(t.kinerja)},
            {QStringLiteral("kinerja"), t.kinerja ? QJsonValue(kinerja) : QJsonValue()},
            {QStringLiteral("potensial_score"), numberOrNull(t.potensial)},
            {QStringLiteral("potensial"), t.potensial ? QJsonValue(potensial) : QJsonValue()},
            {QStringLiteral("box"), t.placed() ? QJsonValue(t.box) : QJsonValue()},
            {QStringLiteral("recommendation"), t.placed() ? QJsonValue(talentRecommendation(t.box)) : QJsonValue()},
            {QStringLiteral("rekam_jejak_flag"), t.rekamJejakFlag},
            {QStringLiteral("not_placed_reason"), why.isEmpty() ? QJsonValue() : QJsonValue(why)}});
    }
    if (csv) {
        c.out.flush();
        return Ok;
    }
    if (p.isSet(jsonOption())) {
        QJsonObject boxes;
        for (int b = 1; b <= 9; ++b)
            boxes.insert(QString::number(b), perBox[b]);
        c.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("today"), s->today.toString(Qt::ISODate)},
                        {QStringLiteral("kinerja_years"), QJsonArray{years.first, years.second}},
                        {QStringLiteral("unit"), unit >= 0 ? QJsonValue(unitCode(s->data, unit)) : QJsonValue()},
                        {QStringLiteral("boxes"), boxes},
                        {QStringLiteral("not_placed"), perBox[0]},
                        {QStringLiteral("employees"), rows}}));
        return Ok;
    }
    c.out << scope.size() << " employees; kinerja from " << years.first << "-" << years.second << "\n";
    for (int b = 9; b >= 1; --b)
        c.out << "  box " << b << ": " << QString::number(perBox[b]).rightJustified(7) << "  "
              << talentRecommendation(b) << "\n";
    c.out << "  not placed: " << perBox[0] << "\n(--json or --csv lists every employee)" << Qt::endl;
    return Ok;
}

// ---- rank -------------------------------------------------------------------------------------

void RankCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({kPosition, kLimit, todayOption(), jsonOption()});
}

int RankCommand::run(Context& c, const QCommandLineParser& p)
{
    if (!p.isSet(kPosition))
        return c.fail(QStringLiteral("rank needs --position CODE"), BadInput);
    bool ok = false;
    const int limit = p.value(kLimit).toInt(&ok);
    if (!ok || limit < 0)
        return c.fail(QStringLiteral("--limit must be a whole number, 0 or more"), BadInput);
    int code = Ok;
    auto s = openAnalytics(c, p, &code);
    if (!s)
        return code;
    const int position = s->data.positionIndexByCode(p.value(kPosition));
    if (position < 0)
        return c.fail(QStringLiteral("no position has the code '%1'").arg(p.value(kPosition)), BadInput);
    const RankingResult r = rankCandidates(s->data, position, s->settings, s->today, RankingOptions{limit});
    const auto& employees = s->data.employees();
    const AnalyticsPosition& pos = s->data.positions()[position];

    QJsonArray ranked;
    int rank = 0;
    for (const RankedCandidate& rc : r.ranked) {
        const AnalyticsEmployee& e = employees[rc.employeeIndex];
        QJsonArray contributions;
        for (const GapRow& g : rc.contributions)
            contributions.append(
                QJsonObject{{QStringLiteral("competency"), competencyCode(s->data, g.competencyId)},
                            {QStringLiteral("required"), g.required},
                            {QStringLiteral("actual"), g.assessed ? QJsonValue(g.actual) : QJsonValue()},
                            {QStringLiteral("gap"), g.assessed ? QJsonValue(g.gap) : QJsonValue()},
                            {QStringLiteral("points"), number(roundTo2(g.contribution))}});
        ranked.append(QJsonObject{{QStringLiteral("rank"), ++rank},
                                  {QStringLiteral("nip"), e.nip},
                                  {QStringLiteral("name"), e.name},
                                  {QStringLiteral("current_position"), positionCode(s->data, e.positionIndex)},
                                  {QStringLiteral("golongan"), e.golongan},
                                  {QStringLiteral("score"), number(rc.score)},
                                  {QStringLiteral("complete"), rc.complete},
                                  {QStringLiteral("jpm"), number(rc.jpm.jpm)},
                                  {QStringLiteral("missing"), competencyCodes(s->data, rc.jpm.missing)},
                                  {QStringLiteral("kinerja_score"), numberOrNull(rc.kinerja)},
                                  {QStringLiteral("kinerja_points"), number(roundTo2(rc.kinerjaContribution))},
                                  {QStringLiteral("contributions"), contributions}});
    }
    QJsonArray excluded;
    QJsonObject counts;
    for (const Exclusion& x : r.excluded) {
        QJsonArray reasons;
        for (ExclusionReason reason : exclusionReasons(x.reasons)) {
            const QString rc = exclusionReasonCode(reason);
            counts.insert(rc, counts.value(rc).toInt() + 1);
            reasons.append(
                QJsonObject{{QStringLiteral("code"), rc}, {QStringLiteral("reason"), exclusionReasonText(reason)}});
        }
        excluded.append(
            QJsonObject{{QStringLiteral("nip"), employees[x.employeeIndex].nip}, {QStringLiteral("reasons"), reasons}});
    }
    if (p.isSet(jsonOption())) {
        c.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("position"), QJsonObject{{QStringLiteral("code"), pos.code},
                                                                 {QStringLiteral("name"), pos.name},
                                                                 {QStringLiteral("jenjang"), pos.jenjang},
                                                                 {QStringLiteral("min_golongan"), pos.minGolongan},
                                                                 {QStringLiteral("min_education"), pos.minEducation}}},
                        {QStringLiteral("today"), s->today.toString(Qt::ISODate)},
                        {QStringLiteral("performance_weight"), number(s->settings.performanceWeight)},
                        {QStringLiteral("candidates"), r.candidates},
                        {QStringLiteral("excluded_count"), r.excluded.size()},
                        {QStringLiteral("exclusion_counts"), counts},
                        {QStringLiteral("ranked"), ranked},
                        {QStringLiteral("excluded"), excluded}}));
        return Ok;
    }
    c.out << pos.code << " " << pos.name << ": " << r.candidates << " candidates, " << r.excluded.size()
          << " excluded\n";
    for (const QJsonValue& v : ranked) {
        const QJsonObject o = v.toObject();
        c.out << QString::number(o.value(u"rank").toInt()).rightJustified(4) << ". " << o.value(u"nip").toString()
              << "  " << o.value(u"name").toString().leftJustified(36) << " score "
              << fixed2(o.value(u"score").toDouble()) << (o.value(u"complete").toBool() ? "" : "  (incomplete)")
              << "\n";
    }
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        c.out << "  excluded for " << it.key() << ": " << it.value().toInt() << "\n";
    c.out.flush();
    return Ok;
}

// ---- bench ------------------------------------------------------------------------------------

void BenchCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({kPosition, kRuns, todayOption()});
}

int BenchCommand::run(Context& c, const QCommandLineParser& p)
{
    const int runs = std::max(1, p.value(kRuns).toInt());
    QElapsedTimer load;
    load.start();
    int code = Ok;
    auto s = openAnalytics(c, p, &code);
    if (!s)
        return code;
    const qint64 loadMs = load.elapsed();
    int position = p.isSet(kPosition) ? s->data.positionIndexByCode(p.value(kPosition)) : -1;
    if (p.isSet(kPosition) && position < 0)
        return c.fail(QStringLiteral("no position has the code '%1'").arg(p.value(kPosition)), BadInput);
    if (position < 0) // the first key position, else the first position
        for (int i = 0; i < s->data.positions().size() && position < 0; ++i)
            if (s->data.positions()[i].isKey)
                position = i;
    if (position < 0 && !s->data.positions().isEmpty())
        position = 0;
    const CategoryScale* scale = s->settings.scale(s->settings.defaultScale);
    if (!scale)
        scale = &s->settings.scales.first();

    const auto median = [runs](auto&& work) {
        QVector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            work();
            ms.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        return roundTo2(ms[ms.size() / 2]);
    };
    QVector<JpmResult> jpm;
    const double jpmMs = median([&] { jpm = jpmForAll(s->data, s->settings, scale); });
    int ranked = 0;
    const double rankMs = median(
        [&] { ranked = rankCandidates(s->data, position, s->settings, s->today, RankingOptions{20}).candidates; });
    const double aggregatesMs = median([&] { unitAggregates(s->data, jpm, *scale); });
    c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("employees"), s->data.employees().size()},
                                          {QStringLiteral("units"), s->data.units().size()},
                                          {QStringLiteral("positions"), s->data.positions().size()},
                                          {QStringLiteral("runs"), runs},
                                          {QStringLiteral("load_ms"), load.isValid() ? double(loadMs) : 0.0},
                                          {QStringLiteral("jpm_all_ms"), jpmMs},
                                          {QStringLiteral("rank_position"), positionCode(s->data, position)},
                                          {QStringLiteral("rank_candidates"), ranked},
                                          {QStringLiteral("rank_ms"), rankMs},
                                          {QStringLiteral("unit_aggregates_ms"), aggregatesMs}}));
    return Ok;
}

} // namespace karsa::cli
