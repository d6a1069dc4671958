// Optimistic locking of officer-edited rows: a second officer (another connection) changes the row
// between the first officer's read and write; the first write is refused with a typed conflict that
// names the other officer, the other change is kept and nothing else is written.
#include "TestSupport.h"

#include "demo/DemoCityGenerator.h"
#include "evaluation/CycleEvaluation.h"
#include "evaluation/EvaluationRepository.h"
#include "evaluation/Instrument.h"
#include "import/AssessmentImporter.h"
#include "session/Session.h"
#include "storage/AssessmentRepository.h"
#include "storage/ImportStore.h"
#include "storage/Sql.h"
#include "storage/TrainingRecordRepository.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

using namespace karsa;
using namespace karsa::test;

namespace {

qint64 auditRowsBy(QSqlDatabase db, const QString& actor)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ?"), {actor})
        .value()
        .toLongLong();
}

// A small demo city and two administrators, "ani" (first writer) and "budi" (the other officer),
// each on an own connection to the same file.
struct TwoOfficers
{
    TempDatabase file;
    UserSession ani, budi;
    std::unique_ptr<Database> first, second;

    TwoOfficers()
    {
        DemoOptions options;
        options.employees = 40;
        options.today = QDate(2026, 11, 29);
        REQUIRE(DemoCityGenerator::generate(*file, options).ok());
        UserRepository users(file.db());
        auto make = [&](const QString& name) {
            auto id = users.create(name, name.toUpper(), Role::Administrator, QStringLiteral("rahasia-123"));
            REQUIRE(id.ok());
            return users.byId(id.value()).value().session();
        };
        ani = make(QStringLiteral("ani"));
        budi = make(QStringLiteral("budi"));
        first = Session(file.path(), ani).connect().value();
        second = Session(file.path(), budi).connect().value();
    }
    QSqlDatabase a() const { return first->db(); }
    QSqlDatabase b() const { return second->db(); }

    // The refusal every test expects: typed, in words, naming budi; and ani wrote nothing.
    void checkRefused(const Status& s, qint64 aniRowsBefore) const
    {
        REQUIRE_FALSE(s.ok());
        CHECK(sql::isConflict(s.error()));
        CHECK(s.error().message.contains(QStringLiteral("budi")));
        CHECK(s.error().message.contains(QStringLiteral("reload and try again")));
        CHECK(auditRowsBy(a(), QStringLiteral("ani")) == aniRowsBefore);
    }
};

} // namespace

TEST_CASE("A cycle status change made by another officer is not overwritten", "[core][conflict]")
{
    TwoOfficers o;
    auto closed = sql::scalar(o.a(), QStringLiteral("SELECT id FROM eval_cycles WHERE status = 'closed'"));
    REQUIRE(closed->isValid());
    const qint64 cycle = closed->toLongLong();
    const EvaluationCycle seen = EvaluationRepository(o.a()).cycle(cycle).value(); // ani's page shows it
    REQUIRE(EvaluationService::reopen(o.b(), cycle, EvaluationRepository(o.b()).cycle(cycle)->rowVersion).ok());

    const qint64 before = auditRowsBy(o.a(), QStringLiteral("ani"));
    o.checkRefused(EvaluationService::lock(o.a(), cycle, seen.rowVersion), before);
    o.checkRefused(EvaluationRepository(o.a()).setStatus(cycle, seen.rowVersion, QStringLiteral("closed")), before);
    CHECK(EvaluationRepository(o.a()).cycle(cycle)->status == u"open"); // budi's reopening is kept
}

TEST_CASE("A behaviour text changed by another officer is not overwritten", "[core][conflict]")
{
    TwoOfficers o;
    const Instrument instrument = Instrument::load(o.a()).value();
    const Behaviour seen = instrument.values().first().behaviours.first();
    REQUIRE(Instrument::setBehaviourText(o.b(), seen.id, seen.rowVersion, QStringLiteral("Teks dari Budi")).ok());

    const qint64 before = auditRowsBy(o.a(), QStringLiteral("ani"));
    o.checkRefused(Instrument::setBehaviourText(o.a(), seen.id, seen.rowVersion, QStringLiteral("Teks dari Ani")),
                   before);
    CHECK(sql::scalar(o.a(), QStringLiteral("SELECT text FROM eval_behaviours WHERE id = ?"), {seen.id})->toString() ==
          u"Teks dari Budi");
}

