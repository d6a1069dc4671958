// eval: evaluation cycles from the command line; every figure comes from core/evaluation.
#include "EvaluationCommands.h"

#include "AnalyticsCliSupport.h"
#include "domain/Nip.h"
#include "evaluation/CycleEvaluation.h"
#include "evaluation/EvaluationFeedback.h"
#include "evaluation/EvaluationReports.h"
#include "evaluation/PublicFeedbackImport.h"
#include "reports/CsvRenderer.h"
#include "reports/Letterhead.h"
#include "reports/PdfRenderer.h"
#include "reports/XlsxRenderer.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QJsonObject>

namespace karsa::cli {

namespace {
const QCommandLineOption kCycle(QStringLiteral("cycle"), QStringLiteral("The evaluation cycle id."),
                                QStringLiteral("ID"));
const QCommandLineOption kName(QStringLiteral("name"), QStringLiteral("create: the cycle's name."),
                               QStringLiteral("TEXT"));
const QCommandLineOption kYear(QStringLiteral("year"), QStringLiteral("create: the year."), QStringLiteral("YYYY"));
const QCommandLineOption kQuarter(QStringLiteral("quarter"), QStringLiteral("create: quarter 1-4 (a quarterly cycle)."),
                                  QStringLiteral("Q"));
const QCommandLineOption kUnit(QStringLiteral("unit"),
                               QStringLiteral("A unit code: the cycle's scope (create) or the "
                                              "units exported (export, with sub-units)."),
                               QStringLiteral("CODE"));
const QCommandLineOption kNip(QStringLiteral("nip"), QStringLiteral("hasil-kerja, calibrate: the employee."),
                              QStringLiteral("NIP"));
const QCommandLineOption kRating(QStringLiteral("rating"), QStringLiteral("hasil-kerja: bawah, sesuai or atas."),
                                 QStringLiteral("R"));
const QCommandLineOption kHasil(QStringLiteral("hasil"), QStringLiteral("calibrate: hasil kerja bawah|sesuai|atas."),
                                QStringLiteral("R"));
const QCommandLineOption kPerilaku(QStringLiteral("perilaku"), QStringLiteral("calibrate: perilaku bawah|sesuai|atas."),
                                   QStringLiteral("R"));
const QCommandLineOption kReason(QStringLiteral("reason"), QStringLiteral("calibrate: the required reason."),
                                 QStringLiteral("TEXT"));
const QCommandLineOption kBy(QStringLiteral("by"), QStringLiteral("calibrate: the officer (default: the system user)."),
                             QStringLiteral("NAME"));
const QCommandLineOption kXlsx(QStringLiteral("xlsx"), QStringLiteral("export: write an Excel workbook."));
const QCommandLineOption kPdf(QStringLiteral("pdf"), QStringLiteral("export: write a PDF."));
const QCommandLineOption kRapor(QStringLiteral("rapor"),
                                QStringLiteral("export --pdf: the report card of this employee."),
                                QStringLiteral("NIP"));
const QCommandLineOption kCode(QStringLiteral("code"),
                               QStringLiteral("set-behaviour: the behaviour code (PEL1 .. KOL3)."),
                               QStringLiteral("CODE"));
const QCommandLineOption kText(QStringLiteral("text"), QStringLiteral("set-behaviour: the new text."),
                               QStringLiteral("TEXT"));
const QCommandLineOption
    kPredikat(QStringLiteral("predikat"),
              QStringLiteral("set-predikat: sangat_baik|baik|butuh_perbaikan|kurang|sangat_kurang."),
              QStringLiteral("P"));
const QCommandLineOption kRaporBatch(QStringLiteral("rapor-batch"),
                                     QStringLiteral("export --pdf: report cards of every employee (of --unit)."));

std::optional<int> parseRating(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"atas" || t == u"above" || t == u"1" || t == u"+1")
        return 1;
    if (t == u"sesuai" || t == u"meets" || t == u"0")
        return 0;
    if (t == u"bawah" || t == u"below" || t == u"-1")
        return -1;
    return std::nullopt;
}
QString ratingCode(int r)
{
    return r > 0 ? QStringLiteral("atas") : r < 0 ? QStringLiteral("bawah") : QStringLiteral("sesuai");
}

QJsonObject cycleJson(const EvaluationCycle& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("period"), c.period},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("quarter"), c.quarter ? QJsonValue(c.quarter) : QJsonValue()},
            {QStringLiteral("unit_id"), c.unitId ? QJsonValue(c.unitId) : QJsonValue()},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("scale_max"), c.scaleMax}};
}

