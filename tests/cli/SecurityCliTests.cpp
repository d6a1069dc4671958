// Runs the built karsa-cli for backup, restore, audit and user management.
#include <catch2/catch.hpp>

#include <QScopeGuard>

#include "CliRun.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/Sql.h"

#include <QDate>
#include <QFile>

using namespace karsa;

namespace {
using karsa::test::CliRun;
using karsa::test::runCli;

qint64 units(const QString& path)
{
    auto db = Database::open(path, Database::Mode::OpenExisting);
    return sql::scalar(db.value()->db(), QStringLiteral("SELECT COUNT(*) FROM units"))->toLongLong();
}

} // namespace

TEST_CASE("karsa-cli backup and restore round-trip and refuse a file that is not a backup", "[cli][backup]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db(), QStringLiteral("U1"));
    db.close();
    const QString copy = db.dir() + QStringLiteral("/copy.db");
    CliRun backup = runCli(db.path(), {QStringLiteral("backup"), copy});
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.outText().contains(QStringLiteral("Backup written")));
    {
        auto open = Database::open(db.path(), Database::Mode::OpenExisting);
        test::makeMiniOrg(open.value()->db(), QStringLiteral("U2"));
    }
    REQUIRE(units(db.path()) == 2);

    const QString junk = db.dir() + QStringLiteral("/junk.db");
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not sqlite");
    }
    CliRun refused = runCli(db.path(), {QStringLiteral("restore"), junk});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(QStringLiteral("not a Karsa database backup")));
    CHECK(units(db.path()) == 2);

    CliRun restored = runCli(db.path(), {QStringLiteral("restore"), copy});
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.outText().contains(QStringLiteral("Restored")));
    CHECK(units(db.path()) == 1);
    CHECK(BackupManager::automaticBackups(db.path()).size() == 1);
}

TEST_CASE("karsa-cli audit prints the trail as CSV since a date, and CSV output is itself audited", "[cli][audit]")
{
    test::TempDatabase db;
    test::makeMiniOrg(db.db());
    REQUIRE(sql::exec(db.db(), QStringLiteral("UPDATE units SET name = 'Dinas Baru'")).ok());
    db.close();
    CliRun csv = runCli(db.path(), {QStringLiteral("audit"), QStringLiteral("--since"), QDate::currentDate().toString(Qt::ISODate),
                              QStringLiteral("--table"), QStringLiteral("units"), QStringLiteral("--csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header, update, insert
    CHECK(lines[0].startsWith(QStringLiteral("id,at,actor,action,table,record_id,changes")));
    CHECK(lines[1].contains(QStringLiteral(",update,units,")));
    CHECK(lines[1].contains(QStringLiteral("→ Dinas Baru")));
    CHECK(lines[2].contains(QStringLiteral(",insert,units,")));

    CliRun future = runCli(db.path(), {QStringLiteral("audit"), QStringLiteral("--since"), QDate::currentDate().addDays(1).toString(Qt::ISODate),
                                 QStringLiteral("--table"), QStringLiteral("units"), QStringLiteral("--csv")});
    CHECK(future.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() == 1);
    CliRun badDate = runCli(db.path(), {QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("31-02-2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.errText().contains(QStringLiteral("not a date")));

    auto open = Database::open(db.path(), Database::Mode::OpenExisting);
    auto exports = AuditLog::query(open.value()->db(), AuditFilter{{}, {}, {}, {}, QStringLiteral("export"), {}, 0});
    REQUIRE(exports->size() == 2);
    CHECK(exports->constFirst().actor.startsWith(QStringLiteral("cli:")));
    CHECK(exports->constFirst().detail.contains(QStringLiteral("karsa-cli audit")));
}

TEST_CASE("karsa-cli user adds accounts, changes roles and switches login", "[cli][security]")
{
    test::TempDatabase db;
    db.close();
    CliRun noAdmin = runCli(db.path(), {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("on")});
    CHECK(noAdmin.exitCode == 2);
    CliRun add = runCli(db.path(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                              QStringLiteral("administrator"), QStringLiteral("--full-name"), QStringLiteral("Admin BKPSDM")},
                  "rahasia-sekali\n");
    REQUIRE(add.exitCode == 0);
    // Sign-in is on by default and now there is an administrator: the next commands sign in.
    CHECK(runCli(db.path(), {QStringLiteral("user"), QStringLiteral("list")}).exitCode == 4);
    qputenv("KARSA_PASSWORD", "rahasia-sekali");
    const auto unsetPassword = qScopeGuard([] { qunsetenv("KARSA_PASSWORD"); });
    const auto runCli = [](const QString& path, QStringList args, const QByteArray& input = {}) {
        args.prepend(QStringLiteral("admin"));
        args.prepend(QStringLiteral("--user"));
        return test::runCli(path, args, input);
    };
    CliRun shortPassword = runCli(db.path(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kaban"),
                                        QStringLiteral("--role"), QStringLiteral("pimpinan")},
                            "123\n");
    CHECK(shortPassword.exitCode == 2);
    CHECK(shortPassword.errText().contains(QStringLiteral("at least 8")));
    REQUIRE(runCli(db.path(), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kaban"), QStringLiteral("--role"),
                            QStringLiteral("pimpinan")},
                "12345678\n")
                .exitCode == 0);
    REQUIRE(runCli(db.path(), {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("kaban"), QStringLiteral("operator")})
                .exitCode == 0);
    CliRun demote = runCli(db.path(), {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("admin"), QStringLiteral("viewer")});
    CHECK(demote.exitCode == 2);
    CHECK(demote.errText().contains(QStringLiteral("last active administrator")));
    REQUIRE(runCli(db.path(), {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("off")}).exitCode == 0);
    CliRun list = runCli(db.path(), {QStringLiteral("user"), QStringLiteral("list")});
    CHECK(list.outText().contains(QStringLiteral("Login off")));
    CHECK(list.outText().contains(QStringLiteral("kaban")));
    CHECK(list.outText().contains(QStringLiteral("operator")));
}
