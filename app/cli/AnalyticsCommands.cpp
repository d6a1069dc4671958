// gap, jpm and talent: the analytics commands over one employee or a unit's employees.
#include "AnalyticsCommands.h"

#include "AnalyticsCliSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/UnitAggregates.h"

#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kNip(QStringLiteral("nip"), QStringLiteral("The employee's NIP."), QStringLiteral("NIP"));
const QCommandLineOption kPosition(QStringLiteral("position"), QStringLiteral("A target position code."),
                                   QStringLiteral("CODE"));
const QCommandLineOption kUnit(QStringLiteral("unit"), QStringLiteral("Only this unit and its sub-units."),
                               QStringLiteral("CODE"));
const QCommandLineOption kScale(QStringLiteral("scale"), QStringLiteral("Category scale (default: the setting)."),
                                QStringLiteral("NAME"));

// Resolves --unit; -1 = the whole city. Returns false (after printing) for an unknown code.
bool resolveUnit(Context& c, const AnalyticsSession& s, const QCommandLineParser& p, int* unitIndex, int* code)
{
    *unitIndex = -1;
    if (!p.isSet(kUnit))
        return true;
    *unitIndex = s.data.unitIndexByCode(p.value(kUnit));
    if (*unitIndex < 0) {
        *code = c.fail(QStringLiteral("no unit has the code '%1'").arg(p.value(kUnit)), BadInput);
        return false;
    }
    return true;
}

QJsonObject gapAnalysis(const AnalyticsSession& s, int employee, int position, const QString& relation,
                        const CategoryScale* scale)
{
    const AnalyticsPosition& pos = s.data.positions()[position];
    const JpmResult r = jpmAgainst(s.data, s.settings, employee, position, scale);
    QJsonArray rows;
    for (const GapRow& g : gapAgainst(s.data, s.settings, employee, position)) {
        const int ci = s.data.competencyIndex(g.competencyId);
        rows.append(
            QJsonObject{{QStringLiteral("competency"), competencyCode(s.data, g.competencyId)},
                        {QStringLiteral("name"), ci >= 0 ? s.data.competencies()[ci].name : QString()},
                        {QStringLiteral("teknis"), g.teknis},
                        {QStringLiteral("required"), g.required},
                        {QStringLiteral("actual"), g.assessed ? QJsonValue(g.actual) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("gap"), g.assessed ? QJsonValue(g.gap) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("shortfall"), g.shortfall},
                        {QStringLiteral("meets_standard"), g.assessed && g.gap >= 0},
                        {QStringLiteral("contribution"), number(roundTo2(g.contribution))}});
    }
    const bool complete = r.complete();
    return QJsonObject{
        {QStringLiteral("relation"), relation},
        {QStringLiteral("position"), pos.code},
        {QStringLiteral("position_name"), pos.name},
        {QStringLiteral("jenjang"), pos.jenjang},
        {QStringLiteral("status"), statusCode(r)},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("jpm"), complete ? number(r.jpm) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ikk"), complete ? number(r.ikk) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("jpm_lower_bound"), r.status == JpmStatus::Incomplete ? number(r.jpm) : QJsonValue()},
        {QStringLiteral("category"),
         complete && scale && r.category >= 0 ? QJsonValue(scale->bands()[r.category].code) : QJsonValue()},
        {QStringLiteral("missing"), competencyCodes(s.data, r.missing)},
        {QStringLiteral("competencies"), rows}};
}

