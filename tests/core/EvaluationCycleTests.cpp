#include "EvaluationTestFixture.h"

#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsSettings.h"
#include "demo/DemoCityGenerator.h"
#include "evaluation/EvaluationFeedback.h"
#include "evaluation/EvaluationReports.h"
#include "evaluation/PublicFeedbackImport.h"
#include "reports/CsvRenderer.h"
#include "reports/PdfRenderer.h"
#include "reports/XlsxRenderer.h"
#include "storage/SettingsRepository.h"

#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace karsa;
using test::EvaluationOffice;

namespace {

qint64 makeCycle(QSqlDatabase db, qint64 unit, int year = 2025)
{
    EvaluationCycle c;
    c.name = QStringLiteral("Penilaian %1").arg(year);
    c.year = year;
    c.unitId = unit;
    auto id = EvaluationRepository(db).createCycle(c);
    REQUIRE(id.ok());
    REQUIRE(EvaluationRepository(db).generateRaters(id.value(), 5, 5).ok());
    return id.value();
}

// Every rater answers: the head rates 5, peers 3 (the staff's single peer: staffPeer), everyone else 4.
void answerAll(QSqlDatabase db, qint64 cycle, const EvaluationOffice& office, int staffPeer = 3)
{
    auto ce = CycleEvaluation::load(db, cycle);
    REQUIRE(ce.ok());
    EvaluationRepository repo(db);
    for (const RaterEntry& r : ce->raters) {
        const bool staffPair = office.staff.contains(r.rateeEmployeeId) && r.role == RaterRole::Rekan;
        const int score = r.raterEmployeeId == office.head ? 5
                          : staffPair                      ? staffPeer
                          : r.role == RaterRole::Rekan     ? 3
                                                           : 4;
        RaterForm f = test::answers(ce->instrument, {score}, QStringLiteral("Komentar rekan yang membangun"));
        REQUIRE(repo.saveAnswers(r.id, f, 5).ok());
    }
    for (qint64 e : office.analysts)
        REQUIRE(repo.setHasilKerja(cycle, e, 0).ok());
    for (qint64 e : office.staff)
        REQUIRE(repo.setHasilKerja(cycle, e, 0).ok());
    REQUIRE(repo.setHasilKerja(cycle, office.head, 1).ok());
}

QString documentText(const ReportDocument& doc)
{
    QStringList out{doc.title, doc.subtitle};
    for (const ReportSection& s : doc.sections) {
        if (const auto* t = std::get_if<TableSection>(&s)) {
            out << t->table.title << t->table.subtitle << t->table.notes;
            for (const ReportGroup& g : t->table.groups)
                for (const ReportRow& r : g.rows)
                    for (int c = 0; c < r.size(); ++c)
                        out << t->table.columns.value(c).display(r.at(c));
        } else if (const auto* p = std::get_if<ParagraphSection>(&s)) {
            out << p->text;
        } else if (const auto* kv = std::get_if<KeyValueSection>(&s)) {
            for (const auto& [k, v] : kv->items)
                out << k << v;
        } else if (const auto* h = std::get_if<HeadingSection>(&s)) {
            out << h->text;
        }
    }
    return out.join(u'\n');
}

} // namespace

TEST_CASE("Raters are generated from the position hierarchy", "[core][evaluation]")
{
    test::TempDatabase db;
    EvaluationOffice office(db.db());
    const qint64 cycle = makeCycle(db.db(), office.org.unitId);
    auto ce = CycleEvaluation::load(db.db(), cycle);
    REQUIRE(ce.ok());
    CHECK(ce->people.size() == 8);
    auto count = [&](qint64 ratee, RaterRole role) {
        return std::count_if(ce->raters.cbegin(), ce->raters.cend(),
                             [&](const RaterEntry& r) { return r.rateeEmployeeId == ratee && r.role == role; });
    };
    const qint64 a1 = office.analysts.first();
    CHECK(count(a1, RaterRole::Atasan) == 1);
    CHECK(count(a1, RaterRole::Rekan) == 4);
    CHECK(count(a1, RaterRole::Bawahan) == 2);
    CHECK(count(a1, RaterRole::Diri) == 1);
    CHECK(count(office.head, RaterRole::Atasan) == 0);
    CHECK(count(office.head, RaterRole::Bawahan) == 5);
    CHECK(count(office.staff.first(), RaterRole::Rekan) == 1);
    // Generating again adds nothing; a removed rater can be added back by hand.
    auto again = EvaluationRepository(db.db()).generateRaters(cycle, 5, 5);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    RaterForm manual;
    manual.cycleId = cycle;
    manual.rateeEmployeeId = a1;
    manual.role = RaterRole::Rekan;
    manual.raterEmployeeId = office.staff.first();
    CHECK(EvaluationRepository(db.db()).addRater(manual, 5).ok());
    manual.raterEmployeeId = a1;
    CHECK_FALSE(EvaluationRepository(db.db()).addRater(manual, 5).ok());
}

