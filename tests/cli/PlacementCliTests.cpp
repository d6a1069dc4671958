// Runs the built karsa-cli: the solve-assignment contract (JSON, 0-based pairs, exit codes 0/3/2,
// forbidden cells, errors naming row and column) and placement on a small demo city.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
using karsa::test::CliRun;
using karsa::test::runCliProcess;

CliRun solve(const QByteArray& matrix, bool maximize = false)
{
    QStringList args{QStringLiteral("solve-assignment")};
    if (maximize)
        args << QStringLiteral("--maximize");
    return runCliProcess(args, matrix);
}

QList<QPair<int, int>> pairsOf(const QJsonObject& o)
{
    QList<QPair<int, int>> out;
    for (const QJsonValue& v : o.value(u"pairs").toArray())
        out.append({v.toArray().at(0).toInt(), v.toArray().at(1).toInt()});
    return out;
}

} // namespace

TEST_CASE("solve-assignment prints the optimal assignment as JSON", "[cli][placement]")
{
    SECTION("minimise a square matrix")
    {
        const CliRun r = solve("4,1,3\n2,0,5\n3,2,2\n");
        REQUIRE(r.exitCode == 0);
        const QJsonObject o = r.json();
        CHECK(o.value(u"status").toString() == u"optimal");
        CHECK(o.value(u"total").toDouble() == 5.0);
        CHECK(pairsOf(o) == QList<QPair<int, int>>{{0, 1}, {1, 0}, {2, 2}});
        CHECK(o.value(u"solve_ms").isDouble());
    }
    SECTION("maximise; a tall matrix assigns every column")
    {
        const CliRun r = solve("1,9\n8,2\n7,7\n", true);
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().value(u"total").toDouble() == 17.0);
        CHECK(pairsOf(r.json()) == QList<QPair<int, int>>{{0, 1}, {1, 0}});
    }
    SECTION("empty cells and '-' are forbidden pairs")
    {
        const CliRun r = solve("1,-,1\n,1,100\n", false);
        REQUIRE(r.exitCode == 0);
        CHECK(pairsOf(r.json()) == QList<QPair<int, int>>{{0, 0}, {1, 1}});
        CHECK(r.json().value(u"total").toDouble() == 2.0);
    }
    SECTION("negative and decimal scores")
    {
        const CliRun r = solve("-1.5,-3\n-2,-0.25\n", true);
        REQUIRE(r.exitCode == 0);
        CHECK(r.json().value(u"total").toDouble() == -1.75);
    }
}

TEST_CASE("solve-assignment exits 3 when infeasible and 2 on bad input", "[cli][placement]")
{
    const CliRun infeasible = solve("1,-\n2,-\n");
    CHECK(infeasible.exitCode == 3);
    CHECK(infeasible.json().value(u"status").toString() == u"infeasible");
    CHECK(infeasible.json().value(u"pairs").toArray().isEmpty());

    const CliRun bad = solve("1,2\n3,abc\n");
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains("row 2"));
    CHECK(bad.err.contains("column 2"));
    CHECK(bad.err.contains("abc"));

    const CliRun ragged = solve("1,2\n3\n");
    CHECK(ragged.exitCode == 2);
    CHECK(ragged.err.contains("row 2"));
    CHECK(solve("").exitCode == 2);
}

