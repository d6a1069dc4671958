// The development workflow on a database: plans saved and approved, item transitions, realisation,
// the proposed-assessment loop (needs validation -> validated/rejected, with who decided), and the
// reports' data against a golden CSV.
#include "TestSupport.h"
#include "analytics/AnalyticsData.h"
#include "analytics/AnalyticsSettings.h"
#include "development/DevelopmentReports.h"
#include "development/DevelopmentService.h"
#include "refdata/ReferenceSeeder.h"
#include "reports/CsvRenderer.h"
#include "storage/AssessmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/CompetencyRepository.h"
#include "storage/DevelopmentPlanRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/TrainingCatalogRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <iostream>

using namespace karsa;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 addEmployee(QSqlDatabase db, const test::MiniOrg& org, const QString& nip, const QString& name)
{
    Employee e;
    e.nip = nip;
    e.status = EmployeeStatus::Pns;
    e.name = name;
    e.birthDate = QDate::fromString(nip.left(8), u"yyyyMMdd"_s);
    e.sex = nip.at(14) == u'2' ? Sex::Female : Sex::Male;
    e.golongan = u"III/a"_s;
    e.education = u"S1"_s;
    e.positionId = org.positionId;
    e.unitId = org.unitId;
    e.tmtCpns = QDate(2015, 5, 1);
    auto id = EmployeeRepository(db).insert(e);
    INFO(id.error().describe().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 competencyId(QSqlDatabase db, const QString& code)
{
    for (const Competency& c : CompetencyRepository(db).all(false).value())
        if (c.code == code)
            return c.id;
    return 0;
}

void assess(QSqlDatabase db, qint64 employee, qint64 competency, int level)
{
    Assessment a;
    a.employeeId = employee;
    a.competencyId = competency;
    a.level = level;
    a.assessedOn = QDate(2025, 3, 1);
    a.method = u"assessment_center"_s;
    REQUIRE(AssessmentRepository(db).insert(a).ok());
}

// Two employees in a unit whose position asks level 2 of the 9 non-technical competencies.
// Budi is at 1 on Integritas (M.01) and Komunikasi (M.03), 2 elsewhere; Siti meets everything.
// The catalogue develops Integritas and Komunikasi, plus a seminar.
struct World
{
    test::TempDatabase db;
    test::MiniOrg org;
    qint64 budi = 0, siti = 0, integritas = 0, komunikasi = 0;

    World()
    {
        QSqlDatabase d = db.db();
        org = test::makeMiniOrg(d);
        budi = addEmployee(d, org, u"198609262015051001"_s, u"Budi Santoso"_s);
        siti = addEmployee(d, org, u"199001152015052002"_s, u"Siti Aminah"_s);
        integritas = competencyId(d, u"M.01"_s);
        komunikasi = competencyId(d, u"M.03"_s);
        for (const Competency& c : CompetencyRepository(d).all(false).value()) {
            if (c.type == CompetencyType::Teknis)
                continue;
            assess(d, budi, c.id, c.id == integritas || c.id == komunikasi ? 1 : 2);
            assess(d, siti, c.id, 2);
        }
        TrainingCatalogRepository cat(d);
        TrainingProgramme p;
        p.code = u"CO-M01"_s;
        p.name = u"Coaching Integritas"_s;
        p.form = u"coaching"_s;
        p.provider = u"BKPSDM Kota Surabaya"_s;
        p.jp = 10;
        p.competencies = {{integritas, 3}};
        REQUIRE(cat.insert(p).ok());
        p.code = u"PM-M03"_s;
        p.name = u"Pelatihan Manajerial Komunikasi"_s;
        p.form = u"pelatihan_manajerial"_s;
        p.provider = u"BPSDM Provinsi Jawa Timur"_s;
        p.jp = 24;
        p.cost = 2500000;
        p.competencies = {{komunikasi, 3}};
        REQUIRE(cat.insert(p).ok());
        p.code = u"SEM-1"_s;
        p.name = u"Seminar Pelayanan Publik"_s;
        p.form = u"seminar"_s;
        p.jp = 4;
        p.cost = 0;
        p.competencies = {};
        REQUIRE(cat.insert(p).ok());
    }

    AnalyticsData data() { return AnalyticsData::load(db.db()).value(); }

    GenerateOutcome generate(int year, bool replace = false)
    {
        const AnalyticsData d = data();
        const AnalyticsSettings analytics;
        const DevelopmentSettings settings;
        const PlanCatalogue catalogue = DevelopmentService::loadCatalogue(db.db()).value();
        const PlanGenerator generator(d, analytics, settings, catalogue);
        Transaction tx(db.db());
        auto outcome = DevelopmentService::generatePlans(db.db(), generator, d, d.employeesInScope(-1), year, -1, replace);
        REQUIRE(outcome.ok());
        REQUIRE(tx.commit().ok());
        return outcome.value();
    }

    DevelopmentPlan plan(qint64 employee, int year)
    {
        auto p = DevelopmentPlanRepository(db.db()).find(employee, year);
        REQUIRE(p.ok());
        REQUIRE(p->has_value());
        return *p.value();
    }
};

QString programmeCode(QSqlDatabase db, qint64 id)
{
    return TrainingCatalogRepository(db).byId(id).value().code;
}
} // namespace

TEST_CASE("Plans are saved per employee and year; approved plans are never regenerated", "[core][development]")
{
    World w;
    const GenerateOutcome first = w.generate(2026);
    CHECK(first.created == 2);
    const DevelopmentPlan budi = w.plan(w.budi, 2026);
    REQUIRE(budi.items.size() == 2);
    CHECK(programmeCode(w.db.db(), budi.items[0].programmeId) == u"CO-M01"_s); // Integritas (lower id) first
    CHECK(programmeCode(w.db.db(), budi.items[1].programmeId) == u"PM-M03"_s);
    CHECK(budi.plannedJp() == 34);
    // Siti meets her standard: her plan only fills the 20 JP minimum, with the programme on a competency
    // of her position above her level that covers the 20 JP alone.
    const DevelopmentPlan siti = w.plan(w.siti, 2026);
    REQUIRE(siti.items.size() == 1);
    CHECK(siti.items[0].need == PlanNeed::MinimumJp);
    CHECK(programmeCode(w.db.db(), siti.items[0].programmeId) == u"PM-M03"_s);

    // Again: drafts are left alone unless replacing is asked for; approved plans always.
    const GenerateOutcome again = w.generate(2026);
    CHECK(again.created == 0);
    CHECK(again.skippedDrafts == 2);
    DevelopmentPlanRepository repo(w.db.db());
    auto approved = repo.approve(budi.id, sql::rowVersion(w.db.db(), u"development_plans"_s, budi.id).value(), u"Kepala Bidang PKSDM"_s, QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC));
    REQUIRE(approved.ok());
    CHECK(approved->size() == 2);
    const GenerateOutcome replaced = w.generate(2026, true);
    CHECK(replaced.created == 1);
    CHECK(replaced.replaced == 1);
    CHECK(replaced.skippedApproved == 1);
    const DevelopmentPlan after = w.plan(w.budi, 2026);
    CHECK(after.status == PlanStatus::Approved);
    CHECK(after.approvedBy == u"Kepala Bidang PKSDM"_s);
    for (const PlanItem& i : after.items)
        CHECK(i.status == PlanItemStatus::Approved);
    CHECK_FALSE(repo.approve(budi.id, sql::rowVersion(w.db.db(), u"development_plans"_s, budi.id).value(), u"x"_s, QDateTime::currentDateTimeUtc()).ok()); // already approved
    // Undo of the replacing run brings Siti's old draft back.
    REQUIRE(DevelopmentService::undoGenerate(w.db.db(), replaced).ok());
    CHECK(w.plan(w.siti, 2026).items.size() == 1);
}

