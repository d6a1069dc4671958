// training, catalogue and validation: realisation records, the programme catalogue and the
// proposed-assessment loop.
#include "TrainingCommands.h"

#include "DevelopmentCliSupport.h"
#include "development/DevelopmentReports.h"
#include "development/DevelopmentService.h"
#include "reports/CsvRenderer.h"
#include "storage/TrainingCatalogRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kProgram(QStringLiteral("program"), QStringLiteral("A catalogue programme code."),
                                  QStringLiteral("CODE"));
const QCommandLineOption kTitle(QStringLiteral("title"), QStringLiteral("Training title (ad hoc)."), QStringLiteral("TEXT"));
const QCommandLineOption kForm(QStringLiteral("form"), QStringLiteral("Development form code (ad hoc)."),
                               QStringLiteral("FORM"));
const QCommandLineOption kProvider(QStringLiteral("provider"), QStringLiteral("Provider."), QStringLiteral("TEXT"));
const QCommandLineOption kStart(QStringLiteral("start"), QStringLiteral("Start date."), QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption kEnd(QStringLiteral("end"), QStringLiteral("End date."), QStringLiteral("YYYY-MM-DD"));
const QCommandLineOption kJp(QStringLiteral("jp"), QStringLiteral("JP (default: the programme's)."), QStringLiteral("N"));
const QCommandLineOption kMinutes(QStringLiteral("minutes"), QStringLiteral("Duration in minutes (1 JP = 45 minutes)."),
                                  QStringLiteral("N"));
const QCommandLineOption kCertificate(QStringLiteral("certificate"), QStringLiteral("Certificate number."),
                                      QStringLiteral("TEXT"));
const QCommandLineOption kResult(QStringLiteral("result"), QStringLiteral("lulus (default), hadir or tidak_lulus."),
                                 QStringLiteral("RESULT"));
const QCommandLineOption kItem(QStringLiteral("item"), QStringLiteral("The plan item it realises."), QStringLiteral("ID"));
const QCommandLineOption kId(QStringLiteral("id"), QStringLiteral("An assessment id."), QStringLiteral("ID"));
const QCommandLineOption kCode(QStringLiteral("code"), QStringLiteral("Programme code."), QStringLiteral("CODE"));
const QCommandLineOption kName(QStringLiteral("name"), QStringLiteral("Programme name."), QStringLiteral("TEXT"));
const QCommandLineOption kCost(QStringLiteral("cost"), QStringLiteral("Cost per participant (Rp)."), QStringLiteral("N"));
const QCommandLineOption kMode(QStringLiteral("mode"), QStringLiteral("luring, daring or campuran."), QStringLiteral("MODE"));
const QCommandLineOption kActive(QStringLiteral("active"), QStringLiteral("Whether plans may use the programme (true/false)."),
                                 QStringLiteral("BOOL"));
const QCommandLineOption kDevelops(QStringLiteral("develops"),
                                   QStringLiteral("Competencies and target levels, e.g. M.01:3,T.09:4."),
                                   QStringLiteral("LIST"));

QDate dateOption(Context& c, const QCommandLineParser& p, const QCommandLineOption& o, bool* ok)
{
    const QDate d = QDate::fromString(p.value(o), Qt::ISODate);
    if (!d.isValid()) {
        c.fail(QStringLiteral("--%1 must be a date written YYYY-MM-DD, not '%2'").arg(o.names().first(), p.value(o)),
               BadInput);
        *ok = false;
    }
    return d;
}

int add(Context& c, DevelopmentSession& s, const QCommandLineParser& p)
{
    int employee = -1;
    if (!p.isSet(nipOption()) || !p.isSet(kStart) || !p.isSet(kEnd))
        return c.fail(QStringLiteral("training add needs --nip, --start and --end"), BadInput);
    if (!employeeFrom(c, s.analytics.data, p, &employee))
        return BadInput;
    TrainingRecord r;
    r.employeeId = s.analytics.data.employees()[employee].id;
    bool ok = true;
    r.startDate = dateOption(c, p, kStart, &ok);
    if (ok)
        r.endDate = dateOption(c, p, kEnd, &ok);
    if (!ok)
        return BadInput;
    if (p.isSet(kProgram)) {
        const TrainingProgramme* found = nullptr;
        for (const TrainingProgramme& tp : s.catalogue.programmes())
            if (tp.code == p.value(kProgram))
                found = &tp;
        if (!found)
            return c.fail(QStringLiteral("no programme has the code '%1'").arg(p.value(kProgram)), BadInput);
        r.programmeId = found->id;
        r.jp = found->jp;
    }
    if (p.isSet(kItem))
        r.planItemId = p.value(kItem).toLongLong();
    r.title = p.value(kTitle);
    r.form = p.value(kForm);
    r.provider = p.value(kProvider);
    r.certificateNo = p.value(kCertificate);
    if (p.isSet(kJp))
        r.jp = p.value(kJp).toDouble(&ok);
    else if (p.isSet(kMinutes))
        r.jp = roundTo2(p.value(kMinutes).toDouble(&ok) / 45.0);
    if (!ok)
        return c.fail(QStringLiteral("--jp and --minutes must be numbers"), BadInput);
    if (p.isSet(kResult) && !trainingResultFromCode(p.value(kResult), &r.result))
        return c.fail(QStringLiteral("--result must be lulus, hadir or tidak_lulus"), BadInput);
    if (r.jp == 0 && r.planItemId == 0 && r.programmeId == 0)
        return c.fail(QStringLiteral("an ad hoc training needs --jp or --minutes"), BadInput);
    QSqlDatabase db = s.analytics.db->db();
    if (r.jp == 0 && r.planItemId > 0) {
        auto item = DevelopmentPlanRepository(db).item(r.planItemId);
        if (!item)
            return c.fail(item.error().describe(), BadInput);
        r.jp = item->jp;
    }
    Transaction tx(db);
    auto outcome = DevelopmentService::recordTraining(db, r);
    if (!outcome)
        return c.fail(outcome.error().describe(), BadInput);
    if (Status st = tx.commit(); !st)
        return c.fail(st.error().describe());
    if (p.isSet(jsonOption())) {
        QJsonArray proposals;
        for (qint64 id : outcome->proposals)
            proposals.append(id);
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("record"), outcome->recordId},
                                              {QStringLiteral("item_completed"), outcome->itemCompleted},
                                              {QStringLiteral("proposed_assessments"), proposals}}));
        return Ok;
    }
    c.out << "Recorded training #" << outcome->recordId << (outcome->itemCompleted ? ", plan item completed" : "") << ", "
          << outcome->proposals.size() << " assessment(s) proposed for validation" << Qt::endl;
    return Ok;
}

