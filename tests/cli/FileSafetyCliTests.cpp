// Several processes on one database file: the window's way of holding it (a connection that stays,
// worker connections that come and go) next to karsa-cli runs. Nothing is lost, nothing is damaged,
// nobody sees a raw lock error.
#include "CliRun.h"
#include "TestSupport.h"

#include "import/ImportSampleWriter.h"
#include "storage/BackupManager.h"
#include "storage/DatabaseFile.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>

#include <atomic>
#include <iostream>
#include <mutex>
#include <thread>

using namespace karsa;
using namespace karsa::test;

namespace {

qint64 unitCount(const QString& path)
{
    const CliRun stats = runCli(path, {QStringLiteral("stats"), QStringLiteral("--json")});
    if (stats.exitCode != 0)
        return -1;
    return stats.json().value(u"counts").toObject().value(u"units").toInteger(-1);
}

QByteArray hashOf(const QString& path)
{
    QFile f(path); // only files no connection of this test has open
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Status insertUnit(QSqlDatabase db, const QString& code)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = sql::exec(db, QStringLiteral("INSERT INTO units (code, name, kind, updated_at) VALUES (?, ?, 'bidang', ?)"),
                             {code, QString(QStringLiteral("Unit ") + code), sql::nowText()});
        !s)
        return s;
    return tx.commit();
}

} // namespace