TEST_CASE("Item transitions are enforced by the repository; swap follows the new programme", "[core][development]")
{
    World w;
    w.generate(2026);
    DevelopmentPlanRepository repo(w.db.db());
    const DevelopmentPlan plan = w.plan(w.budi, 2026);
    const qint64 item = plan.items[1].id;
    auto refused = repo.setItemStatus(item, sql::rowVersion(w.db.db(), u"development_plan_items"_s, item).value(), PlanItemStatus::Completed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == u"status"_s);
    REQUIRE(repo.setItemStatus(item, sql::rowVersion(w.db.db(), u"development_plan_items"_s, item).value(), PlanItemStatus::Approved).ok());
    REQUIRE(repo.setItemStatus(item, sql::rowVersion(w.db.db(), u"development_plan_items"_s, item).value(), PlanItemStatus::InProgress).ok());
    CHECK_FALSE(repo.setItemStatus(item, sql::rowVersion(w.db.db(), u"development_plan_items"_s, item).value(), PlanItemStatus::Approved).ok());
    CHECK_FALSE(DevelopmentService::swapProgramme(w.db.db(), item, sql::rowVersion(w.db.db(), u"development_plan_items"_s, item).value(), plan.items[0].programmeId).ok()); // running
    REQUIRE(repo.setItemStatus(item, sql::rowVersion(w.db.db(), u"development_plan_items"_s, item).value(), PlanItemStatus::Cancelled).ok());
    CHECK_FALSE(repo.setItemStatus(item, sql::rowVersion(w.db.db(), u"development_plan_items"_s, item).value(), PlanItemStatus::InProgress).ok());
    CHECK(w.plan(w.budi, 2026).plannedJp() == 10); // the cancelled item no longer counts

    const qint64 first = plan.items[0].id;
    const qint64 seminar = TrainingCatalogRepository(w.db.db()).idByCode(u"SEM-1"_s).value();
    REQUIRE(DevelopmentService::swapProgramme(w.db.db(), first, sql::rowVersion(w.db.db(), u"development_plan_items"_s, first).value(), seminar).ok());
    const PlanItem swapped = repo.item(first).value();
    CHECK(swapped.programmeId == seminar);
    CHECK(swapped.jp == 4);
    CHECK_FALSE(swapped.note.isEmpty()); // the seminar does not develop Integritas
}

