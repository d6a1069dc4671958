#include "PlacementCliSupport.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/CandidateRanking.h"
#include "placement/VacancyFinder.h"
#include "storage/PlacementRepository.h"
#include "storage/SettingsRepository.h"

#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kHorizon(QStringLiteral("horizon"),
                                  QStringLiteral("Retirements within N months open a vacancy (default: setting)."),
                                  QStringLiteral("N"));
const QCommandLineOption kLimit(QStringLiteral("limit"), QStringLiteral("Candidates listed (default: pool size)."),
                                QStringLiteral("N"));
const QCommandLineOption kPool(QStringLiteral("pool"),
                               QStringLiteral("Best-ranked candidates per vacancy taken into the solver."),
                               QStringLiteral("N"));
const QCommandLineOption kMinScore(QStringLiteral("min-score"),
                                   QStringLiteral("Candidates below this score are not placed."), QStringLiteral("X"));
const QCommandLineOption kNoFillFirst(QStringLiteral("no-fill-first"),
                                      QStringLiteral("Maximise the total score only (may leave more seats empty)."));
const QCommandLineOption kLock(QStringLiteral("lock"), QStringLiteral("Place this employee on this position."),
                               QStringLiteral("NIP=CODE"));
const QCommandLineOption kExclude(QStringLiteral("exclude"), QStringLiteral("Never place this employee here."),
                                  QStringLiteral("NIP=CODE"));
const QCommandLineOption kAdd(QStringLiteral("add"), QStringLiteral("Add this employee to the position's pool."),
                              QStringLiteral("NIP=CODE"));
const QCommandLineOption kKeep(QStringLiteral("keep"), QStringLiteral("Keep this employee in place."),
                               QStringLiteral("NIP"));
const QCommandLineOption kUnitLimit(QStringLiteral("unit-limit"),
                                    QStringLiteral("At most N employees leave this unit."), QStringLiteral("UNIT=N"));
const QCommandLineOption kSave(QStringLiteral("save"), QStringLiteral("Save the solved scenario under this name."),
                               QStringLiteral("NAME"));
const QCommandLineOption kOverwrite(QStringLiteral("overwrite"),
                                    QStringLiteral("With --save: replace a saved scenario of the same name."));
const QCommandLineOption kMissingLevel(QStringLiteral("missing-level"),
                                       QStringLiteral("Level a required competency without assessment counts at, "
                                                      "0-4, always below the requirement (default: setting "
                                                      "jpm/missing_level)."),
                                       QStringLiteral("N"));
const QCommandLineOption kExcludeIncomplete(QStringLiteral("exclude-incomplete"),
                                            QStringLiteral("Leave out candidates not assessed on every required "
                                                           "competency (default: setting ranking/exclude_incomplete)."));
const QCommandLineOption kIncludeIncomplete(QStringLiteral("include-incomplete"),
                                            QStringLiteral("Rank candidates with a missing assessment after the "
                                                           "complete ones instead of leaving them out."));
const QCommandLineOption kPdf(QStringLiteral("pdf"), QStringLiteral("Write the report as PDF."),
                              QStringLiteral("FILE"));
const QCommandLineOption kXlsx(QStringLiteral("xlsx"), QStringLiteral("Write the report as Excel."),
                               QStringLiteral("FILE"));
const QCommandLineOption kRunnerUps(QStringLiteral("runner-ups"),
                                    QStringLiteral("Runner-up candidates per vacancy (default: setting)."),
                                    QStringLiteral("N"));
} // namespace

const QCommandLineOption& positionOption()
{
    static const QCommandLineOption o(QStringLiteral("position"),
                                      QStringLiteral("A position code (repeat for several; limits vacancies)."),
                                      QStringLiteral("CODE"));
    return o;
}

const QCommandLineOption& scenarioOption()
{
    static const QCommandLineOption o(QStringLiteral("scenario"), QStringLiteral("A saved scenario's name."),
                                      QStringLiteral("NAME"));
    return o;
}