void printGapText(QTextStream& out, const QJsonObject& a)
{
    out << a.value(u"relation").toString() << " position " << a.value(u"position").toString() << " ("
        << a.value(u"position_name").toString() << "): ";
    if (a.value(u"complete").toBool())
        out << "JPM " << fixed2(a.value(u"jpm").toDouble()) << " % " << a.value(u"category").toString() << ", IKK "
            << fixed2(a.value(u"ikk").toDouble()) << "\n";
    else
        out << "INCOMPLETE, no assessment for "
            << a.value(u"missing").toVariant().toStringList().join(QStringLiteral(", ")) << "\n";
    for (const QJsonValue& v : a.value(u"competencies").toArray()) {
        const QJsonObject r = v.toObject();
        out << "  " << r.value(u"competency").toString().leftJustified(10)
            << r.value(u"name").toString().leftJustified(36) << " required " << r.value(u"required").toInt()
            << "  actual "
            << (r.value(u"actual").isNull() ? QStringLiteral("-") : QString::number(r.value(u"actual").toInt()))
            << "  gap " << (r.value(u"gap").isNull() ? QStringLiteral("-") : QString::number(r.value(u"gap").toInt()))
            << "  shortfall " << r.value(u"shortfall").toInt() << "\n";
    }
}
} // namespace

// ---- gap --------------------------------------------------------------------------------------

void GapCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({kNip, kPosition, kScale, todayOption(), jsonOption()});
}

int GapCommand::run(Context& c, const QCommandLineParser& p)
{
    if (!p.isSet(kNip))
        return c.fail(QStringLiteral("gap needs --nip NIP"), BadInput);
    int code = Ok;
    auto s = openAnalytics(c, p, &code);
    if (!s)
        return code;
    const int employee = s->data.employeeIndexByNip(p.value(kNip));
    if (employee < 0)
        return c.fail(QStringLiteral("no employee has the NIP '%1'").arg(p.value(kNip)), BadInput);
    int target = -1;
    if (p.isSet(kPosition)) {
        target = s->data.positionIndexByCode(p.value(kPosition));
        if (target < 0)
            return c.fail(QStringLiteral("no position has the code '%1'").arg(p.value(kPosition)), BadInput);
    }
    const QString scaleName = p.isSet(kScale) ? p.value(kScale) : s->settings.defaultScale;
    const CategoryScale* scale = s->settings.scale(scaleName);
    if (!scale)
        return c.fail(QStringLiteral("no category scale is named '%1'").arg(scaleName), BadInput);

    const AnalyticsEmployee& e = s->data.employees()[employee];
    QJsonArray analyses;
    if (e.positionIndex >= 0)
        analyses.append(gapAnalysis(*s, employee, e.positionIndex, QStringLiteral("current"), scale));
    if (target >= 0)
        analyses.append(gapAnalysis(*s, employee, target, QStringLiteral("target"), scale));
    if (p.isSet(jsonOption())) {
        c.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("nip"), e.nip},
                        {QStringLiteral("name"), e.name},
                        {QStringLiteral("current_position"),
                         e.positionIndex >= 0 ? QJsonValue(positionCode(s->data, e.positionIndex)) : QJsonValue()},
                        {QStringLiteral("scale"), scale->name()},
                        {QStringLiteral("analyses"), analyses}}));
        return Ok;
    }
    c.out << e.nip << " " << e.name << "\n";
    if (analyses.isEmpty())
        c.out << "No current position; give --position CODE to compare with a target position.\n";
    for (const QJsonValue& a : analyses)
        printGapText(c.out, a.toObject());
    c.out.flush();
    return Ok;
}

// ---- jpm --------------------------------------------------------------------------------------

void JpmCommand::setup(QCommandLineParser& p) const
{
    p.addOptions({kUnit, kScale, todayOption(), jsonOption(), csvOption()});
}