TEST_CASE("Plan items and plans changed by another officer are not overwritten", "[core][conflict]")
{
    World w;
    w.generate(2026);
    const DevelopmentPlan seen = w.plan(w.budi, 2026); // what the first officer's page shows
    REQUIRE(seen.items.size() == 2);
    auto other = Database::open(w.db.path(), Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    QSqlDatabase b = other.value()->db();
    REQUIRE(AuditLog::setActor(b, u"budi"_s).ok());
    auto audit = [&] { return sql::scalar(w.db.db(), u"SELECT COUNT(*) FROM audit_log"_s)->toLongLong(); };
    auto refused = [&](const Status& s, qint64 auditBefore) {
        REQUIRE_FALSE(s.ok());
        CHECK(sql::isConflict(s.error()));
        CHECK(s.error().message.contains(u"budi"_s));
        CHECK(audit() == auditBefore);
    };
    DevelopmentPlanRepository mine(w.db.db());
    const PlanItem item = seen.items[0];

    // Budi accepts the first item; the first officer's drop and swap of the item as seen are refused.
    REQUIRE(DevelopmentPlanRepository(b).setItemStatus(item.id, item.rowVersion, PlanItemStatus::Approved).ok());
    qint64 before = audit();
    refused(mine.setItemStatus(item.id, item.rowVersion, PlanItemStatus::Cancelled), before);
    refused(mine.restoreItemStatus(item.id, item.rowVersion, PlanItemStatus::Planned), before);
    refused(DevelopmentService::swapProgramme(w.db.db(), item.id, item.rowVersion, seen.items[1].programmeId), before);
    CHECK(mine.item(item.id)->status == PlanItemStatus::Approved);

    // Budi approves the plan; approving (or undoing the approval) from the stale view is refused.
    const int planVersion = sql::rowVersion(b, u"development_plans"_s, seen.id).value();
    auto approved = DevelopmentPlanRepository(b).approve(seen.id, planVersion, u"Budi"_s, QDateTime::currentDateTimeUtc());
    REQUIRE(approved.ok());
    before = audit();
    auto stale = mine.approve(seen.id, seen.rowVersion, u"Ani"_s, QDateTime::currentDateTimeUtc());
    refused(stale.ok() ? Status() : Status(stale.error()), before);
    refused(mine.unapprove(seen.id, seen.rowVersion, approved.value()), before);
    const DevelopmentPlan now = mine.byId(seen.id).value();
    CHECK(now.status == PlanStatus::Approved);
    CHECK(now.approvedBy == u"Budi"_s);
}

TEST_CASE("Completed training proposes an assessment that counts only once validated", "[core][development]")
{
    World w;
    w.generate(2026);
    DevelopmentPlanRepository repo(w.db.db());
    const DevelopmentPlan plan = w.plan(w.budi, 2026);
    REQUIRE(repo.approve(plan.id, sql::rowVersion(w.db.db(), u"development_plans"_s, plan.id).value(), u"Kabid"_s, QDateTime::currentDateTimeUtc()).ok());

    TrainingRecord r;
    r.employeeId = w.budi;
    r.planItemId = plan.items[0].id; // Coaching Integritas -> level 3
    r.startDate = QDate(2026, 3, 2);
    r.endDate = QDate(2026, 3, 3);
    r.jp = 10;
    r.certificateNo = u"SRT/2026/001"_s;
    auto outcome = DevelopmentService::recordTraining(w.db.db(), r);
    REQUIRE(outcome.ok());
    CHECK(outcome->itemCompleted);
    REQUIRE(outcome->proposals.size() == 1);
    CHECK(repo.item(plan.items[0].id).value().status == PlanItemStatus::Completed);
    const TrainingRecord stored = TrainingRecordRepository(w.db.db()).byId(outcome->recordId).value();
    CHECK(stored.title == u"Coaching Integritas"_s); // from the programme
    CHECK(stored.form == u"coaching"_s);

    auto pending = ProposalRepository(w.db.db()).pending();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().level == 3);
    CHECK(pending->first().competencyId == w.integritas);
    CHECK(pending->first().trainingRecordId == outcome->recordId);
    CHECK(pending->first().evidence.contains(u"SRT/2026/001"));
    // Not yet part of the competency picture.
    {
        const AnalyticsData d = w.data();
        CHECK(levelOf(d.levels(d.employeeIndex(w.budi)), w.integritas) == 1);
    }
    const qint64 proposal = outcome->proposals.first();
    CHECK_FALSE(ProposalRepository(w.db.db()).decide(proposal, sql::rowVersion(w.db.db(), u"assessments"_s, proposal).value(), true, u" "_s, QDateTime::currentDateTimeUtc()).ok());
    const QDateTime at(QDate(2026, 3, 10), QTime(10, 30), Qt::UTC);
    REQUIRE(ProposalRepository(w.db.db()).decide(proposal, sql::rowVersion(w.db.db(), u"assessments"_s, proposal).value(), true, u"Rina Kusuma"_s, at).ok());
    {
        const AnalyticsData d = w.data();
        CHECK(levelOf(d.levels(d.employeeIndex(w.budi)), w.integritas) == 3);
    }
    const auto decision = ProposalRepository(w.db.db()).decision(proposal).value();
    CHECK(decision.first == u"Rina Kusuma"_s);
    CHECK(decision.second == at);
    CHECK_FALSE(ProposalRepository(w.db.db()).decide(proposal, sql::rowVersion(w.db.db(), u"assessments"_s, proposal).value(), false, u"x"_s, at).ok()); // decided already

    // A second training on the same competency at a level already held proposes nothing; a
    // rejected proposal never counts; "not passed" completes nothing and proposes nothing.
    TrainingRecord adhoc;
    adhoc.employeeId = w.budi;
    adhoc.programmeId = TrainingCatalogRepository(w.db.db()).idByCode(u"CO-M01"_s).value();
    adhoc.startDate = adhoc.endDate = QDate(2026, 4, 1);
    adhoc.jp = 10;
    CHECK(DevelopmentService::recordTraining(w.db.db(), adhoc)->proposals.isEmpty());
    TrainingRecord failed;
    failed.employeeId = w.budi;
    failed.planItemId = plan.items[1].id;
    failed.startDate = failed.endDate = QDate(2026, 5, 1);
    failed.jp = 24;
    failed.result = TrainingResult::Failed;
    auto f = DevelopmentService::recordTraining(w.db.db(), failed);
    REQUIRE(f.ok());
    CHECK_FALSE(f->itemCompleted);
    CHECK(f->proposals.isEmpty());
    TrainingRecord passed = failed;
    passed.result = TrainingResult::Passed;
    passed.startDate = passed.endDate = QDate(2026, 6, 1);
    auto p2 = DevelopmentService::recordTraining(w.db.db(), passed);
    REQUIRE(p2.ok());
    REQUIRE(p2->proposals.size() == 1);
    REQUIRE(ProposalRepository(w.db.db()).decide(p2->proposals.first(), sql::rowVersion(w.db.db(), u"assessments"_s, p2->proposals.first()).value(), false, u"Rina Kusuma"_s, at).ok());
    {
        const AnalyticsData d = w.data();
        CHECK(levelOf(d.levels(d.employeeIndex(w.budi)), w.komunikasi) == 1);
    }
    // Undo of a recording removes the record and its pending proposals and reopens the item.
    TrainingRecord siti;
    siti.employeeId = w.siti;
    siti.programmeId = adhoc.programmeId;
    siti.startDate = siti.endDate = QDate(2026, 7, 1);
    siti.jp = 10;
    auto s = DevelopmentService::recordTraining(w.db.db(), siti);
    REQUIRE(s.ok());
    REQUIRE(s->proposals.size() == 1);
    REQUIRE(DevelopmentService::undoRecord(w.db.db(), s.value()).ok());
    CHECK(ProposalRepository(w.db.db()).pending()->isEmpty());
    CHECK_FALSE(TrainingRecordRepository(w.db.db()).byId(s->recordId).ok());
}