QList<QCommandLineOption> placementOptions()
{
    return {todayOption(),    jsonOption(), csvOption(), kHorizon,     positionOption(),
            kLimit,           kPool,        kMinScore,   kNoFillFirst, kLock,
            kExclude,         kAdd,         kKeep,       kUnitLimit,   kSave,
            scenarioOption(), kPdf,         kXlsx,       kRunnerUps,   kOverwrite,
            kMissingLevel,    kExcludeIncomplete,        kIncludeIncomplete};
}

const QCommandLineOption& pdfOption()
{
    return kPdf;
}
const QCommandLineOption& xlsxOption()
{
    return kXlsx;
}
const QCommandLineOption& runnerUpsOption()
{
    return kRunnerUps;
}
const QCommandLineOption& saveOption()
{
    return kSave;
}
const QCommandLineOption& poolOption()
{
    return kPool;
}
const QCommandLineOption& overwriteOption()
{
    return kOverwrite;
}

std::optional<PlacementSession> openPlacement(Context& c, const QCommandLineParser& p, int* exitCode)
{
    auto analytics = openAnalytics(c, p, exitCode);
    if (!analytics)
        return std::nullopt;
    const PlacementSettings settings = PlacementSettings::load(SettingsRepository(analytics->db->db()));
    PlacementSession s{std::move(*analytics), settings, 12};
    s.horizonMonths = s.settings.horizonMonths;
    if (p.isSet(kHorizon)) {
        bool ok = false;
        s.horizonMonths = p.value(kHorizon).toInt(&ok);
        if (!ok || s.horizonMonths < 0) {
            *exitCode = c.fail(QStringLiteral("--horizon must be a whole number of months, 0 or more"), BadInput);
            return std::nullopt;
        }
    }
    if (p.isSet(kPool)) {
        bool ok = false;
        s.settings.poolSize = p.value(kPool).toInt(&ok);
        if (!ok || s.settings.poolSize < 1) {
            *exitCode = c.fail(QStringLiteral("--pool must be a whole number, 1 or more"), BadInput);
            return std::nullopt;
        }
    }
    if (p.isSet(kMissingLevel)) {
        bool ok = false;
        const int level = p.value(kMissingLevel).toInt(&ok);
        if (!ok || level < 0 || level > 4) {
            *exitCode = c.fail(QStringLiteral("--missing-level must be a whole number from 0 to 4"), BadInput);
            return std::nullopt;
        }
        s.analytics.settings.missingLevel = level;
    }
    if (p.isSet(kExcludeIncomplete) && p.isSet(kIncludeIncomplete)) {
        *exitCode = c.fail(QStringLiteral("--exclude-incomplete and --include-incomplete contradict each other"),
                           BadInput);
        return std::nullopt;
    }
    if (p.isSet(kExcludeIncomplete) || p.isSet(kIncludeIncomplete))
        s.analytics.settings.excludeIncomplete = p.isSet(kExcludeIncomplete);
    if (p.isSet(kRunnerUps)) {
        bool ok = false;
        s.settings.runnerUps = p.value(kRunnerUps).toInt(&ok);
        if (!ok || s.settings.runnerUps < 0) {
            *exitCode = c.fail(QStringLiteral("--runner-ups must be a whole number, 0 or more"), BadInput);
            return std::nullopt;
        }
    }
    return s;
}

std::optional<QVector<Vacancy>> sessionVacancies(Context& c, const QCommandLineParser& p, PlacementSession& s,
                                                 int* exitCode)
{
    auto formation = PlacementRepository(s.analytics.db->db()).formations();
    if (!formation) {
        *exitCode = c.fail(formation.error().describe());
        return std::nullopt;
    }
    const AnalyticsData& data = s.analytics.data;
    QVector<Vacancy> all =
        findVacancies(data, formation.value(), s.analytics.settings, s.analytics.today, s.horizonMonths);
    if (!p.isSet(positionOption()))
        return all;
    QVector<Vacancy> chosen;
    for (const QString& code : p.values(positionOption())) {
        const int pi = data.positionIndexByCode(code);
        if (pi < 0) {
            *exitCode = c.fail(QStringLiteral("--position: no position has the code '%1'").arg(code), BadInput);
            return std::nullopt;
        }
        auto it = std::find_if(all.cbegin(), all.cend(),
                               [&](const Vacancy& v) { return v.positionId == data.positions()[pi].id; });
        Vacancy v;
        if (it != all.cend()) {
            v = *it;
        } else { // an officer may ask for a position without a vacancy: one extra seat
            v.positionId = data.positions()[pi].id;
            v.extra = 1;
            v.opensOn = s.analytics.today;
        }
        chosen.append(v);
    }
    return chosen;
}