int JpmCommand::run(Context& c, const QCommandLineParser& p)
{
    int code = Ok;
    auto s = openAnalytics(c, p, &code);
    if (!s)
        return code;
    int unit = -1;
    if (!resolveUnit(c, *s, p, &unit, &code))
        return code;
    const QString scaleName = p.isSet(kScale) ? p.value(kScale) : s->settings.defaultScale;
    const CategoryScale* scale = s->settings.scale(scaleName);
    if (!scale)
        return c.fail(QStringLiteral("no category scale is named '%1'").arg(scaleName), BadInput);

    const QVector<JpmResult> jpm = jpmForAll(s->data, s->settings, scale);
    const QVector<int> scope = s->data.employeesInScope(unit);
    const auto categoryOf = [&](const JpmResult& r) {
        return r.complete() && r.category >= 0 ? scale->bands()[r.category].code : QString();
    };
    if (p.isSet(csvOption())) {
        writeCsvRow(c.out, {QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit"),
                            QStringLiteral("position"), QStringLiteral("status"), QStringLiteral("jpm"),
                            QStringLiteral("ikk"), QStringLiteral("category"), QStringLiteral("missing")});
        for (int i : scope) {
            const AnalyticsEmployee& e = s->data.employees()[i];
            const JpmResult& r = jpm[i];
            writeCsvRow(c.out, {e.nip, e.name, unitCode(s->data, e.unitIndex), positionCode(s->data, e.positionIndex),
                                statusCode(r), r.complete() ? fixed2(r.jpm) : QString(),
                                r.complete() ? fixed2(r.ikk) : QString(), categoryOf(r),
                                competencyCodeList(s->data, r.missing).join(u';')});
        }
        c.out.flush();
        return Ok;
    }
    const UnitAggregate summary = aggregateOf(s->data, jpm, *scale, scope);
    if (p.isSet(jsonOption())) {
        QJsonArray rows;
        for (int i : scope) {
            const AnalyticsEmployee& e = s->data.employees()[i];
            const JpmResult& r = jpm[i];
            QJsonObject o{{QStringLiteral("nip"), e.nip},
                          {QStringLiteral("name"), e.name},
                          {QStringLiteral("unit"), unitCode(s->data, e.unitIndex)},
                          {QStringLiteral("position"),
                           e.positionIndex >= 0 ? QJsonValue(positionCode(s->data, e.positionIndex)) : QJsonValue()},
                          {QStringLiteral("status"), statusCode(r)},
                          {QStringLiteral("complete"), r.complete()},
                          {QStringLiteral("jpm"), r.complete() ? number(r.jpm) : QJsonValue()},
                          {QStringLiteral("ikk"), r.complete() ? number(r.ikk) : QJsonValue()},
                          {QStringLiteral("category"), r.complete() ? QJsonValue(categoryOf(r)) : QJsonValue()},
                          {QStringLiteral("missing"), competencyCodes(s->data, r.missing)}};
            if (r.status == JpmStatus::Incomplete)
                o.insert(QStringLiteral("jpm_lower_bound"), number(r.jpm));
            rows.append(o);
        }
        QJsonObject distribution;
        for (int b = 0; b < scale->bands().size(); ++b)
            distribution.insert(scale->bands()[b].code, summary.distribution[b]);
        c.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("scale"), scale->name()},
                        {QStringLiteral("unit"), unit >= 0 ? QJsonValue(unitCode(s->data, unit)) : QJsonValue()},
                        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("employees"), summary.employees},
                                                                {QStringLiteral("complete"), summary.complete},
                                                                {QStringLiteral("incomplete"), summary.incomplete},
                                                                {QStringLiteral("no_standard"), summary.noStandard},
                                                                {QStringLiteral("mean_jpm"), number(summary.meanJpm)},
                                                                {QStringLiteral("distribution"), distribution}}},
                        {QStringLiteral("employees"), rows}}));
        return Ok;
    }
    c.out << "Scale " << scale->name() << ", " << summary.employees << " employees, " << summary.complete
          << " complete, mean JPM " << fixed2(summary.meanJpm) << " %\n";
    for (int b = 0; b < scale->bands().size(); ++b)
        c.out << "  " << scale->bands()[b].code.leftJustified(6) << scale->bands()[b].label.leftJustified(26)
              << summary.distribution[b] << "\n";
    c.out << "  incomplete" << QString(22, u' ') << summary.incomplete << "\n  no standard" << QString(21, u' ')
          << summary.noStandard << "\n(--json or --csv lists every employee)" << Qt::endl;
    return Ok;
}

} // namespace karsa::cli