TEST_CASE("Realisation input errors name the field and change nothing", "[core][development]")
{
    World w;
    w.generate(2026);
    const DevelopmentPlan plan = w.plan(w.budi, 2026);
    TrainingRecord r;
    r.employeeId = w.budi;
    r.title = u"Bimtek"_s;
    r.form = u"bimtek"_s;
    r.startDate = QDate(2026, 5, 2);
    r.endDate = QDate(2026, 5, 1);
    r.jp = 8;
    auto bad = DevelopmentService::recordTraining(w.db.db(), r);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == u"end_date"_s);
    r.endDate = QDate(2026, 5, 3);
    r.form = u"kursus_online"_s;
    CHECK(DevelopmentService::recordTraining(w.db.db(), r).error().field == u"form"_s);
    r.form = u"bimtek"_s;
    r.planItemId = plan.items[0].id; // still planned: not realisable before approval
    CHECK(DevelopmentService::recordTraining(w.db.db(), r).error().field == u"plan_item"_s);
    r.planItemId = w.plan(w.siti, 2026).items[0].id; // another employee's item
    CHECK(DevelopmentService::recordTraining(w.db.db(), r).error().field == u"plan_item"_s);
    CHECK(TrainingRecordRepository(w.db.db()).forYear(2026)->isEmpty());

    TrainingProgramme p;
    p.code = u"CO-M01"_s;
    p.name = u"Duplicate"_s;
    p.form = u"coaching"_s;
    p.jp = 2;
    auto dup = TrainingCatalogRepository(w.db.db()).insert(p);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().field == u"code"_s);
    p.code = u"X"_s;
    p.jp = 0;
    CHECK(TrainingCatalogRepository(w.db.db()).insert(p).error().field == u"jp"_s);
}