namespace {
// "NIP=CODE" -> employee id and position id.
std::optional<PlacementPair> parsePair(Context& c, const AnalyticsData& data, const QString& option,
                                       const QString& text, int* exitCode)
{
    const int eq = int(text.indexOf(u'='));
    const int e = eq > 0 ? data.employeeIndexByNip(text.left(eq).trimmed()) : -1;
    const int pi = eq > 0 ? data.positionIndexByCode(text.mid(eq + 1).trimmed()) : -1;
    if (eq <= 0 || e < 0 || pi < 0) {
        *exitCode = c.fail(QStringLiteral("--%1 '%2': %3")
                               .arg(option, text,
                                    eq <= 0 ? QStringLiteral("write NIP=POSITION_CODE")
                                    : e < 0 ? QStringLiteral("no employee has this NIP")
                                            : QStringLiteral("no position has this code")),
                           BadInput);
        return std::nullopt;
    }
    return PlacementPair{data.employees()[e].id, data.positions()[pi].id};
}
} // namespace

std::optional<PlacementConstraints> constraintsFromOptions(Context& c, const QCommandLineParser& p,
                                                           const PlacementSession& s, int* exitCode)
{
    const AnalyticsData& data = s.analytics.data;
    PlacementConstraints k;
    k.minScore = s.settings.minScore;
    k.fillFirst = s.settings.fillFirst && !p.isSet(kNoFillFirst);
    if (p.isSet(kMinScore)) {
        bool ok = false;
        k.minScore = p.value(kMinScore).toDouble(&ok);
        if (!ok) {
            *exitCode = c.fail(QStringLiteral("--min-score '%1' is not a number").arg(p.value(kMinScore)), BadInput);
            return std::nullopt;
        }
    }
    for (const auto& [option, list] :
         {std::pair{&kLock, &k.locks}, std::pair{&kExclude, &k.exclusions}, std::pair{&kAdd, &k.added}}) {
        for (const QString& text : p.values(*option)) {
            auto pair = parsePair(c, data, option->names().first(), text, exitCode);
            if (!pair)
                return std::nullopt;
            list->append(*pair);
        }
    }
    for (const QString& nip : p.values(kKeep)) {
        const int e = data.employeeIndexByNip(nip.trimmed());
        if (e < 0) {
            *exitCode = c.fail(QStringLiteral("--keep '%1': no employee has this NIP").arg(nip), BadInput);
            return std::nullopt;
        }
        k.keepInPlace.append(data.employees()[e].id);
    }
    for (const QString& text : p.values(kUnitLimit)) {
        const int eq = int(text.indexOf(u'='));
        const int u = eq > 0 ? data.unitIndexByCode(text.left(eq).trimmed()) : -1;
        bool ok = false;
        const int n = eq > 0 ? text.mid(eq + 1).trimmed().toInt(&ok) : -1;
        if (u < 0 || !ok || n < 0) {
            *exitCode =
                c.fail(QStringLiteral("--unit-limit '%1': write UNIT_CODE=N with a known unit and N >= 0").arg(text),
                       BadInput);
            return std::nullopt;
        }
        k.unitMoveLimits.insert(data.units()[u].id, n);
    }
    return k;
}

// ---- vacancies --------------------------------------------------------------------------------