QJsonObject resultJson(const CycleEvaluation& ce, int i)
{
    const EvaluationPerson& p = ce.people.at(i);
    const EvaluationResult& r = ce.results.at(i);
    QJsonObject roles;
    for (RaterRole role : kAllRaterRoles) {
        const RoleResult& rr = r.roles[size_t(role)];
        roles.insert(
            raterRoleCode(role),
            QJsonObject{{QStringLiteral("assigned"), rr.assigned},
                        {QStringLiteral("answered"), rr.answered},
                        {QStringLiteral("included"), rr.included},
                        {QStringLiteral("mean"), rr.visible && rr.mean ? number(roundTo2(*rr.mean)) : QJsonValue()},
                        {QStringLiteral("note"), rr.note}});
    }
    QJsonArray flags;
    for (const BiasFlag& f : r.flags)
        flags.append(QJsonObject{{QStringLiteral("code"), f.code()}, {QStringLiteral("text"), f.text()}});
    QJsonObject o{
        {QStringLiteral("nip"), p.nip},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("unit"), p.unitName},
        {QStringLiteral("status"), r.calibration ? QStringLiteral("calibrated")
                                   : r.pending() ? QStringLiteral("pending")
                                                 : QStringLiteral("final")},
        {QStringLiteral("pending_reasons"), QJsonArray::fromStringList(r.pendingReasons)},
        {QStringLiteral("hasil_kerja"), r.hasilKerja ? QJsonValue(ratingCode(*r.hasilKerja)) : QJsonValue()},
        {QStringLiteral("perilaku_score"), r.perilakuScore ? number(roundTo2(*r.perilakuScore)) : QJsonValue()},
        {QStringLiteral("perilaku_percent"), r.perilakuPercent ? number(roundTo2(*r.perilakuPercent)) : QJsonValue()},
        {QStringLiteral("perilaku"), r.perilakuRating ? QJsonValue(ratingCode(*r.perilakuRating)) : QJsonValue()},
        {QStringLiteral("computed_predikat"), r.predikat.isEmpty() ? QJsonValue() : QJsonValue(r.predikat)},
        {QStringLiteral("predikat"), r.isFinal() ? QJsonValue(r.finalPredikat()) : QJsonValue()},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("feedback"), EvaluationFeedback::derive(ce, i).summary()}};
    if (r.calibration)
        o.insert(QStringLiteral("calibration"),
                 QJsonObject{{QStringLiteral("original_predikat"), r.calibration->originalPredikat},
                             {QStringLiteral("predikat"), r.calibration->predikat},
                             {QStringLiteral("hasil_kerja"), ratingCode(r.calibration->hasilKerja)},
                             {QStringLiteral("perilaku"), ratingCode(r.calibration->perilaku)},
                             {QStringLiteral("reason"), r.calibration->reason},
                             {QStringLiteral("by"), r.calibration->by},
                             {QStringLiteral("at"), r.calibration->at}});
    return o;
}

QSet<qint64> unitScope(QSqlDatabase db, const QString& code, QString* error)
{
    QSet<qint64> out;
    if (code.isEmpty())
        return out;
    auto units = UnitRepository(db).all();
    auto unit = UnitRepository(db).byCode(code);
    if (!units || !unit) {
        *error = QStringLiteral("no unit has the code '%1'").arg(code);
        return out;
    }
    for (qint64 id : unitWithDescendants(units.value(), unit->id))
        out.insert(id);
    return out;
}

int writeResult(Context& c, Status s, const QString& ok)
{
    if (!s)
        return c.fail(s.error().describe(), BadInput);
    c.out << ok << Qt::endl;
    return Ok;
}
} // namespace