TEST_CASE("Development reports: unit recap and plan items match the golden CSV", "[core][development]")
{
    World w;
    w.generate(2026);
    DevelopmentPlanRepository repo(w.db.db());
    const DevelopmentPlan plan = w.plan(w.budi, 2026);
    REQUIRE(repo.approve(plan.id, sql::rowVersion(w.db.db(), u"development_plans"_s, plan.id).value(), u"Kabid"_s, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC)).ok());
    TrainingRecord r;
    r.employeeId = w.budi;
    r.planItemId = plan.items[0].id;
    r.startDate = QDate(2025, 12, 30);
    r.endDate = QDate(2026, 1, 3);
    r.jp = 10;
    REQUIRE(DevelopmentService::recordTraining(w.db.db(), r).ok());
    TrainingRecord s;
    s.employeeId = w.siti;
    s.title = u"Workshop Arsip Digital"_s;
    s.form = u"workshop"_s;
    s.startDate = QDate(2026, 2, 2);
    s.endDate = QDate(2026, 2, 4);
    s.jp = 24;
    s.result = TrainingResult::Attended;
    REQUIRE(DevelopmentService::recordTraining(w.db.db(), s).ok());

    const AnalyticsData d = w.data();
    const DevelopmentSettings settings;
    const auto entries = TrainingRecordRepository(w.db.db()).jpEntries(2026).value();
    const auto rows = JpCompliance::forEmployees(d, d.employeesInScope(-1), entries, 2026, settings);
    QHash<qint64, PlanSummary> plans;
    for (const PlanSummary& p : repo.summaries(2026).value())
        plans.insert(p.employeeId, p);
    const ReportDocument recap = DevelopmentReports::unitRecap(d, -1, rows, plans, 2026, Letterhead(), QDate(2026, 11, 29));
    const PlanCatalogue catalogue = DevelopmentService::loadCatalogue(w.db.db()).value();
    const ReportDocument individual = DevelopmentReports::individualPlan(
        d, AnalyticsSettings(), catalogue, w.plan(w.budi, 2026), rows.first().realised, 20, Letterhead(), QDate(2026, 11, 29));
    const ReportTable compliance = DevelopmentReports::complianceTable(d, rows, 2026);

    QByteArray actual = CsvRenderer::toCsv(recap, CsvOptions{u',', false, true});
    actual += "\r\n" + CsvRenderer::toCsv(individual, CsvOptions{u',', false, true});
    actual += "\r\n" + CsvRenderer::toCsv(compliance, CsvOptions{u',', false, true});
    const QString path = test::dataFile(u"golden/development_reports.csv"_s);
    QFile golden(path);
    const QByteArray expected = golden.open(QIODevice::ReadOnly) ? golden.readAll() : QByteArray();
    if (expected != actual) {
        QFile out(path + u".actual"_s);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        std::cerr << "--- " << path.toStdString() << "\n+++ (actual written next to it)\n" << actual.toStdString() << std::endl;
    }
    const bool same = expected == actual;
    CHECK(same);
}