int placementVacancies(Context& c, const QCommandLineParser& p)
{
    int code = Ok;
    auto s = openPlacement(c, p, &code);
    if (!s)
        return code;
    auto vacancies = sessionVacancies(c, p, *s, &code);
    if (!vacancies)
        return code;
    const AnalyticsData& data = s->analytics.data;
    const bool csv = p.isSet(csvOption());
    if (csv)
        writeCsvRow(c.out, {QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("unit"),
                            QStringLiteral("jenjang"), QStringLiteral("open_now"), QStringLiteral("retiring"),
                            QStringLiteral("seats"), QStringLiteral("opens_on"), QStringLiteral("retirees")});
    QJsonArray rows;
    int seats = 0;
    for (const Vacancy& v : *vacancies) {
        const AnalyticsPosition& pos = data.positions()[data.positionIndex(v.positionId)];
        QStringList retirees;
        for (qint64 id : v.retirees)
            retirees << data.employees()[data.employeeIndex(id)].nip;
        seats += v.seatCount();
        if (csv) {
            writeCsvRow(c.out, {pos.code, pos.name, unitCode(data, pos.unitIndex), pos.jenjang,
                                QString::number(v.openNow), QString::number(v.retiring), QString::number(v.seatCount()),
                                v.opensOn.toString(Qt::ISODate), retirees.join(u' ')});
            continue;
        }
        rows.append(QJsonObject{{QStringLiteral("position"), pos.code},
                                {QStringLiteral("name"), pos.name},
                                {QStringLiteral("unit"), unitCode(data, pos.unitIndex)},
                                {QStringLiteral("jenjang"), pos.jenjang},
                                {QStringLiteral("open_now"), v.openNow},
                                {QStringLiteral("retiring"), v.retiring},
                                {QStringLiteral("seats"), v.seatCount()},
                                {QStringLiteral("opens_on"), v.opensOn.toString(Qt::ISODate)},
                                {QStringLiteral("retirees"), QJsonArray::fromStringList(retirees)}});
    }
    if (csv) {
        c.out.flush();
        return Ok;
    }
    if (p.isSet(jsonOption())) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("today"), s->analytics.today.toString(Qt::ISODate)},
                                              {QStringLiteral("horizon_months"), s->horizonMonths},
                                              {QStringLiteral("positions"), rows.size()},
                                              {QStringLiteral("seats"), seats},
                                              {QStringLiteral("vacancies"), rows}}));
        return Ok;
    }
    c.out << rows.size() << " positions with " << seats << " seats open now or within " << s->horizonMonths
          << " months\n";
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        c.out << "  " << o.value(u"position").toString().leftJustified(16) << " "
              << o.value(u"name").toString().left(40).leftJustified(40) << " seats " << o.value(u"seats").toInt()
              << " (open " << o.value(u"open_now").toInt() << ", retiring " << o.value(u"retiring").toInt() << ") from "
              << o.value(u"opens_on").toString() << "\n";
    }
    c.out.flush();
    return Ok;
}

// ---- candidates -------------------------------------------------------------------------------