TEST_CASE("placement vacancies, candidates, solve, scenarios, compare and report", "[cli][placement]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("city.db"));
    REQUIRE(runCliProcess({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    REQUIRE(
        runCliProcess({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("400")})
            .exitCode == 0);
    const auto run = [&db](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        args.insert(2, QStringLiteral("placement"));
        args << QStringLiteral("--today") << QStringLiteral("2026-11-29");
        return runCliProcess(args);
    };

    const CliRun vacancies = run({QStringLiteral("vacancies"), QStringLiteral("--json")});
    REQUIRE(vacancies.exitCode == 0);
    const QJsonArray list = vacancies.json().value(u"vacancies").toArray();
    REQUIRE_FALSE(list.isEmpty());
    const QString firstPosition = list.first().toObject().value(u"position").toString();

    const CliRun candidates = run({QStringLiteral("candidates"), QStringLiteral("--position"), firstPosition,
                                QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")});
    REQUIRE(candidates.exitCode == 0);
    CHECK(candidates.json().value(u"candidates").toArray().size() <= 3);
    CHECK(candidates.json().contains(u"excluded_by_reason"));

    const CliRun a =
        run({QStringLiteral("solve"), QStringLiteral("--save"), QStringLiteral("A"), QStringLiteral("--json")});
    REQUIRE(a.exitCode == 0);
    const QJsonObject fa = a.json().value(u"figures").toObject();
    CHECK(fa.value(u"seats").toInt() > 0);
    CHECK(a.json().value(u"saved").toBool());
    // The first filled seat of A, excluded in B.
    QString nip, position;
    for (const QJsonValue& v : a.json().value(u"seats").toArray())
        if (!v.toObject().value(u"nip").isNull() && nip.isEmpty()) {
            nip = v.toObject().value(u"nip").toString();
            position = v.toObject().value(u"position").toString();
        }
    REQUIRE_FALSE(nip.isEmpty());
    const CliRun b =
        run({QStringLiteral("solve"), QStringLiteral("--scenario"), QStringLiteral("A"), QStringLiteral("--exclude"),
             nip + u'=' + position, QStringLiteral("--save"), QStringLiteral("B"), QStringLiteral("--json")});
    REQUIRE(b.exitCode == 0);
    for (const QJsonValue& v : b.json().value(u"seats").toArray())
        CHECK_FALSE(
            (v.toObject().value(u"nip").toString() == nip && v.toObject().value(u"position").toString() == position));

    const CliRun scenarios = run({QStringLiteral("scenarios"), QStringLiteral("--json")});
    REQUIRE(scenarios.exitCode == 0);
    CHECK(scenarios.json().value(u"scenarios").toArray().size() == 2);

    const CliRun cmp =
        run({QStringLiteral("compare"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("--json")});
    REQUIRE(cmp.exitCode == 0);
    CHECK(cmp.json().value(u"figures_a").toObject().value(u"total_score").toDouble() ==
          Approx(fa.value(u"total_score").toDouble()));
    CHECK_FALSE(cmp.json().value(u"differences").toArray().isEmpty());

    const CliRun csv =
        run({QStringLiteral("report"), QStringLiteral("--scenario"), QStringLiteral("A"), QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith("Placement proposal"));
    CHECK(csv.out.contains("No.,New position,Unit,NIP,Name,Current position,JPM,Category,Score,Key gaps"));
    CHECK(csv.out.contains("Moves per unit"));
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("a.xlsx"));
    const CliRun files = run({QStringLiteral("report"), QStringLiteral("--scenario"), QStringLiteral("A"),
                           QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx});
    REQUIRE(files.exitCode == 0);
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(5) == "%PDF-");
    QFile x(xlsx);
    REQUIRE(x.open(QIODevice::ReadOnly));
    CHECK(x.read(2) == "PK");

    CHECK(run({QStringLiteral("solve"), QStringLiteral("--lock"), QStringLiteral("nobody")}).exitCode == 2);
    CHECK(run({QStringLiteral("report"), QStringLiteral("--scenario"), QStringLiteral("missing"),
               QStringLiteral("--csv")})
              .exitCode == 2);
    CHECK(run({QStringLiteral("delete"), QStringLiteral("B")}).exitCode == 0);
    CHECK(run({QStringLiteral("scenarios"), QStringLiteral("--json")}).json().value(u"scenarios").toArray().size() ==
          1);

    // Saving under an existing name needs --overwrite; without it nothing is replaced.
    REQUIRE(run({QStringLiteral("solve"), QStringLiteral("--save"), QStringLiteral("C")}).exitCode == 0);
    const CliRun again = run({QStringLiteral("solve"), QStringLiteral("--save"), QStringLiteral("C"), QStringLiteral("--json")});
    CHECK(again.exitCode == 2);
    CHECK(again.errText().contains(QStringLiteral("--overwrite")));
    const CliRun replaced = run({QStringLiteral("solve"), QStringLiteral("--save"), QStringLiteral("C"), QStringLiteral("--overwrite"),
                                 QStringLiteral("--exclude-incomplete"), QStringLiteral("--json")});
    REQUIRE(replaced.exitCode == 0);
    // With incomplete candidates excluded, every placed candidate is assessed on the whole standard, and
    // an empty seat says why.
    for (const QJsonValue& v : replaced.json().value(u"seats").toArray()) {
        if (!v.toObject().value(u"nip").isNull())
            CHECK(v.toObject().value(u"complete").toBool());
        else
            CHECK_FALSE(v.toObject().value(u"empty_reason").toString().isEmpty());
    }
    CHECK(run({QStringLiteral("solve"), QStringLiteral("--missing-level"), QStringLiteral("9")}).exitCode == 2);
}