TEST_CASE("A version 1 database is migrated to the development schema and keeps its data", "[core][development]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.db"_s);
    REQUIRE(Database::latestSchemaVersion() >= 2); // also registers the migration resources
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"i5-v1"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QFile script(u":/migrations/0001_initial.sql"_s);
        REQUIRE(script.open(QIODevice::ReadOnly));
        QString statement;
        for (const QString& line : QString::fromUtf8(script.readAll()).split(u'\n')) {
            if (line.trimmed().startsWith(u"--"))
                continue;
            statement += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                QSqlQuery q(raw);
                REQUIRE(q.exec(statement));
                statement.clear();
            }
        }
        REQUIRE(ReferenceSeeder::seed(raw).ok());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"INSERT INTO units (code, name, kind, updated_at) VALUES ('U1', 'Unit', 'bidang', 'x')"_s));
        REQUIRE(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::kApplicationId)));
        REQUIRE(q.exec(u"PRAGMA user_version = 1"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"i5-v1"_s);
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Database::latestSchemaVersion());
    QSqlDatabase d = db.value()->db();
    CHECK(sql::scalar(d, u"SELECT COUNT(*) FROM units"_s)->toInt() == 1);
    CHECK(sql::scalar(d, u"SELECT COUNT(*) FROM training_programs"_s)->toInt() == 0);
    CHECK(sql::exec(d, u"SELECT training_record_id, decided_by, decided_at FROM assessments"_s).ok());
    CHECK(DevelopmentSettings::load(SettingsRepository(d)).value().jpMinimum == 20);
}
