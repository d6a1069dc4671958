// karsa-cli with sign-in on: no credentials, no work (exit 4, nothing changed); the right password
// works per role exactly as in the window; wrong passwords count toward the lockout.
#include "CliRun.h"
#include "TestSupport.h"

#include "security/SecuritySettings.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

using namespace karsa;
using namespace karsa::test;

namespace {

CliRun runAs(const QString& db, const QString& user, const QString& password, QStringList args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isNull())
        env.insert(QStringLiteral("KARSA_PASSWORD"), password);
    else
        env.remove(QStringLiteral("KARSA_PASSWORD"));
    p.setProcessEnvironment(env);
    QStringList full{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        full << QStringLiteral("--user") << user;
    full += args;
    p.start(QStringLiteral(KARSA_CLI_PATH), full);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

qint64 count(const QString& path, const QString& sqlText)
{
    auto db = Database::open(path, Database::Mode::OpenExisting);
    return sql::scalar(db.value()->db(), sqlText).value().toLongLong();
}

struct SignedInCity
{
    QTemporaryDir dir;
    QString path;
    SignedInCity()
    {
        path = dir.filePath(QStringLiteral("city.db"));
        auto db = Database::open(path, Database::Mode::CreateOrOpen);
        REQUIRE(db.ok());
        UserRepository users(db.value()->db());
        REQUIRE(users.create(QStringLiteral("kaban"), QStringLiteral("Kepala Badan"), Role::Administrator, QStringLiteral("rahasia-123")).ok());
        REQUIRE(users.create(QStringLiteral("sari"), QStringLiteral("Sari Dewi"), Role::Operator, QStringLiteral("rahasia-123")).ok());
        REQUIRE(users.create(QStringLiteral("walikota"), QStringLiteral("Wali Kota"), Role::Viewer, QStringLiteral("rahasia-123")).ok());
        REQUIRE(SettingsRepository(db.value()->db()).setValue(SecuritySettings::kLoginRequired, QStringLiteral("1")).ok());
        REQUIRE(SettingsRepository(db.value()->db()).setValue(SecuritySettings::kLockoutAttempts, QStringLiteral("3")).ok());
        makeMiniOrg(db.value()->db());
    }
};

} // namespace

TEST_CASE("With sign-in on, karsa-cli without credentials exits 4 and changes nothing", "[cli][session]")
{
    SignedInCity city;
    const qint64 users = count(city.path, QStringLiteral("SELECT COUNT(*) FROM users"));
    const qint64 audit = count(city.path, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QList<QStringList> commands = {
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("penyusup"), QStringLiteral("--role"), QStringLiteral("administrator")},
        {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("off")},
        {QStringLiteral("audit"), QStringLiteral("--csv")},
        {QStringLiteral("stats")},
        {QStringLiteral("backup"), city.dir.filePath(QStringLiteral("copy.db"))},
    };
    for (const QStringList& args : commands) {
        const CliRun run = runAs(city.path, {}, QString(), args);
        INFO(args.join(u' ').toStdString() << " -> " << run.errText().toStdString());
        CHECK(run.exitCode == 4);
        CHECK(run.errText().contains(QStringLiteral("Sign-in is required")));
        CHECK(run.out.isEmpty());
    }
    // help and nip need no database.
    CHECK(runAs(city.path, {}, QString(), {QStringLiteral("nip"), QStringLiteral("198609262015051001")}).exitCode == 0);
    CHECK(runAs(city.path, {}, QString(), {QStringLiteral("help")}).exitCode == 0);
    CHECK(count(city.path, QStringLiteral("SELECT COUNT(*) FROM users")) == users);
    CHECK(count(city.path, QStringLiteral("SELECT value FROM settings WHERE key = 'security/login_required'")) == 1);
    CHECK(count(city.path, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == audit);
    CHECK_FALSE(QFileInfo::exists(city.dir.filePath(QStringLiteral("copy.db"))));
}

TEST_CASE("karsa-cli --user with the right password works as that role", "[cli][session]")
{
    SignedInCity city;
    const QString pw = QStringLiteral("rahasia-123");
    // pimpinan: may read and export, not change anything.
    CHECK(runAs(city.path, QStringLiteral("walikota"), pw, {QStringLiteral("stats")}).exitCode == 0);
    const CliRun pimAdd = runAs(city.path, QStringLiteral("walikota"), pw,
                                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("operator")});
    CHECK(pimAdd.exitCode != 0);
    CHECK(runAs(city.path, QStringLiteral("walikota"), pw, {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("off")}).exitCode != 0);
    const CliRun pimAudit = runAs(city.path, QStringLiteral("walikota"), pw, {QStringLiteral("audit"), QStringLiteral("--csv")});
    CHECK(pimAudit.exitCode != 0);
    CHECK(pimAudit.errText().contains(QStringLiteral("audit")));
    // operator: imports yes, users and settings no.
    CHECK(runAs(city.path, QStringLiteral("sari"), pw, {QStringLiteral("user"), QStringLiteral("login"), QStringLiteral("off")}).exitCode != 0);
    CHECK(runAs(city.path, QStringLiteral("sari"), pw, {QStringLiteral("backup"), city.dir.filePath(QStringLiteral("op.db"))}).exitCode == 0);
    // administrator: everything; the audit trail names them.
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KARSA_PASSWORD"), pw);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral(KARSA_CLI_PATH), {QStringLiteral("--db"), city.path, QStringLiteral("--user"), QStringLiteral("kaban"), QStringLiteral("user"),
                                                QStringLiteral("add"), QStringLiteral("budi"), QStringLiteral("--role"), QStringLiteral("operator")});
    add.write("sandi-budi-1\n");
    add.closeWriteChannel();
    REQUIRE(add.waitForFinished(60000));
    INFO(add.readAllStandardError().toStdString());
    CHECK(add.exitCode() == 0);
    CHECK(count(city.path, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'budi'")) == 1);
    CHECK(count(city.path, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'x1'")) == 0);
    CHECK(count(city.path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'users' AND action = 'insert' "
                                          "AND actor = 'kaban' AND new_values LIKE '%budi%'")) == 1);
    const CliRun audit = runAs(city.path, QStringLiteral("kaban"), pw, {QStringLiteral("audit"), QStringLiteral("--csv")});
    CHECK(audit.exitCode == 0);
    CHECK(audit.outText().contains(QStringLiteral("kaban")));
}

TEST_CASE("Wrong passwords on the command line count toward the lockout", "[cli][session]")
{
    SignedInCity city;
    for (int i = 0; i < 3; ++i) {
        const CliRun wrong = runAs(city.path, QStringLiteral("sari"), QStringLiteral("salah"), {QStringLiteral("stats")});
        CHECK(wrong.exitCode == 4);
        CHECK(wrong.out.isEmpty());
    }
    const CliRun locked = runAs(city.path, QStringLiteral("sari"), QStringLiteral("rahasia-123"), {QStringLiteral("stats")});
    CHECK(locked.exitCode == 4);
    CHECK(locked.errText().contains(QStringLiteral("locked")));
    CHECK(count(city.path, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'sari' AND locked_until IS NOT NULL")) == 1);
    // Another user is not affected.
    CHECK(runAs(city.path, QStringLiteral("kaban"), QStringLiteral("rahasia-123"), {QStringLiteral("stats")}).exitCode == 0);
}