int placementCandidates(Context& c, const QCommandLineParser& p)
{
    if (p.values(positionOption()).size() != 1)
        return c.fail(QStringLiteral("placement candidates needs one --position CODE"), BadInput);
    int code = Ok;
    auto s = openPlacement(c, p, &code);
    if (!s)
        return code;
    const AnalyticsData& data = s->analytics.data;
    const int pi = data.positionIndexByCode(p.value(positionOption()));
    if (pi < 0)
        return c.fail(QStringLiteral("no position has the code '%1'").arg(p.value(positionOption())), BadInput);
    int limit = s->settings.poolSize;
    if (p.isSet(kLimit)) {
        bool ok = false;
        limit = p.value(kLimit).toInt(&ok);
        if (!ok || limit < 0)
            return c.fail(QStringLiteral("--limit must be a whole number, 0 or more"), BadInput);
    }
    const RankingResult r = rankCandidates(data, pi, s->analytics.settings, s->analytics.today, RankingOptions{limit});
    const CategoryScale* scale = s->analytics.settings.scale(s->analytics.settings.defaultScale);
    const bool csv = p.isSet(csvOption());
    if (csv)
        writeCsvRow(c.out, {QStringLiteral("rank"), QStringLiteral("nip"), QStringLiteral("name"),
                            QStringLiteral("current_position"), QStringLiteral("score"), QStringLiteral("jpm"),
                            QStringLiteral("category"), QStringLiteral("complete"), QStringLiteral("gaps")});
    QJsonArray ranked;
    int rank = 0;
    for (const RankedCandidate& rc : r.ranked) {
        const AnalyticsEmployee& e = data.employees()[rc.employeeIndex];
        QJsonArray explain;
        QStringList gaps;
        for (const GapRow& g : rc.contributions) {
            const QString comp = competencyCode(data, g.competencyId);
            explain.append(QJsonObject{{QStringLiteral("competency"), comp},
                                       {QStringLiteral("required"), g.required},
                                       {QStringLiteral("actual"), g.assessed ? QJsonValue(g.actual) : QJsonValue()},
                                       {QStringLiteral("gap"), g.assessed ? QJsonValue(g.gap) : QJsonValue()},
                                       {QStringLiteral("points"), number(roundTo2(g.contribution))}});
            if (g.shortfall > 0)
                gaps << QStringLiteral("%1:%2").arg(comp, g.assessed ? QString::number(g.gap) : QStringLiteral("na"));
        }
        const QString category = rc.jpm.complete() && scale ? scale->codeFor(rc.jpm.jpm) : QString();
        if (csv) {
            writeCsvRow(c.out, {QString::number(++rank), e.nip, e.name, positionCode(data, e.positionIndex),
                                fixed2(rc.score), fixed2(rc.jpm.jpm), category,
                                rc.complete ? QStringLiteral("true") : QStringLiteral("false"), gaps.join(u' ')});
            continue;
        }
        ranked.append(QJsonObject{{QStringLiteral("rank"), ++rank},
                                  {QStringLiteral("nip"), e.nip},
                                  {QStringLiteral("name"), e.name},
                                  {QStringLiteral("current_position"), positionCode(data, e.positionIndex)},
                                  {QStringLiteral("score"), number(rc.score)},
                                  {QStringLiteral("jpm"), number(rc.jpm.jpm)},
                                  {QStringLiteral("category"), category},
                                  {QStringLiteral("complete"), rc.complete},
                                  {QStringLiteral("kinerja_points"), number(roundTo2(rc.kinerjaContribution))},
                                  {QStringLiteral("explanation"), explain}});
    }
    if (csv) {
        c.out.flush();
        return Ok;
    }
    QJsonObject counts;
    for (const Exclusion& x : r.excluded)
        for (ExclusionReason reason : exclusionReasons(x.reasons))
            counts.insert(exclusionReasonCode(reason), counts.value(exclusionReasonCode(reason)).toInt() + 1);
    QJsonArray reasons;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        QString text;
        for (quint32 bit = 1; bit <= LastExclusionReason; bit <<= 1)
            if (exclusionReasonCode(ExclusionReason(bit)) == it.key())
                text = exclusionReasonText(ExclusionReason(bit));
        reasons.append(QJsonObject{{QStringLiteral("code"), it.key()},
                                   {QStringLiteral("reason"), text},
                                   {QStringLiteral("employees"), it.value().toInt()}});
    }
    const AnalyticsPosition& pos = data.positions()[pi];
    if (p.isSet(jsonOption())) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("position"), pos.code},
                                              {QStringLiteral("name"), pos.name},
                                              {QStringLiteral("today"), s->analytics.today.toString(Qt::ISODate)},
                                              {QStringLiteral("eligible"), r.candidates},
                                              {QStringLiteral("excluded"), r.excluded.size()},
                                              {QStringLiteral("excluded_by_reason"), reasons},
                                              {QStringLiteral("candidates"), ranked}}));
        return Ok;
    }
    c.out << pos.code << " " << pos.name << ": " << r.candidates << " eligible, " << r.excluded.size() << " excluded\n";
    for (const QJsonValue& v : ranked) {
        const QJsonObject o = v.toObject();
        c.out << QString::number(o.value(u"rank").toInt()).rightJustified(4) << ". " << o.value(u"nip").toString()
              << "  " << o.value(u"name").toString().left(34).leftJustified(34) << " score "
              << fixed2(o.value(u"score").toDouble()) << "\n";
    }
    for (const QJsonValue& v : reasons)
        c.out << "  excluded, " << v.toObject().value(u"reason").toString() << ": "
              << v.toObject().value(u"employees").toInt() << "\n";
    c.out.flush();
    return Ok;
}

} // namespace karsa::cli