TEST_CASE("Another process opening and closing the file keeps this process's locks, WAL and writes", "[cli][filesafety]")
{
    TempDatabase db;
    const QString path = db.path();
    REQUIRE(insertUnit(db.db(), QStringLiteral("A1")).ok());
    // A second connection opened and closed by the normal path, as every worker of the window does.
    {
        auto worker = Database::open(path, Database::Mode::OpenExisting);
        REQUIRE(worker.ok());
        REQUIRE(insertUnit(worker.value()->db(), QStringLiteral("A2")).ok());
    }
    REQUIRE(locksHeldOn(path) >= 1);
    const qint64 before = sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM units"))->toLongLong();

    // A child process opens and closes the file (the README's read-only command).
    CHECK(unitCount(path) == before);
    CHECK(locksHeldOn(path) >= 1);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));

    // This connection keeps writing, and the next child sees it.
    REQUIRE(insertUnit(db.db(), QStringLiteral("A3")).ok());
    CHECK(unitCount(path) == before + 1);
    // The README's "consistent copy while in use" beside the open connection.
    const QString copy = db.dir() + QStringLiteral("/copy.db");
    REQUIRE(runCli(path, {QStringLiteral("backup"), copy}).exitCode == 0);
    CHECK(locksHeldOn(path) >= 1);
    REQUIRE(insertUnit(db.db(), QStringLiteral("A4")).ok());
    CHECK(unitCount(path) == before + 2);
    CHECK(unitCount(copy) == before + 1);
    CHECK(sql::scalar(db.db(), QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
}

TEST_CASE("A mistyped --db or an empty file is never turned into a database; read-only work never upgrades", "[cli][filesafety]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("ctiy.db"));
    const QString csv = dir.filePath(QStringLiteral("siasn.csv"));
    REQUIRE(ImportSampleWriter::writeEmployees(csv, 5).ok());
    const QList<QStringList> commands = {
        {QStringLiteral("stats")},
        {QStringLiteral("check")},
        {QStringLiteral("jpm"), QStringLiteral("--csv")},
        {QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("10")},
        {QStringLiteral("import"), QStringLiteral("employees"), csv},
    };
    for (const QStringList& args : commands) {
        const CliRun run = runCli(missing, args);
        INFO(args.join(u' ').toStdString() << ": " << run.errText().toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.errText().contains(QStringLiteral("does not exist or is empty; nothing was created")));
        CHECK(run.errText().contains(QStringLiteral("init")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile f(empty);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    CHECK(runCli(empty, {QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("10")}).exitCode == 1);
    CHECK(QFileInfo(empty).size() == 0);
    // init creates, then the others work.
    REQUIRE(runCli(missing, {QStringLiteral("init")}).exitCode == 0);
    CHECK(runCli(missing, {QStringLiteral("stats")}).exitCode == 0);

    // A file of an older schema: read-only commands refuse and leave it as it was; upgrade upgrades.
    {
        auto db = Database::open(missing, Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        REQUIRE(sql::exec(db.value()->db(), QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1)).ok());
    }
    const QByteArray before = hashOf(missing);
    REQUIRE_FALSE(before.isEmpty());
    const CliRun stats = runCli(missing, {QStringLiteral("stats")});
    CHECK(stats.exitCode == 1);
    CHECK(stats.errText().contains(QStringLiteral("needs an upgrade")));
    CHECK(hashOf(missing) == before);
    CHECK_FALSE(QFileInfo::exists(BackupManager::folderFor(missing)));
}

TEST_CASE("A command that cannot get the write lock says the file is busy, in words, and changes nothing", "[cli][filesafety]")
{
    TempDatabase db;
    REQUIRE(insertUnit(db.db(), QStringLiteral("B1")).ok());
    const QString csv = db.dir() + QStringLiteral("/siasn.csv");
    REQUIRE(ImportSampleWriter::writeEmployees(csv, 20).ok());
    Transaction holding(db.db()); // the window in the middle of a long write
    REQUIRE(holding.isActive());

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KARSA_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KARSA_CLI_PATH), {QStringLiteral("--db"), db.path(), QStringLiteral("import"), QStringLiteral("employees"),
                                             csv, QStringLiteral("--no-backup")});
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    CHECK(p.exitCode() != 0);
    CHECK(err.contains(QStringLiteral("busy in another program")));
    CHECK_FALSE(err.contains(QStringLiteral("database is locked")));
    holding.rollback();
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM employees"))->toInt() == 0);
}

TEST_CASE("Soak: the window's connections and four karsa-cli processes share one file safely", "[cli][filesafety][soak]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.db"));
    REQUIRE(runCli(path, {QStringLiteral("init")}).exitCode == 0);
    REQUIRE(runCli(path, {QStringLiteral("demo"), QStringLiteral("--employees"), QStringLiteral("300"), QStringLiteral("--quiet")})
                .exitCode == 0);
    const QString csvA = dir.filePath(QStringLiteral("siasn-a.csv"));
    const QString csvB = dir.filePath(QStringLiteral("siasn-b.csv"));
    REQUIRE(ImportSampleWriter::writeEmployees(csvA, 150, 1).ok());
    REQUIRE(ImportSampleWriter::writeEmployees(csvB, 250, 2).ok());

    // The window: one connection open throughout (the pages), workers that open and close their own.
    auto window = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(window.ok());
    const QString unitCode = sql::scalar(window.value()->db(),
                                         QStringLiteral("SELECT u.code FROM units u JOIN employees e ON e.unit_id = u.id "
                                                        "GROUP BY u.id ORDER BY COUNT(*) DESC LIMIT 1"))
                                 ->toString();
    REQUIRE_FALSE(unitCode.isEmpty());

    constexpr int kSeconds = 25;
    QElapsedTimer clock;
    clock.start();
    const auto running = [&] { return clock.elapsed() < kSeconds * 1000; };
    std::mutex mutex;
    QStringList unitsWritten;
    QStringList failures;
    QStringList backups;
    std::atomic<int> operations{0};
    std::atomic<int> importsApplied{0};
    std::atomic<int> plansGenerated{0};

    auto lane = [&](const std::function<QStringList(int)>& argsFor, const std::function<void(const CliRun&)>& onDone) {
        for (int n = 0; running(); ++n) {
            const QStringList args = argsFor(n);
            const CliRun run = runCli(path, args);
            ++operations;
            const bool lockWords = run.errText().contains(QStringLiteral("locked")) || run.errText().contains(QStringLiteral("busy"));
            if (run.exitCode != 0 || lockWords) {
                std::lock_guard<std::mutex> lock(mutex);
                failures << QStringLiteral("%1 -> %2: %3").arg(args.join(u' ')).arg(run.exitCode).arg(run.errText());
            } else {
                onDone(run);
            }
        }
    };
    std::vector<std::thread> threads;
    // Worker connections of the window, opened and closed for every write.
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&, t] {
            for (int n = 0; running(); ++n) {
                auto worker = Database::open(path, Database::Mode::OpenExisting);
                QString code = QStringLiteral("SOAK-%1-%2").arg(t).arg(n);
                Status s = worker ? insertUnit(worker.value()->db(), code) : Status(worker.error());
                ++operations;
                std::lock_guard<std::mutex> lock(mutex);
                if (s)
                    unitsWritten << code;
                else
                    failures << QStringLiteral("window worker: ") + s.error().describe();
            }
        });
    }
    threads.emplace_back([&] {
        lane([](int n) {
            return n % 2 ? QStringList{QStringLiteral("jpm"), QStringLiteral("--csv")} : QStringList{QStringLiteral("stats"), QStringLiteral("--json")};
        },
             [](const CliRun&) {});
    });
    threads.emplace_back([&] {
        lane([&](int n) {
            return QStringList{QStringLiteral("import"), QStringLiteral("employees"), n % 2 ? csvB : csvA, QStringLiteral("--quiet"),
                               QStringLiteral("--no-backup")};
        },
             [&](const CliRun&) { ++importsApplied; });
    });
    threads.emplace_back([&] {
        lane([&](int) {
            return QStringList{QStringLiteral("plan"), QStringLiteral("generate"), QStringLiteral("--year"), QStringLiteral("2026"),
                               QStringLiteral("--unit"), unitCode, QStringLiteral("--replace")};
        },
             [&](const CliRun&) { ++plansGenerated; });
    });
    threads.emplace_back([&] {
        lane([&](int n) { return QStringList{QStringLiteral("backup"), dir.filePath(QStringLiteral("b%1.db").arg(n))}; },
             [&](const CliRun&) {});
    });
    for (std::thread& t : threads)
        t.join();
    const qint64 elapsed = clock.elapsed();
    for (int n = 0;; ++n) {
        const QString b = dir.filePath(QStringLiteral("b%1.db").arg(n));
        if (!QFileInfo::exists(b))
            break;
        backups << b;
    }
    std::cout << "soak: 1 window process (2 worker threads) + 4 karsa-cli lanes, " << elapsed << " ms, " << operations.load()
              << " operations (" << unitsWritten.size() << " window writes, " << importsApplied.load() << " imports, "
              << plansGenerated.load() << " plan generations, " << backups.size() << " backups), " << failures.size()
              << " errors" << std::endl;
    for (const QString& f : failures)
        std::cout << "  " << f.toStdString() << std::endl;
    CHECK(failures.isEmpty());
    CHECK(importsApplied > 0);
    CHECK(plansGenerated > 0);
    CHECK_FALSE(backups.isEmpty());

    QSqlDatabase d = window.value()->db();
    CHECK(sql::scalar(d, QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
    CHECK(sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check"))->toInt() == 0);
    // Every reported write is there.
    QSet<QString> stored;
    QSqlQuery q(d);
    REQUIRE(q.exec(QStringLiteral("SELECT code FROM units WHERE code LIKE 'SOAK-%'")));
    while (q.next())
        stored.insert(q.value(0).toString());
    int missingUnits = 0;
    for (const QString& code : unitsWritten)
        missingUnits += stored.contains(code) ? 0 : 1;
    CHECK(missingUnits == 0);
    CHECK(stored.size() == unitsWritten.size());
    int missingEmployees = 0;
    for (int i = 0; i < 250; ++i) {
        missingEmployees += sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM employees WHERE nip = ?"),
                                        {ImportSampleWriter::nipOf(i)})
                                    ->toInt() == 1
                                ? 0
                                : 1;
    }
    CHECK(missingEmployees == 0);
    CHECK(sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM development_plans"))->toInt() > 0);
    for (const QString& b : backups) {
        INFO(b.toStdString());
        CHECK(DatabaseFile::check(b).value().isEmpty());
    }
}
