// karsa-cli import: dry run output, apply, and the crash test (SIGKILL during a large import).
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "import/ImportSampleWriter.h"
#include "storage/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <csignal>
#include <random>

using namespace karsa;

namespace {
using karsa::test::CliRun;
using karsa::test::runCli;

qint64 scalar(Database& db, const QString& statement)
{
    return sql::scalar(db.db(), statement).value().toLongLong();
}

QString integrity(Database& db)
{
    return sql::scalar(db.db(), QStringLiteral("PRAGMA integrity_check")).value().toString();
}
} // namespace

TEST_CASE("karsa-cli import --dry-run prints counts and every rejection, and writes nothing", "[cli][import]")
{
    test::TempDatabase db;
    const QString path = db.path();
    db.close();
    const CliRun run = runCli(path, {QStringLiteral("import"), QStringLiteral("employees"),
                               test::dataFile(QStringLiteral("import/employees_bad.csv")), QStringLiteral("--dry-run")});
    CHECK(run.exitCode == 2);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.contains(QStringLiteral("7 rows: 2 to add, 0 to update, 0 unchanged, 5 rejected")));
    CHECK(out.contains(QStringLiteral("Rejected: row 3, column 4 (gol_akhir_nama): 'V/a' is not a known golongan")));
    CHECK(out.contains(QStringLiteral("Rejected: row 4, column 5 (tmt_jabatan): The date '31-02-2016' does not exist")));
    CHECK(out.count(QStringLiteral("Rejected: ")) == 5);

    const CliRun json = runCli(path, {QStringLiteral("import"), QStringLiteral("employees"),
                                test::dataFile(QStringLiteral("import/employees_good.csv")), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    CHECK(o.value(QStringLiteral("add")).toInt() == 3);
    CHECK(o.value(QStringLiteral("applied")).toBool());
    CHECK(QFile::exists(o.value(QStringLiteral("backup")).toString()));
    CHECK(o.value(QStringLiteral("unknown_columns")).toArray().size() == 1);
    const CliRun again = runCli(path, {QStringLiteral("import"), QStringLiteral("employees"),
                                 test::dataFile(QStringLiteral("import/employees_good.csv")), QStringLiteral("--dry-run"),
                                 QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("unchanged")).toInt() == 3);
}

TEST_CASE("karsa-cli import refuses a CSV with an unclosed quote, naming file, row and column, and writes nothing", "[cli][import]")
{
    test::TempDatabase db;
    const QString path = db.path();
    const QString csv = QDir(db.dir()).filePath(QStringLiteral("bad.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("nip_baru,nama,alamat\n197703152003122001,Ani,\"Jl. A\n198609262015051001,Budi,Jl. B\n");
    }
    db.close();
    const CliRun run = runCli(path, {QStringLiteral("import"), QStringLiteral("employees"), csv});
    CHECK(run.exitCode == 2);
    CHECK(run.errText().contains(QStringLiteral("karsa-cli: bad.csv, row 2, column 3: The quote that opens this field on "
                                                "line 2 is never closed")));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    CHECK(scalar(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM employees")) == 0);
    CHECK(scalar(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM import_batches")) == 0);
}

TEST_CASE("Crash test: SIGKILL at random points of a large import leaves none or all of it", "[cli][import][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    constexpr int kEmployees = 8000;
    const QString csv = dir.filePath(QStringLiteral("siasn.csv"));
    REQUIRE(ImportSampleWriter::writeEmployees(csv, kEmployees).ok());
    const QString pristine = dir.filePath(QStringLiteral("pristine.db"));
    {
        auto db = Database::open(pristine);
        REQUIRE(db.ok());
    }
    const QString work = dir.filePath(QStringLiteral("work.db"));
    auto reset = [&] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(work + suffix);
        REQUIRE(QFile::copy(pristine, work));
    };
    const QStringList args = {QStringLiteral("--db"), work, QStringLiteral("import"), QStringLiteral("employees"), csv,
                              QStringLiteral("--quiet")};
    // One uncut run gives the duration the kill points are drawn from.
    reset();
    QElapsedTimer timer;
    timer.start();
    {
        QProcess p;
        p.start(QStringLiteral(KARSA_CLI_PATH), args);
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitCode() == 0);
    }
    const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
    std::mt19937 rng(20261129);
    std::uniform_int_distribution<qint64> when(5, fullMs);
    int none = 0, all = 0;
    for (int i = 0; i < 20; ++i) {
        reset();
        const qint64 delay = when(rng);
        QProcess p;
        // Nobody reads the output while the test sleeps: a full pipe must not stall the child.
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(QStringLiteral(KARSA_CLI_PATH), args);
        REQUIRE(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delay));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(30000);
        auto db = Database::open(work, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        INFO("run " << i << ", killed after " << delay << " ms of " << fullMs);
        CHECK(integrity(*db.value()) == QStringLiteral("ok"));
        const qint64 employees = scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM employees"));
        const qint64 batches = scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM import_batches"));
        const qint64 units = scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM units"));
        const qint64 positions = scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM positions"));
        const bool isNone = employees == 0 && batches == 0 && units == 0 && positions == 0;
        const bool isAll = employees == kEmployees && batches == 1 && units == 40 && positions > 0;
        CHECK((isNone || isAll));
        none += isNone;
        all += isAll;
    }
    WARN("crash test: " << none << " runs left none of the import, " << all << " all of it (uncut run " << fullMs << " ms)");
    CHECK(none + all == 20);
    CHECK(none > 0); // at least one kill landed before the commit
}