TEST_CASE("Closing a cycle writes the results the talent 9-box uses; calibration flows through", "[core][evaluation]")
{
    test::TempDatabase db;
    EvaluationOffice office(db.db());
    const qint64 cycle = makeCycle(db.db(), office.org.unitId);
    answerAll(db.db(), cycle, office);

    auto ce = CycleEvaluation::load(db.db(), cycle);
    REQUIRE(ce.ok());
    const int a1 = ce->indexOf(office.analysts.first());
    const EvaluationResult& r = ce->results.at(a1);
    REQUIRE_FALSE(r.pending());
    // Superior 5 (weight 50), 4 peers at 3 (20); the 2 subordinates are fewer than the minimum of 3 and
    // are left out to keep them anonymous: 4.43, 86 % of the scale, above expectation.
    CHECK(*r.perilakuScore == Approx((50.0 * 5 + 20.0 * 3) / 70.0));
    CHECK_FALSE(r.roles[size_t(RaterRole::Bawahan)].included);
    CHECK(r.predikat == u"baik");
    // The head has no superior: pending, with the reason.
    CHECK(ce->results.at(ce->indexOf(office.head)).pendingReasons ==
          QStringList{QStringLiteral("Superior: none assigned")});

    {
        Transaction tx(db.db());
        auto backup = EvaluationService::close(db.db(), cycle, sql::rowVersion(db.db(), QStringLiteral("eval_cycles"), cycle).value());
        REQUIRE(backup.ok());
        CHECK(backup->size() == 7); // the head stays pending
        REQUIRE(tx.commit().ok());
    }
    auto talentOf = [&](qint64 employeeId) {
        auto data = AnalyticsData::load(db.db());
        REQUIRE(data.ok());
        auto settings = AnalyticsSettings::load(SettingsRepository(db.db()));
        REQUIRE(settings.ok());
        const auto jpm = jpmForAll(data.value(), settings.value(), settings->scale(settings->defaultScale));
        const auto talent = talentForAll(data.value(), settings.value(), jpm, QDate(2026, 3, 1));
        return talent.at(data->employeeIndex(employeeId));
    };
    const TalentResult before = talentOf(office.analysts.first());
    REQUIRE(before.kinerja.has_value());
    CHECK(*before.kinerja == Approx(80.0)); // Baik
    CHECK(before.box == 8);                 // sesuai ekspektasi x potensial tinggi

    // A pending result cannot be calibrated; a reason is required.
    CHECK_FALSE(
        EvaluationService::calibrate(db.db(), cycle, office.head, 1, 1, QStringLiteral("x"), QStringLiteral("o")).ok());
    CHECK_FALSE(EvaluationService::calibrate(db.db(), cycle, office.analysts.first(), 1, 1, QStringLiteral("  "),
                                             QStringLiteral("Officer"))
                    .ok());
    auto outcome = EvaluationService::calibrate(db.db(), cycle, office.analysts.first(), 1, 1,
                                                QStringLiteral("Inovasi layanan daring diakui rapat kalibrasi"),
                                                QStringLiteral("Ratna (Bidang Penilaian Kinerja)"));
    REQUIRE(outcome.ok());
    const TalentResult after = talentOf(office.analysts.first());
    CHECK(*after.kinerja == Approx(100.0)); // Sangat Baik
    CHECK(after.box == 9);

    auto history = EvaluationRepository(db.db()).calibrationHistory(cycle, office.analysts.first());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().originalPredikat == u"baik");
    CHECK(history->first().predikat == u"sangat_baik");
    CHECK(history->first().by == u"Ratna (Bidang Penilaian Kinerja)");
    CHECK_FALSE(history->first().at.isEmpty());

    // The summary shows the calibrated predikat; undoing the calibration restores the 9-box.
    auto reloaded = CycleEvaluation::load(db.db(), cycle);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->progress().predikatCounts.value(QStringLiteral("sangat_baik")) == 1);
    REQUIRE(EvaluationRepository(db.db()).removeCalibration(outcome->calibrationId).ok());
    REQUIRE(EvaluationRepository(db.db()).restore(outcome->backup).ok());
    CHECK(talentOf(office.analysts.first()).box == 8);

    // Locked: nothing changes any more.
    REQUIRE(EvaluationService::lock(db.db(), cycle, sql::rowVersion(db.db(), QStringLiteral("eval_cycles"), cycle).value()).ok());
    CHECK_FALSE(EvaluationService::calibrate(db.db(), cycle, office.analysts.first(), 1, 1, QStringLiteral("r"),
                                             QStringLiteral("o"))
                    .ok());
    CHECK_FALSE(EvaluationService::reopen(db.db(), cycle, sql::rowVersion(db.db(), QStringLiteral("eval_cycles"), cycle).value()).ok());
}