void EvalCommand::setup(QCommandLineParser& p) const
{
    p.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("cycles | create | assign | status | results | hasil-kerja | import-public | "
                       "close | reopen | lock | calibrate | export"));
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("import-public: the CSV; export: the output file."),
                            QStringLiteral("[FILE]"));
    p.addOptions({kCycle, kName, kYear, kQuarter, kUnit,       kNip,  kRating, kHasil,    kPerilaku,    kReason,
                  kBy,    kXlsx, kPdf,  kRapor,   kRaporBatch, kCode, kText,   kPredikat, jsonOption(), csvOption()});
}

int EvalCommand::run(Context& c, const QCommandLineParser& p)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return c.fail(QStringLiteral("eval needs an action (see karsa-cli eval --help)"), BadInput);
    const QString action = args.first();
    auto db = c.openDatabase();
    if (!db)
        return Failure;
    QSqlDatabase sdb = db->db();
    EvaluationRepository repo(sdb);
    auto settings = EvaluationSettings::load(SettingsRepository(sdb));
    if (!settings)
        return c.fail(settings.error().describe());

    if (action == u"cycles") {
        auto cycles = repo.cycles();
        if (!cycles)
            return c.fail(cycles.error().describe());
        if (p.isSet(jsonOption())) {
            QJsonArray a;
            for (const EvaluationCycle& cy : cycles.value())
                a.append(cycleJson(cy));
            c.printJson(QJsonDocument(a));
        } else if (p.isSet(csvOption())) {
            writeCsvRow(c.out, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("period"),
                                QStringLiteral("year"), QStringLiteral("quarter"), QStringLiteral("status")});
            for (const EvaluationCycle& cy : cycles.value())
                writeCsvRow(c.out, {QString::number(cy.id), cy.name, cy.period, QString::number(cy.year),
                                    cy.quarter ? QString::number(cy.quarter) : QString(), cy.status});
        } else {
            for (const EvaluationCycle& cy : cycles.value())
                c.out << cy.id << "  " << cy.name << "  " << cy.periodText() << "  " << cy.status << "\n";
        }
        return Ok;
    }
    if (action == u"instrument") {
        auto instrument = Instrument::load(sdb);
        auto matrix = PredikatMatrix::load(sdb);
        if (!instrument || !matrix)
            return c.fail((instrument ? matrix.error() : instrument.error()).describe());
        QJsonArray values;
        for (const CoreValue& v : instrument->values()) {
            QJsonArray behaviours;
            for (const Behaviour& b : v.behaviours)
                behaviours.append(QJsonObject{{QStringLiteral("code"), b.code}, {QStringLiteral("text"), b.text}});
            values.append(QJsonObject{{QStringLiteral("code"), v.code},
                                      {QStringLiteral("name"), v.name},
                                      {QStringLiteral("competency"), v.competencyCode},
                                      {QStringLiteral("behaviours"), behaviours}});
        }
        QJsonObject cells;
        for (int h : {1, 0, -1})
            for (int b : {1, 0, -1})
                cells.insert(ratingCode(h) + u'/' + ratingCode(b), matrix->predikat(h, b));
        c.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("values"), values}, {QStringLiteral("predikat_matrix"), cells}}));
        return Ok;
    }
    if (action == u"set-behaviour") {
        auto instrument = Instrument::load(sdb);
        if (!instrument)
            return c.fail(instrument.error().describe());
        const Behaviour* b = instrument->behaviourByCode(p.value(kCode));
        if (!b)
            return c.fail(QStringLiteral("no behaviour has the code '%1'").arg(p.value(kCode)), BadInput);
        return writeResult(c, Instrument::setBehaviourText(sdb, b->id, b->rowVersion, p.value(kText)),
                           QStringLiteral("Behaviour %1 updated.").arg(b->code));
    }
    if (action == u"set-predikat") {
        const auto hasil = parseRating(p.value(kHasil));
        const auto perilaku = parseRating(p.value(kPerilaku));
        if (!hasil || !perilaku)
            return c.fail(QStringLiteral("--hasil and --perilaku must be bawah, sesuai or atas"), BadInput);
        return writeResult(c, PredikatMatrix::store(sdb, *hasil, *perilaku, p.value(kPredikat)),
                           QStringLiteral("Predikat matrix updated."));
    }
    if (action == u"create") {
        EvaluationCycle cy;
        cy.name = p.value(kName);
        cy.year = p.value(kYear).toInt();
        if (p.isSet(kQuarter)) {
            cy.period = QStringLiteral("quarterly");
            cy.quarter = p.value(kQuarter).toInt();
        }
        cy.scaleMax = settings->scaleMax;
        if (p.isSet(kUnit)) {
            auto unit = UnitRepository(sdb).byCode(p.value(kUnit));
            if (!unit)
                return c.fail(QStringLiteral("no unit has the code '%1'").arg(p.value(kUnit)), BadInput);
            cy.unitId = unit->id;
        }
        auto id = repo.createCycle(cy);
        if (!id)
            return c.fail(id.error().describe(), BadInput);
        c.out << "Created cycle " << id.value() << Qt::endl;
        return Ok;
    }

    if (action == u"import-public" && args.size() >= 2 && !p.isSet(kCycle)) {
        // Without --cycle: the one open cycle.
        auto cycles = repo.cycles();
        if (!cycles)
            return c.fail(cycles.error().describe());
        QVector<qint64> open;
        for (const EvaluationCycle& cy : cycles.value())
            if (cy.isOpen())
                open.append(cy.id);
        if (open.size() != 1)
            return c.fail(QStringLiteral("%1 cycles are open; say which with --cycle ID").arg(open.size()), BadInput);
        auto summary = PublicFeedbackImport::importFile(sdb, open.first(), args.at(1));
        if (!summary)
            return c.fail(summary.error().describe(), BadInput);
        c.out << "Imported " << summary->rows << " public feedback forms into cycle " << open.first() << " ("
              << summary->employees << " for employees, " << summary->units << " for units)." << Qt::endl;
        return Ok;
    }

    if (!p.isSet(kCycle))
        return c.fail(QStringLiteral("eval %1 needs --cycle ID").arg(action), BadInput);
    const qint64 cycleId = p.value(kCycle).toLongLong();
    auto cycle = repo.cycle(cycleId);
    if (!cycle)
        return c.fail(cycle.error().describe(), BadInput);
    auto employeeId = [&](qint64* out) -> bool {
        auto e = EmployeeRepository(sdb).byNip(p.value(kNip));
        if (!e)
            return false;
        *out = e->id;
        return true;
    };

    if (action == u"assign") {
        Transaction tx(sdb);
        auto created = repo.generateRaters(cycleId, settings->maxPeers, settings->maxSubordinates);
        if (!created)
            return c.fail(created.error().describe(), BadInput);
        if (Status s = tx.commit(); !s)
            return c.fail(s.error().describe());
        c.out << "Assigned " << created->size() << " new raters from the position hierarchy." << Qt::endl;
        return Ok;
    }
    if (action == u"import-public") {
        if (args.size() < 2)
            return c.fail(QStringLiteral("import-public needs FILE.csv"), BadInput);
        auto summary = PublicFeedbackImport::importFile(sdb, cycleId, args.at(1));
        if (!summary)
            return c.fail(summary.error().describe(), BadInput);
        c.out << "Imported " << summary->rows << " public feedback forms (" << summary->employees << " for employees, "
              << summary->units << " for units)." << Qt::endl;
        return Ok;
    }
    if (action == u"hasil-kerja") {
        qint64 id = 0;
        if (!employeeId(&id))
            return c.fail(QStringLiteral("no employee has the NIP '%1'").arg(p.value(kNip)), BadInput);
        const auto rating = parseRating(p.value(kRating));
        if (!rating)
            return c.fail(QStringLiteral("--rating must be bawah, sesuai or atas"), BadInput);
        return writeResult(c, repo.setHasilKerja(cycleId, id, rating), QStringLiteral("Hasil kerja stored."));
    }
    if (action == u"close" || action == u"reopen" || action == u"lock") {
        Transaction tx(sdb);
        // Read-modify-write of a fresh row: the version read here, in the same transaction.
        auto version = sql::rowVersion(sdb, QStringLiteral("eval_cycles"), cycleId);
        if (!version)
            return c.fail(version.error().describe());
        Status s;
        int written = 0;
        if (action == u"close") {
            auto backup = EvaluationService::close(sdb, cycleId, version.value());
            if (!backup)
                s = backup.error();
            else
                written = int(backup->size());
        } else {
            s = action == u"reopen" ? EvaluationService::reopen(sdb, cycleId, version.value())
                                    : EvaluationService::lock(sdb, cycleId, version.value());
        }
        if (s)
            s = tx.commit();
        return writeResult(
            c, s,
            action == u"close"
                ? QStringLiteral("Cycle closed; %1 results written to the performance ratings.").arg(written)
                : QStringLiteral("Cycle %1.")
                      .arg(action == u"lock" ? QStringLiteral("locked") : QStringLiteral("reopened")));
    }
    if (action == u"calibrate") {
        qint64 id = 0;
        if (!employeeId(&id))
            return c.fail(QStringLiteral("no employee has the NIP '%1'").arg(p.value(kNip)), BadInput);
        const auto hasil = parseRating(p.value(kHasil));
        const auto perilaku = parseRating(p.value(kPerilaku));
        if (!hasil || !perilaku)
            return c.fail(QStringLiteral("--hasil and --perilaku must be bawah, sesuai or atas"), BadInput);
        Transaction tx(sdb);
        auto outcome =
            EvaluationService::calibrate(sdb, cycleId, id, *hasil, *perilaku, p.value(kReason),
                                         p.isSet(kBy) ? p.value(kBy) : EvaluationRepository::currentOfficer(sdb));
        if (!outcome)
            return c.fail(outcome.error().describe(), BadInput);
        return writeResult(c, tx.commit(), QStringLiteral("Calibration stored."));
    }

    auto ce = CycleEvaluation::load(sdb, cycleId);
    if (!ce)
        return c.fail(ce.error().describe());
    if (action == u"status") {
        const CycleProgress pr = ce->progress();
        if (p.isSet(jsonOption())) {
            QJsonArray pending;
            for (int i = 0; i < ce->people.size(); ++i)
                if (!ce->results.at(i).isFinal())
                    pending.append(QJsonObject{
                        {QStringLiteral("nip"), ce->people.at(i).nip},
                        {QStringLiteral("name"), ce->people.at(i).name},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(ce->results.at(i).pendingReasons)}});
            QJsonObject counts;
            for (auto it = pr.predikatCounts.cbegin(); it != pr.predikatCounts.cend(); ++it)
                counts.insert(it.key(), it.value());
            c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("cycle"), cycleJson(ce->cycle)},
                                                  {QStringLiteral("employees"), pr.employees},
                                                  {QStringLiteral("final"), pr.final},
                                                  {QStringLiteral("pending"), pr.pending},
                                                  {QStringLiteral("calibrated"), pr.calibrated},
                                                  {QStringLiteral("forms"), pr.forms},
                                                  {QStringLiteral("forms_answered"), pr.answered},
                                                  {QStringLiteral("predikat"), counts},
                                                  {QStringLiteral("pending_employees"), pending}}));
        } else if (p.isSet(csvOption())) {
            writeCsvRow(c.out, {QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit"),
                                QStringLiteral("status"), QStringLiteral("reasons")});
            for (int i = 0; i < ce->people.size(); ++i) {
                const EvaluationResult& r = ce->results.at(i);
                writeCsvRow(c.out, {ce->people.at(i).nip, ce->people.at(i).name, ce->people.at(i).unitName,
                                    r.isFinal() ? QStringLiteral("final") : QStringLiteral("pending"),
                                    r.pendingReasons.join(QStringLiteral("; "))});
            }
        } else {
            c.out << ce->cycle.name << " (" << ce->cycle.periodText() << ", " << ce->cycle.status
                  << "): " << pr.employees << " employees, " << pr.final << " final, " << pr.pending << " pending, "
                  << pr.calibrated << " calibrated; forms answered " << pr.answered << " of " << pr.forms << "\n";
            for (const QString& code : predikatCodes())
                c.out << "  " << predikatLabel(code).leftJustified(20) << pr.predikatCounts.value(code) << "\n";
        }
        return Ok;
    }
    if (action == u"results") {
        if (p.isSet(csvOption())) {
            writeCsvRow(c.out,
                        {QStringLiteral("nip"), QStringLiteral("name"), QStringLiteral("unit"),
                         QStringLiteral("status"), QStringLiteral("hasil_kerja"), QStringLiteral("perilaku_score"),
                         QStringLiteral("perilaku"), QStringLiteral("predikat"), QStringLiteral("calibrated"),
                         QStringLiteral("flags"), QStringLiteral("pending_reasons")});
            for (int i = 0; i < ce->people.size(); ++i) {
                const QJsonObject o = resultJson(ce.value(), i);
                QStringList flags;
                for (const QJsonValue& f : o.value(u"flags").toArray())
                    flags << f.toObject().value(u"code").toString();
                writeCsvRow(
                    c.out,
                    {o.value(u"nip").toString(), o.value(u"name").toString(), o.value(u"unit").toString(),
                     o.value(u"status").toString(), o.value(u"hasil_kerja").toString(),
                     o.value(u"perilaku_score").isNull() ? QString() : fixed2(o.value(u"perilaku_score").toDouble()),
                     o.value(u"perilaku").toString(), o.value(u"predikat").toString(),
                     o.contains(u"calibration") ? QStringLiteral("yes") : QStringLiteral("no"), flags.join(u' '),
                     ce->results.at(i).pendingReasons.join(QStringLiteral("; "))});
            }
        } else {
            QJsonArray a;
            for (int i = 0; i < ce->people.size(); ++i)
                a.append(resultJson(ce.value(), i));
            c.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("cycle"), cycleJson(ce->cycle)}, {QStringLiteral("results"), a}}));
        }
        return Ok;
    }
    if (action == u"export") {
        if (args.size() < 2)
            return c.fail(QStringLiteral("export needs --xlsx|--csv|--pdf FILE"), BadInput);
        const QString file = args.at(1);
        QString error;
        const QSet<qint64> units = unitScope(sdb, p.value(kUnit), &error);
        if (!error.isEmpty())
            return c.fail(error, BadInput);
        const Letterhead letterhead = Letterhead::fromSettings(SettingsRepository(sdb));
        const QDate today = QDate::currentDate();
        Status s;
        if (p.isSet(kRapor) || p.isSet(kRaporBatch)) {
            if (!p.isSet(kPdf))
                return c.fail(QStringLiteral("report cards are PDF: use --pdf"), BadInput);
            ReportDocument doc;
            if (p.isSet(kRapor)) {
                qint64 id = 0;
                auto e = EmployeeRepository(sdb).byNip(p.value(kRapor));
                if (e)
                    id = e->id;
                const int index = ce->indexOf(id);
                if (index < 0)
                    return c.fail(QStringLiteral("no employee with NIP '%1' is in the cycle").arg(p.value(kRapor)),
                                  BadInput);
                doc = EvaluationReports::rapor(ce.value(), index, letterhead, today);
            } else {
                doc = EvaluationReports::batchRapor(ce.value(), units, letterhead, today);
            }
            s = PdfRenderer::render(doc, file);
        } else {
            const ReportDocument doc = EvaluationReports::summary(ce.value(), letterhead, today, units);
            if (p.isSet(kXlsx))
                s = XlsxRenderer::render(doc, file);
            else if (p.isSet(csvOption()))
                s = CsvRenderer::render(doc, file);
            else if (p.isSet(kPdf))
                s = PdfRenderer::render(doc, file); // landscape for its wide tables (ReportDocument::landscape)
            else
                return c.fail(QStringLiteral("export needs --xlsx, --csv or --pdf"), BadInput);
        }
        return writeResult(c, s, QStringLiteral("Written %1").arg(file));
    }
    return c.fail(QStringLiteral("unknown eval action '%1'").arg(action), BadInput);
}

} // namespace karsa::cli
