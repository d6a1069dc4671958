// The core session: every connection carries the signed-in user; core services refuse what the
// role may not do, whoever calls them (window, worker thread, karsa-cli), and nothing is written.
#include "TestSupport.h"

#include "import/ImportSampleWriter.h"
#include "import/Importer.h"
#include "session/Session.h"
#include "session/UnitOfWork.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace karsa;
using namespace karsa::test;

namespace {

qint64 count(QSqlDatabase db, const QString& table)
{
    return sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toLongLong();
}

struct Office
{
    TempDatabase db;
    UserSession admin, operatorUser, pimpinan;
    Office()
    {
        UserRepository users(db.db());
        auto make = [&](const QString& name, Role role) {
            auto id = users.create(name, name.toUpper(), role, QStringLiteral("rahasia-123"));
            REQUIRE(id.ok());
            return users.byId(id.value()).value().session();
        };
        admin = make(QStringLiteral("kaban"), Role::Administrator);
        operatorUser = make(QStringLiteral("sari"), Role::Operator);
        pimpinan = make(QStringLiteral("walikota"), Role::Viewer);
        makeMiniOrg(db.db());
    }
    std::unique_ptr<Database> as(const UserSession& user) { return Session(db.path(), user).connect().value(); }
};

} // namespace

TEST_CASE("A connection from the session carries the user: actor, role and id, on any thread", "[core][session]")
{
    Office office;
    const Session session(office.db.path(), office.operatorUser);
    std::unique_ptr<Database> fromWorker;
    QThread* worker = QThread::create([&] {
        auto db = session.connect();
        REQUIRE(db.ok());
        CHECK(Session::of(db.value()->db()).username == QStringLiteral("sari"));
        CHECK(Session::of(db.value()->db()).role == Role::Operator);
        REQUIRE(sql::exec(db.value()->db(), QStringLiteral("UPDATE units SET name = 'Bidang Mutasi'")).ok());
    });
    worker->start();
    worker->wait();
    delete worker;
    auto changes = AuditLog::query(office.db.db(), AuditFilter{{}, {}, {}, QStringLiteral("units"), QStringLiteral("update"), {}, 0});
    REQUIRE(changes->size() == 1);
    CHECK(changes->constFirst().actor == QStringLiteral("sari"));
    // openAnother() passes the user on.
    auto own = office.as(office.pimpinan);
    auto another = own->openAnother();
    REQUIRE(another.ok());
    CHECK(Session::of(another.value()->db()).role == Role::Viewer);
}

TEST_CASE("A pimpinan session cannot import, change data, settings or users through core; nothing is written", "[core][session]")
{
    Office office;
    auto viewer = office.as(office.pimpinan);
    QSqlDatabase v = viewer->db();
    const qint64 settingsBefore = sql::scalar(office.db.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'jp/minimum'"))->toLongLong();
    const qint64 usersBefore = count(office.db.db(), QStringLiteral("users"));
    const qint64 unitsBefore = count(office.db.db(), QStringLiteral("units"));

    const Status settings = SettingsRepository(v).setValue(QStringLiteral("jp/minimum"), QStringLiteral("40"));
    REQUIRE_FALSE(settings.ok());
    CHECK(settings.error().message.contains(QStringLiteral("walikota")));
    auto user = UserRepository(v).create(QStringLiteral("baru"), QStringLiteral("Baru"), Role::Administrator, QStringLiteral("rahasia-123"));
    REQUIRE_FALSE(user.ok());
    // Any write at all is refused by SQLite itself on a viewer's connection, in plain words.
    const Status raw = sql::exec(v, QStringLiteral("UPDATE units SET name = 'x'"));
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().message.contains(QStringLiteral("may only view and print")));
    UnitOfWork work(v, Permission::EditData);
    CHECK_FALSE(work.isActive());
    CHECK(work.error().message.contains(QStringLiteral("may not change data")));

    const QString csv = office.db.dir() + QStringLiteral("/siasn.csv");
    REQUIRE(ImportSampleWriter::writeEmployees(csv, 20).ok());
    auto importer = Importer::create(ImportKind::Employees, *viewer);
    REQUIRE(importer->analyze(csv).ok());
    importer->setBackupBeforeApply(false);
    const Status imported = importer->apply();
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("may not import files")));

    CHECK_FALSE(BackupManager::backupTo(*viewer, office.db.dir() + QStringLiteral("/copy.db")).ok());
    CHECK_FALSE(AuditLog::query(v, AuditFilter{}).ok());
    // Printing and exporting remain allowed, and are audited.
    CHECK(AuditLog::recordExport(v, QStringLiteral("print"), QStringLiteral("Daftar pegawai"), QString(), 3, {}, true).ok());

    QSqlDatabase d = office.db.db();
    CHECK(sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'jp/minimum'"))->toLongLong() == settingsBefore);
    CHECK(count(d, QStringLiteral("users")) == usersBefore);
    CHECK(count(d, QStringLiteral("units")) == unitsBefore);
    CHECK(count(d, QStringLiteral("employees")) == 0);
    CHECK(sql::scalar(d, QStringLiteral("SELECT actor FROM audit_log WHERE action = 'print'"))->toString() == QStringLiteral("walikota"));
}

TEST_CASE("An operator may import and edit data but not settings, users, restore or the audit trail", "[core][session]")
{
    Office office;
    auto op = office.as(office.operatorUser);
    QSqlDatabase o = op->db();
    CHECK_FALSE(SettingsRepository(o).setValue(QStringLiteral("jp/minimum"), QStringLiteral("40")).ok());
    CHECK_FALSE(UserRepository(o).create(QStringLiteral("baru"), QStringLiteral("Baru"), Role::Operator, QStringLiteral("rahasia-123")).ok());
    CHECK_FALSE(AuditLog::query(o, AuditFilter{}).ok());
    // Their own password they may change.
    CHECK(UserRepository(o).setPassword(office.operatorUser.userId, UserRepository(o).byId(office.operatorUser.userId)->rowVersion, QStringLiteral("rahasia-456")).ok());
    CHECK_FALSE(UserRepository(o).setPassword(office.admin.userId, 0, QStringLiteral("rahasia-456")).ok());

    const QString copy = office.db.dir() + QStringLiteral("/copy.db");
    REQUIRE(BackupManager::backupTo(*op, copy).ok());
    const Status restored = BackupManager::restore(op, copy);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message.contains(QStringLiteral("may not restore a backup")));

    const QString csv = office.db.dir() + QStringLiteral("/siasn.csv");
    REQUIRE(ImportSampleWriter::writeEmployees(csv, 20).ok());
    auto importer = Importer::create(ImportKind::Employees, *op);
    REQUIRE(importer->analyze(csv).ok());
    importer->setBackupBeforeApply(false);
    REQUIRE(importer->apply().ok());
    CHECK(count(office.db.db(), QStringLiteral("employees")) == 20);
    // The import's audit rows name the operator, not the operating-system account.
    CHECK(sql::scalar(office.db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'employees' AND actor <> 'sari'"))
              ->toInt() == 0);
    CHECK(sql::scalar(office.db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'employees' AND actor = 'sari'"))
              ->toInt() >= 1);
}