TEST_CASE("No export names a rater or shows an individual peer score", "[core][evaluation]")
{
    test::TempDatabase db;
    EvaluationOffice office(db.db());
    const qint64 cycle = makeCycle(db.db(), office.org.unitId);
    // The two staff members are each other's only peer; that peer answers a distinctive 1.
    answerAll(db.db(), cycle, office, 1);
    auto ce = CycleEvaluation::load(db.db(), cycle);
    REQUIRE(ce.ok());
    const int s1 = ce->indexOf(office.staff.first());
    CHECK(ce->results.at(s1).roles[size_t(RaterRole::Rekan)].answered == 1);
    CHECK_FALSE(ce->results.at(s1).roles[size_t(RaterRole::Rekan)].visible);

    const Letterhead letterhead = Letterhead::fromSettings(SettingsRepository(db.db()));
    const QDate date(2026, 1, 20);
    const ReportDocument summary = EvaluationReports::summary(ce.value(), letterhead, date);
    const ReportDocument rapor = EvaluationReports::rapor(ce.value(), s1, letterhead, date);
    const ReportDocument batch = EvaluationReports::batchRapor(ce.value(), {}, letterhead, date);
    static const QRegularExpression lonePeerScore(QStringLiteral("(?<![0-9+])1[.,]00(?![0-9])"));
    // CSV, XLSX and PDF all render these documents; check the documents and the CSV bytes.
    for (const ReportDocument* doc : {&summary, &rapor, &batch}) {
        INFO(doc->title.toStdString());
        CHECK_FALSE(documentText(*doc).contains(lonePeerScore));
        CHECK_FALSE(QString::fromUtf8(CsvRenderer::toCsv(*doc)).contains(lonePeerScore));
    }
    // The report card names only its employee: no rater.
    const QString raporText = documentText(rapor);
    for (const QString& name : office.names)
        CHECK(raporText.contains(name) == (name == QStringLiteral("Fajar Stafsatu")));
    // Each row of the summary names exactly one person: the employee evaluated.
    for (const ReportTable* table : summary.tables())
        for (const ReportGroup& g : table->groups)
            for (const ReportRow& row : g.rows) {
                QStringList cells;
                for (const QVariant& v : row)
                    cells << v.toString();
                const QString joined = cells.join(u'|');
                const auto named = std::count_if(office.names.cbegin(), office.names.cend(),
                                                 [&](const QString& n) { return joined.contains(n); });
                CHECK(named <= 1);
            }
    // The XLSX file is written from the same tables.
    QTemporaryDir dir;
    CHECK(XlsxRenderer::render(summary, dir.filePath(QStringLiteral("summary.xlsx"))).ok());
}

TEST_CASE("Public feedback CSV: errors name the row and column and store nothing", "[core][evaluation]")
{
    test::TempDatabase db;
    EvaluationOffice office(db.db());
    const qint64 cycle = makeCycle(db.db(), office.org.unitId);
    auto count = [&] {
        return sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM eval_raters WHERE role = 'masyarakat'"))
            ->toInt();
    };
    const QString nip = office.nips.at(1);
    const QByteArray good =
        "nip;kode_unit;PEL1;PEL2;PEL3;kekuatan\r\n" + nip.toLatin1() + ";;5;4;;Ramah sekali\r\n;EV;4;4;4;\r\n";
    const QByteArray badScore = "nip,PEL1,PEL2\n" + nip.toLatin1() + ",5,4\n" + nip.toLatin1() + ",7,4\n";
    auto r = PublicFeedbackImport::importData(db.db(), cycle, badScore, QStringLiteral("survei.csv"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().row == 3);
    CHECK(r.error().column == 2);
    CHECK(r.error().field == u"PEL1");
    CHECK(r.error().describe().contains(QStringLiteral("survei.csv")));
    CHECK(count() == 0); // the good first row was not stored either

    auto unknownColumn = PublicFeedbackImport::importData(db.db(), cycle, "nip,PEL9\n1,2\n", QStringLiteral("x.csv"));
    REQUIRE_FALSE(unknownColumn.ok());
    CHECK(unknownColumn.error().column == 2);
    auto unknownNip =
        PublicFeedbackImport::importData(db.db(), cycle, "nip,PEL1\n199001012015011001,3\n", QStringLiteral("x.csv"));
    REQUIRE_FALSE(unknownNip.ok());
    CHECK(unknownNip.error().row == 2);
    auto both = PublicFeedbackImport::importData(db.db(), cycle, "nip,kode_unit,PEL1\n" + nip.toLatin1() + ",EV,3\n",
                                                 QStringLiteral("x.csv"));
    REQUIRE_FALSE(both.ok());
    CHECK(count() == 0);

    // The survey file goes through the shared CSV reader: an unclosed quote and bad UTF-8 are refused.
    auto unclosed = PublicFeedbackImport::importData(
        db.db(), cycle, "nip,PEL1,kekuatan\n" + nip.toLatin1() + ",3,\"Ramah\n" + nip.toLatin1() + ",4,Cepat\n",
        QStringLiteral("survei.csv"));
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().row == 2);
    CHECK(unclosed.error().column == 3);
    auto badText = PublicFeedbackImport::importData(db.db(), cycle,
                                                    "\xEF\xBB\xBFnip,PEL1,kekuatan\n" + nip.toLatin1() + ",3,M\xFCller\n",
                                                    QStringLiteral("survei.csv"));
    REQUIRE_FALSE(badText.ok());
    CHECK(badText.error().row == 2);
    CHECK(count() == 0);

    auto ok = PublicFeedbackImport::importData(db.db(), cycle, good, QStringLiteral("survei.csv"));
    REQUIRE(ok.ok());
    CHECK(ok->rows == 2);
    CHECK(ok->employees == 1);
    CHECK(ok->units == 1);
    CHECK(count() == 2);
    auto ce = CycleEvaluation::load(db.db(), cycle);
    REQUIRE(ce.ok());
    // The employee has 2 public forms (own + unit), everyone else in the unit 1.
    CHECK(ce->results.at(ce->indexOf(office.analysts.first())).roles[size_t(RaterRole::Masyarakat)].answered == 2);
    CHECK(ce->results.at(ce->indexOf(office.head)).roles[size_t(RaterRole::Masyarakat)].answered == 1);
}

