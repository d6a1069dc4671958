// Runs the built karsa-cli on a small database made here and checks the analytics commands' output.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "domain/Position.h"
#include "storage/AssessmentRepository.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace karsa;

namespace {
using karsa::test::CliRun;
using karsa::test::runCli;

const QString kComplete = QStringLiteral("198609262015051001");
const QString kIncomplete = QStringLiteral("199001022015052002");

// Unit U1 with U1-P1 (ahli pertama, 9 competencies at level 2) and U1-P2 (ahli muda, level 3).
// kComplete holds every competency at level 2 (JPM 100 against U1-P1) and was rated sangat baik in
// 2024 and 2025; kIncomplete lacks one competency.
class CliDatabase
{
public:
    CliDatabase()
    {
        fill(); // the repositories' connection handles go away before the database is closed
        m_db.close();
    }
    QString path() const { return m_db.path(); }
    QString missingCode;

private:
    void fill()
    {
        const auto org = test::makeMiniOrg(m_db.db());
        const auto competencies = CompetencyRepository(m_db.db()).all(false).value();
        Position target;
        target.code = QStringLiteral("U1-P2");
        target.name = QStringLiteral("Analis Ahli Muda");
        target.jenjang = QStringLiteral("ahli_muda");
        target.unitId = org.unitId;
        QVector<qint64> ids;
        for (const Competency& c : competencies)
            if (c.type != CompetencyType::Teknis) {
                target.standard.append({c.id, 3, 1.0});
                ids.append(c.id);
            }
        REQUIRE(PositionRepository(m_db.db()).insert(target).ok());
        missingCode = competencies.first().code;

        EmployeeRepository employees(m_db.db());
        AssessmentRepository assessments(m_db.db());
        PerformanceRepository performance(m_db.db());
        for (const QString& nip : {kComplete, kIncomplete}) {
            Employee e;
            e.nip = nip;
            e.name = nip == kComplete ? QStringLiteral("Budi Santoso") : QStringLiteral("Siti Aminah");
            e.sex = nip == kComplete ? Sex::Male : Sex::Female;
            e.golongan = QStringLiteral("III/c");
            e.education = QStringLiteral("S1");
            e.positionId = org.positionId;
            e.unitId = org.unitId;
            e.tmtCpns = QDate(2015, 5, 1);
            auto id = employees.insert(e);
            REQUIRE(id.ok());
            for (qint64 c : ids) {
                if (nip == kIncomplete && c == ids.first())
                    continue;
                Assessment a;
                a.employeeId = id.value();
                a.competencyId = c;
                a.level = 2;
                a.assessedOn = QDate(2025, 6, 1);
                a.method = QStringLiteral("assessment_center");
                REQUIRE(assessments.insert(a).ok());
            }
            if (nip == kComplete)
                for (int year : {2024, 2025})
                    REQUIRE(performance.upsert({0, id.value(), year, 1, 1, {}, QStringLiteral("skp")}).ok());
        }
    }
    test::TempDatabase m_db;
};

QJsonObject byNip(const QJsonArray& rows, const QString& nip)
{
    for (const QJsonValue& v : rows)
        if (v.toObject().value(u"nip").toString() == nip)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("karsa-cli jpm lists every employee with JPM, category or the missing competencies", "[cli][analytics]")
{
    CliDatabase db;
    const CliRun run = runCli(db.path(), {QStringLiteral("jpm"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = run.json();
    CHECK(root.value(u"scale").toString() == QStringLiteral("pemetaan"));
    const QJsonArray rows = root.value(u"employees").toArray();
    REQUIRE(rows.size() == 2);
    const QJsonObject complete = byNip(rows, kComplete);
    CHECK(complete.value(u"nip").isString());
    CHECK(complete.value(u"jpm").isDouble());
    CHECK(complete.value(u"jpm").toDouble() == 100.0);
    CHECK(complete.value(u"category").toString() == QStringLiteral("O"));
    CHECK(complete.value(u"complete").toBool());
    CHECK(complete.value(u"position").toString() == QStringLiteral("U1-P1"));
    const QJsonObject incomplete = byNip(rows, kIncomplete);
    CHECK_FALSE(incomplete.value(u"complete").toBool());
    CHECK(incomplete.value(u"jpm").isNull());
    CHECK(incomplete.value(u"missing").toArray() == QJsonArray{db.missingCode});
    CHECK(root.value(u"summary").toObject().value(u"incomplete").toInt() == 1);

    SECTION("another scale")
    {
        const CliRun seleksi = runCli(db.path(), {QStringLiteral("jpm"), QStringLiteral("--scale"),
                                                  QStringLiteral("seleksi"), QStringLiteral("--json")});
        REQUIRE(seleksi.exitCode == 0);
        CHECK(byNip(seleksi.json().value(u"employees").toArray(), kComplete).value(u"category").toString() ==
              QStringLiteral("MS"));
    }
    SECTION("CSV")
    {
        const CliRun csv = runCli(db.path(), {QStringLiteral("jpm"), QStringLiteral("--csv")});
        REQUIRE(csv.exitCode == 0);
        const QStringList lines = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 3);
        CHECK(lines[0].startsWith(QStringLiteral("nip,name,unit,position,status,jpm")));
        CHECK(
            QString::fromUtf8(csv.out).contains(kComplete + QStringLiteral(",Budi Santoso,U1,U1-P1,complete,100.00")));
        CHECK(QString::fromUtf8(csv.out).contains(QStringLiteral("incomplete,,,,") + db.missingCode));
    }
    SECTION("unknown scale or unit is bad input")
    {
        CHECK(runCli(db.path(), {QStringLiteral("jpm"), QStringLiteral("--scale"), QStringLiteral("nope")}).exitCode ==
              2);
        const CliRun unit =
            runCli(db.path(), {QStringLiteral("jpm"), QStringLiteral("--unit"), QStringLiteral("NOPE")});
        CHECK(unit.exitCode == 2);
        CHECK(unit.err.contains("NOPE"));
    }
}

TEST_CASE("karsa-cli gap compares with the current and a target position", "[cli][analytics]")
{
    CliDatabase db;
    const CliRun run =
        runCli(db.path(), {QStringLiteral("gap"), QStringLiteral("--nip"), kComplete, QStringLiteral("--position"),
                           QStringLiteral("U1-P2"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray analyses = run.json().value(u"analyses").toArray();
    REQUIRE(analyses.size() == 2);
    CHECK(analyses[0].toObject().value(u"relation").toString() == QStringLiteral("current"));
    CHECK(analyses[0].toObject().value(u"jpm").toDouble() == 100.0);
    const QJsonObject target = analyses[1].toObject();
    CHECK(target.value(u"position").toString() == QStringLiteral("U1-P2"));
    CHECK(target.value(u"jpm").toDouble() == Approx(66.67));
    CHECK(target.value(u"ikk").toDouble() == Approx(33.33));
    const QJsonObject row = target.value(u"competencies").toArray().first().toObject();
    CHECK(row.value(u"gap").toInt() == -1);
    CHECK(row.value(u"shortfall").toInt() == 1);

    CHECK(runCli(db.path(), {QStringLiteral("gap"), QStringLiteral("--nip"), QStringLiteral("199901012020011001")})
              .exitCode == 2);
    CHECK(runCli(db.path(), {QStringLiteral("gap"), QStringLiteral("--nip"), kComplete, QStringLiteral("--position"),
                             QStringLiteral("NOPE")})
              .exitCode == 2);
    CHECK(runCli(db.path(), {QStringLiteral("gap")}).exitCode == 2);
}

TEST_CASE("karsa-cli talent gives both axes and the box, or says why there is none", "[cli][analytics]")
{
    CliDatabase db;
    const CliRun run = runCli(db.path(), {QStringLiteral("talent"), QStringLiteral("--today"),
                                          QStringLiteral("2026-03-01"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = run.json().value(u"employees").toArray();
    const QJsonObject star = byNip(rows, kComplete);
    CHECK(star.value(u"kinerja_score").toDouble() == 100.0);
    CHECK(star.value(u"kinerja").toString() == QStringLiteral("atas"));
    CHECK(star.value(u"potensial").toString() == QStringLiteral("tinggi"));
    CHECK(star.value(u"box").toInt() == 9);
    const QJsonObject unplaced = byNip(rows, kIncomplete);
    CHECK(unplaced.value(u"box").isNull());
    CHECK(unplaced.value(u"not_placed_reason").toString().contains(QStringLiteral("no performance rating")));
    CHECK(unplaced.value(u"not_placed_reason").toString().contains(QStringLiteral("JPM incomplete")));

    const CliRun csv = runCli(db.path(), {QStringLiteral("talent"), QStringLiteral("--today"),
                                          QStringLiteral("2026-03-01"), QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(QString::fromUtf8(csv.out).contains(kComplete +
                                              QStringLiteral(",Budi Santoso,U1-P1,100.00,atas,100.00,tinggi,9,false")));

    const CliRun pool =
        runCli(db.path(), {QStringLiteral("talent"), QStringLiteral("--today"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--pool"), QStringLiteral("U1-P2")});
    REQUIRE(pool.exitCode == 0);
    const QJsonArray members = pool.json().value(u"pool").toArray();
    REQUIRE(members.size() == 1);
    CHECK(members[0].toObject().value(u"jpm").toDouble() == Approx(66.67));
}

TEST_CASE("karsa-cli rank ranks, explains and lists exclusions with reasons", "[cli][analytics]")
{
    CliDatabase db;
    const CliRun run =
        runCli(db.path(), {QStringLiteral("rank"), QStringLiteral("--position"), QStringLiteral("U1-P2"),
                           QStringLiteral("--today"), QStringLiteral("2026-03-01"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = run.json();
    CHECK(root.value(u"candidates").toInt() == 2);
    const QJsonArray ranked = root.value(u"ranked").toArray();
    REQUIRE(ranked.size() == 2);
    CHECK(ranked[0].toObject().value(u"nip").toString() == kComplete); // complete before incomplete
    CHECK(ranked[0].toObject().value(u"score").toDouble() == Approx(66.67));
    CHECK(ranked[0].toObject().value(u"contributions").toArray().size() == 9);
    CHECK_FALSE(ranked[1].toObject().value(u"complete").toBool());

    const CliRun incumbents = runCli(db.path(), {QStringLiteral("rank"), QStringLiteral("--position"),
                                                 QStringLiteral("U1-P1"), QStringLiteral("--json")});
    REQUIRE(incumbents.exitCode == 0);
    const QJsonArray excluded = incumbents.json().value(u"excluded").toArray();
    REQUIRE(excluded.size() == 2);
    CHECK(excluded[0].toObject().value(u"reasons").toArray()[0].toObject().value(u"code").toString() ==
          QStringLiteral("incumbent"));

    CHECK(runCli(db.path(), {QStringLiteral("rank"), QStringLiteral("--position"), QStringLiteral("NOPE")}).exitCode ==
          2);
    CHECK(runCli(db.path(), {QStringLiteral("rank")}).exitCode == 2);
}

TEST_CASE("karsa-cli bench prints timings as JSON", "[cli][analytics]")
{
    CliDatabase db;
    const CliRun run = runCli(db.path(), {QStringLiteral("bench"), QStringLiteral("--runs"), QStringLiteral("1")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = run.json();
    CHECK(root.value(u"employees").toInt() == 2);
    CHECK(root.value(u"jpm_all_ms").isDouble());
    CHECK(root.value(u"rank_ms").isDouble());
    CHECK(root.value(u"unit_aggregates_ms").isDouble());
}