TEST_CASE("An assessment corrected or decided by another officer is not overwritten", "[core][conflict]")
{
    TwoOfficers o;
    const qint64 id = sql::scalar(o.a(), QStringLiteral("SELECT MIN(id) FROM assessments"))->toLongLong();
    const Assessment seen = AssessmentRepository(o.a()).byId(id).value();
    Assessment budis = seen;
    budis.level = seen.level == 5 ? 4 : seen.level + 1;
    REQUIRE(AssessmentRepository(o.b()).update(budis).ok());

    const qint64 before = auditRowsBy(o.a(), QStringLiteral("ani"));
    Assessment anis = seen;
    anis.evidence = QStringLiteral("Koreksi Ani");
    o.checkRefused(AssessmentRepository(o.a()).update(anis), before);
    o.checkRefused(AssessmentRepository(o.a()).setStatus(id, seen.rowVersion, AssessmentStatus::Rejected), before);
    const Assessment now = AssessmentRepository(o.a()).byId(id).value();
    CHECK(now.level == budis.level);
    CHECK(now.evidence == seen.evidence);
    CHECK(now.status == seen.status);

    SECTION("a row that is gone keeps its own message")
    {
        REQUIRE(AssessmentRepository(o.b()).remove(id).ok());
        const Status gone = AssessmentRepository(o.a()).update(anis);
        REQUIRE_FALSE(gone.ok());
        CHECK_FALSE(sql::isConflict(gone.error()));
        CHECK(gone.error().message == u"The assessment no longer exists");
    }
}

TEST_CASE("A proposal validated by another officer cannot be rejected from a stale list", "[core][conflict]")
{
    TwoOfficers o;
    Assessment proposed = AssessmentRepository(o.a())
                              .byId(sql::scalar(o.a(), QStringLiteral("SELECT MIN(id) FROM assessments"))->toLongLong())
                              .value();
    proposed.id = 0;
    proposed.assessedOn = QDate(2026, 11, 1);
    proposed.method = QStringLiteral("training");
    proposed.status = AssessmentStatus::NeedsValidation;
    const qint64 id = AssessmentRepository(o.a()).insert(proposed).value();
    const QVector<AssessmentProposal> list = ProposalRepository(o.a()).pending().value(); // ani's list
    auto seen =
        std::find_if(list.cbegin(), list.cend(), [id](const AssessmentProposal& p) { return p.assessmentId == id; });
    REQUIRE(seen != list.cend());
    REQUIRE(ProposalRepository(o.b())
                .decide(id, seen->rowVersion, true, QStringLiteral("Budi"), QDateTime::currentDateTimeUtc())
                .ok());

    const qint64 before = auditRowsBy(o.a(), QStringLiteral("ani"));
    o.checkRefused(ProposalRepository(o.a()).decide(id, seen->rowVersion, false, QStringLiteral("Ani"),
                                                    QDateTime::currentDateTimeUtc()),
                   before);
    o.checkRefused(ProposalRepository(o.a()).reopen(id, seen->rowVersion), before);
    CHECK(ProposalRepository(o.a()).decision(id)->first == u"Budi");
}

TEST_CASE("A user account changed by another administrator is not overwritten", "[core][conflict]")
{
    TwoOfficers o;
    const UserAccount seen = UserRepository(o.a()).byId(o.ani.userId).value();
    REQUIRE(UserRepository(o.b())
                .update(seen.id, seen.rowVersion, QStringLiteral("Ani Rahayu"), Role::Administrator, true)
                .ok());

    const qint64 before = auditRowsBy(o.a(), QStringLiteral("ani"));
    o.checkRefused(
        UserRepository(o.a()).update(seen.id, seen.rowVersion, QStringLiteral("Ani R."), Role::Administrator, true),
        before);
    o.checkRefused(UserRepository(o.a()).setPassword(seen.id, seen.rowVersion, QStringLiteral("rahasia-baru-1")),
                   before);
    CHECK(UserRepository(o.a()).byId(seen.id)->fullName == u"Ani Rahayu");
    CHECK(UserRepository(o.a()).authenticate(QStringLiteral("ani"), QStringLiteral("rahasia-123")).ok());
}

TEST_CASE("An import does not overwrite an assessment corrected after the analysis", "[core][conflict]")
{
    TwoOfficers o;
    ImportStore::StoredAssessment stored;
    REQUIRE(ImportStore(o.a())
                .forEachAssessment([&](const ImportStore::StoredAssessment& s) {
                    if (stored.id == 0)
                        stored = s;
                })
                .ok());
    Assessment budis = AssessmentRepository(o.b()).byId(stored.id).value();
    budis.assessor = QStringLiteral("Koreksi Budi");
    REQUIRE(AssessmentRepository(o.b()).update(budis).ok());

    const qint64 before = auditRowsBy(o.a(), QStringLiteral("ani"));
    ImportStore::AssessmentChange change;
    change.id = stored.id;
    change.rowVersion = stored.rowVersion; // as the analysis read it
    change.level = stored.level;
    change.assessor = QStringLiteral("Dari berkas");
    o.checkRefused(ImportStore(o.a()).updateAssessments({change}), before);
    CHECK(AssessmentRepository(o.a()).byId(stored.id)->assessor == u"Koreksi Budi");
}

TEST_CASE("The conflict is told in words even without an audit entry", "[core][conflict]")
{
    TempDatabase db;
    const Error e = sql::conflictError(db.db(), QStringLiteral("assessments"), 987654);
    CHECK(sql::isConflict(e));
    CHECK(e.message == u"This data was changed elsewhere; reload and try again");
    CHECK_FALSE(sql::isConflict(makeError(QStringLiteral("Something else"))));
}