TEST_CASE("Feedback names the strongest and weakest values and the competency to develop", "[core][evaluation]")
{
    test::TempDatabase db;
    EvaluationOffice office(db.db());
    const qint64 cycle = makeCycle(db.db(), office.org.unitId);
    auto ce = CycleEvaluation::load(db.db(), cycle);
    REQUIRE(ce.ok());
    // Everyone rates analyst 1 high on Berorientasi Pelayanan (first 3 behaviours), low on Kolaboratif (last 3).
    QVector<int> scores(21, 3);
    scores[0] = scores[1] = scores[2] = 5;
    scores[18] = scores[19] = scores[20] = 1;
    for (const RaterEntry& r : ce->raters)
        if (r.rateeEmployeeId == office.analysts.first())
            REQUIRE(EvaluationRepository(db.db())
                        .saveAnswers(r.id, test::answers(ce->instrument, scores, QStringLiteral("Teliti")), 5)
                        .ok());
    ce = CycleEvaluation::load(db.db(), cycle);
    REQUIRE(ce.ok());
    const EvaluationFeedback f = EvaluationFeedback::derive(ce.value(), ce->indexOf(office.analysts.first()));
    REQUIRE_FALSE(f.strengths.isEmpty());
    CHECK(f.strengths.first().startsWith(QStringLiteral("Berorientasi Pelayanan")));
    CHECK(f.developmentAreas.first().startsWith(QStringLiteral("Kolaboratif")));
    CHECK(f.competencyCodes.first() == u"M.02");
    CHECK(f.comments.contains(QStringLiteral("Teliti")));
}

TEST_CASE("The demo city has a closed evaluation cycle with realistic responses", "[core][evaluation][demo]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 600;
    options.today = QDate(2026, 3, 1);
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    auto cycles = EvaluationRepository(db.db()).cycles();
    REQUIRE(cycles.ok());
    REQUIRE(cycles->size() == 1);
    CHECK(cycles->first().status == u"closed");
    CHECK(cycles->first().year == 2025);
    auto ce = CycleEvaluation::load(db.db(), cycles->first().id);
    REQUIRE(ce.ok());
    const CycleProgress p = ce->progress();
    CHECK(p.employees >= 20);
    CHECK(p.final > p.employees / 2);
    CHECK(p.pending > 0); // some forms never came back
    CHECK(p.answered < p.forms);
    CHECK(p.answered > p.forms * 3 / 4);
    CHECK(p.predikatCounts.value(QStringLiteral("baik")) > p.final / 3);
    const bool publicFeedback = std::any_of(ce->raters.cbegin(), ce->raters.cend(),
                                            [](const RaterEntry& r) { return r.role == RaterRole::Masyarakat; });
    CHECK(publicFeedback);
    // Final results are in the performance ratings with source "evaluation".
    auto written =
        sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM performance_ratings WHERE source = 'evaluation' "
                                            "AND year = 2025"));
    REQUIRE(written.ok());
    CHECK(written->toInt() == p.final);
}