int list(Context& c, DevelopmentSession& s, const QCommandLineParser& p)
{
    const int year = yearFrom(c, p, s.analytics.today);
    if (year == 0)
        return BadInput;
    int employee = -1;
    if (!employeeFrom(c, s.analytics.data, p, &employee))
        return BadInput;
    auto records = TrainingRecordRepository(s.analytics.db->db())
                       .forYear(year, employee >= 0 ? s.analytics.data.employees()[employee].id : 0);
    if (!records)
        return c.fail(records.error().describe());
    const ReportTable table = DevelopmentReports::recordsTable(s.analytics.data, records.value(), year);
    if (p.isSet(outOption()))
        return writeDocument(c, ReportDocument::fromTable(table, letterheadOf(*s.analytics.db)), p.value(outOption()));
    if (p.isSet(jsonOption())) {
        QJsonArray out;
        for (const TrainingRecord& r : records.value()) {
            const int e = s.analytics.data.employeeIndex(r.employeeId);
            const TrainingProgramme* tp = s.catalogue.byId(r.programmeId);
            out.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("nip"), e >= 0 ? s.analytics.data.employees()[e].nip : QString()},
                                   {QStringLiteral("program"), tp ? QJsonValue(tp->code) : QJsonValue()},
                                   {QStringLiteral("plan_item"), r.planItemId ? QJsonValue(r.planItemId) : QJsonValue()},
                                   {QStringLiteral("title"), r.title},
                                   {QStringLiteral("form"), r.form},
                                   {QStringLiteral("start"), r.startDate.toString(Qt::ISODate)},
                                   {QStringLiteral("end"), r.endDate.toString(Qt::ISODate)},
                                   {QStringLiteral("jp"), r.jp},
                                   {QStringLiteral("certificate"), r.certificateNo},
                                   {QStringLiteral("result"), trainingResultCode(r.result)}});
        }
        c.printJson(QJsonDocument(out));
        return Ok;
    }
    c.out << QString::fromUtf8(CsvRenderer::toCsv(table, CsvOptions{u',', false, true}));
    c.out.flush();
    return Ok;
}
} // namespace

void TrainingCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add or list"));
    p.addOptions({nipOption(), kProgram, kTitle, kForm, kProvider, kStart, kEnd, kJp, kMinutes, kCertificate, kResult, kItem,
                  yearOption(), outOption(), todayOption(), jsonOption()});
}

int TrainingCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || (args.first() != u"add" && args.first() != u"list"))
        return c.fail(QStringLiteral("training needs one action: add or list"), BadInput);
    int code = Ok;
    auto s = openDevelopment(c, p, &code);
    if (!s)
        return code;
    return args.first() == u"add" ? add(c, *s, p) : list(c, *s, p);
}

void CatalogueCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, add or edit"));
    p.addOptions({kCode, kName, kForm, kProvider, kJp, kCost, kMode, kDevelops, kActive, outOption(), jsonOption(), csvOption()});
}

int CatalogueCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || (args.first() != u"add" && args.first() != u"list" && args.first() != u"edit"))
        return c.fail(QStringLiteral("catalogue needs one action: list, add or edit"), BadInput);
    int code = Ok;
    auto s = openDevelopment(c, p, &code);
    if (!s)
        return code;
    const AnalyticsData& data = s->analytics.data;
    if (args.first() == u"add" || args.first() == u"edit") {
        const bool edit = args.first() == u"edit";
        TrainingProgramme tp;
        if (edit) {
            const TrainingProgramme* found = nullptr;
            for (const TrainingProgramme& existing : s->catalogue.programmes())
                if (existing.code == p.value(kCode))
                    found = &existing;
            if (!found)
                return c.fail(QStringLiteral("no programme has the code '%1'").arg(p.value(kCode)), BadInput);
            tp = *found;
        }
        const auto take = [&](const QCommandLineOption& o, QString& field) {
            if (!edit || p.isSet(o))
                field = p.value(o);
        };
        take(kCode, tp.code);
        take(kName, tp.name);
        take(kForm, tp.form);
        take(kProvider, tp.provider);
        if (!edit || p.isSet(kJp))
            tp.jp = p.value(kJp).toDouble();
        if (!edit || p.isSet(kCost))
            tp.cost = p.value(kCost).toLongLong();
        if (p.isSet(kMode))
            tp.mode = p.value(kMode);
        if (p.isSet(kActive))
            tp.active = p.value(kActive) == u"true" || p.value(kActive) == u"1" || p.value(kActive) == u"ya";
        QHash<QString, qint64> idByCode;
        for (const AnalyticsCompetency& ac : data.competencies())
            idByCode.insert(ac.code, ac.id);
        if (!edit || p.isSet(kDevelops)) {
            auto develops = TrainingProgramme::parseDevelops(p.value(kDevelops), idByCode);
            if (!develops)
                return c.fail(QStringLiteral("--develops: ") + develops.error().message, BadInput);
            tp.competencies = std::move(develops).value();
        }
        QSqlDatabase db = s->analytics.db->db();
        Transaction tx(db);
        TrainingCatalogRepository repo(db);
        Status written;
        qint64 id = tp.id;
        if (edit) {
            written = repo.update(tp);
        } else {
            auto inserted = repo.insert(tp);
            if (inserted)
                id = inserted.value();
            else
                written = inserted.error();
        }
        if (!written)
            return c.fail(written.error().describe(), BadInput);
        if (Status st = tx.commit(); !st)
            return c.fail(st.error().describe());
        c.out << (edit ? "Saved programme " : "Added programme ") << tp.code << " (#" << id << ")" << Qt::endl;
        return Ok;
    }
    const ReportTable table = DevelopmentReports::catalogueTable(data, s->catalogue.programmes());
    if (p.isSet(outOption()))
        return writeDocument(c, ReportDocument::fromTable(table, letterheadOf(*s->analytics.db)), p.value(outOption()));
    if (p.isSet(jsonOption())) {
        QJsonArray out;
        for (const TrainingProgramme& tp : s->catalogue.programmes()) {
            QJsonArray develops;
            for (const ProgrammeCompetency& pc : tp.competencies)
                develops.append(QJsonObject{{QStringLiteral("competency"), competencyCode(data, pc.competencyId)},
                                            {QStringLiteral("target_level"), pc.targetLevel}});
            out.append(QJsonObject{{QStringLiteral("code"), tp.code}, {QStringLiteral("name"), tp.name},
                                   {QStringLiteral("form"), tp.form}, {QStringLiteral("provider"), tp.provider},
                                   {QStringLiteral("jp"), tp.jp}, {QStringLiteral("cost"), tp.cost},
                                   {QStringLiteral("mode"), tp.mode}, {QStringLiteral("active"), tp.active},
                                   {QStringLiteral("develops"), develops}});
        }
        c.printJson(QJsonDocument(out));
        return Ok;
    }
    c.out << QString::fromUtf8(CsvRenderer::toCsv(table, CsvOptions{u',', false, true}));
    c.out.flush();
    return Ok;
}

void ValidationCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, validate or reject"));
    p.addOptions({kId, byOption(), jsonOption()});
}

int ValidationCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    const QStringList actions{QStringLiteral("list"), QStringLiteral("validate"), QStringLiteral("reject")};
    if (args.size() != 1 || !actions.contains(args.first()))
        return c.fail(QStringLiteral("validation needs one action: list, validate or reject"), BadInput);
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    ProposalRepository repo(db->db());
    if (args.first() == u"list") {
        auto pending = repo.pending();
        if (!pending)
            return c.fail(pending.error().describe());
        auto data = AnalyticsData::load(db->db());
        if (!data)
            return c.fail(data.error().describe());
        QJsonArray out;
        for (const AssessmentProposal& a : pending.value()) {
            const int e = data->employeeIndex(a.employeeId);
            out.append(QJsonObject{{QStringLiteral("id"), a.assessmentId},
                                   {QStringLiteral("nip"), e >= 0 ? data->employees()[e].nip : QString()},
                                   {QStringLiteral("competency"), competencyCode(data.value(), a.competencyId)},
                                   {QStringLiteral("level"), a.level},
                                   {QStringLiteral("current_level"), e >= 0 ? levelOf(data->levels(e), a.competencyId) : 0},
                                   {QStringLiteral("assessed_on"), a.assessedOn.toString(Qt::ISODate)},
                                   {QStringLiteral("method"), a.method},
                                   {QStringLiteral("training_record"), a.trainingRecordId ? QJsonValue(a.trainingRecordId) : QJsonValue()},
                                   {QStringLiteral("training"), a.trainingTitle},
                                   {QStringLiteral("evidence"), a.evidence}});
        }
        if (p.isSet(jsonOption())) {
            c.printJson(QJsonDocument(out));
        } else {
            for (const QJsonValue& v : out) {
                const QJsonObject o = v.toObject();
                c.out << "#" << o.value(u"id").toInteger() << " " << o.value(u"nip").toString() << " "
                      << o.value(u"competency").toString() << " " << o.value(u"current_level").toInt() << " -> "
                      << o.value(u"level").toInt() << " " << o.value(u"method").toString() << " "
                      << o.value(u"evidence").toString() << "\n";
            }
            c.out << out.size() << " assessment(s) need validation" << Qt::endl;
        }
        return Ok;
    }
    if (!p.isSet(kId))
        return c.fail(QStringLiteral("%1 needs --id N").arg(args.first()), BadInput);
    const QString by = officerFrom(c, p);
    Transaction tx(db->db());
    // Read-modify-write of a fresh row: the version is read here, in the same transaction (a missing
    // row is reported by decide() itself).
    const qint64 assessmentId = p.value(kId).toLongLong();
    const auto version = sql::rowVersion(db->db(), QStringLiteral("assessments"), assessmentId);
    if (Status st = repo.decide(assessmentId, version ? version.value() : -1, args.first() == u"validate", by,
                                QDateTime::currentDateTimeUtc());
        !st)
        return c.fail(st.error().describe(), BadInput);
    if (Status st = tx.commit(); !st)
        return c.fail(st.error().describe());
    c.out << "Assessment " << p.value(kId) << (args.first() == u"validate" ? " validated" : " rejected") << " by " << by
          << Qt::endl;
    return Ok;
}

} // namespace karsa::cli
