#include "TestSupport.h"

#include "common/Clock.h"
#include "domain/Employee.h"
#include "security/ExportGuard.h"
#include "security/PasswordHasher.h"
#include "security/PersonalDataMask.h"
#include "security/SecuritySettings.h"
#include "storage/AuditLog.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace karsa;
using namespace karsa::test;

TEST_CASE("Passwords are stored as Argon2id hashes that verify only the right password", "[core][security]")
{
    auto hash = PasswordHasher::hash(QStringLiteral("rahasia-123"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("rahasia")));
    CHECK(PasswordHasher::verify(hash.value(), QStringLiteral("rahasia-123")));
    CHECK_FALSE(PasswordHasher::verify(hash.value(), QStringLiteral("rahasia-124")));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("plain"), QStringLiteral("plain")));
    auto again = PasswordHasher::hash(QStringLiteral("rahasia-123"));
    CHECK(again.value() != hash.value()); // a fresh salt each time
}

TEST_CASE("Each role may do exactly what the issue lists", "[core][security]")
{
    using P = Permission;
    for (P p : {P::ViewData, P::PrintExport, P::EditData, P::RunImport, P::MakeBackup, P::RestoreBackup, P::EditSettings,
                P::ManageUsers, P::ViewAudit, P::UnmaskedExport})
        CHECK(roleAllows(Role::Administrator, p));
    CHECK(roleAllows(Role::Operator, P::EditData));
    CHECK(roleAllows(Role::Operator, P::RunImport));
    CHECK(roleAllows(Role::Operator, P::PrintExport));
    CHECK_FALSE(roleAllows(Role::Operator, P::ManageUsers));
    CHECK_FALSE(roleAllows(Role::Operator, P::EditSettings));
    CHECK_FALSE(roleAllows(Role::Operator, P::ViewAudit));
    CHECK_FALSE(roleAllows(Role::Operator, P::RestoreBackup));
    CHECK_FALSE(roleAllows(Role::Operator, P::UnmaskedExport));
    CHECK(roleAllows(Role::Viewer, P::ViewData));
    CHECK(roleAllows(Role::Viewer, P::PrintExport));
    CHECK_FALSE(roleAllows(Role::Viewer, P::EditData));
    CHECK_FALSE(roleAllows(Role::Viewer, P::RunImport));
    CHECK_FALSE(roleAllows(Role::Viewer, P::MakeBackup));
    CHECK(roleFromCode(QStringLiteral("Pimpinan")) == Role::Viewer);
    UserSession viewer;
    viewer.username = QStringLiteral("kaban");
    viewer.role = Role::Viewer;
    const Status refused = viewer.require(P::EditData);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("kaban")));
    CHECK(viewer.require(P::PrintExport).ok());
}

TEST_CASE("Sign-in locks the account after the set number of wrong passwords", "[core][security]")
{
    TempDatabase db;
    FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC));
    UserRepository users(db.db(), &clock);
    REQUIRE(SettingsRepository(db.db()).setValue(SecuritySettings::kLockoutAttempts, QStringLiteral("3")).ok());
    REQUIRE(SettingsRepository(db.db()).setValue(SecuritySettings::kLockoutMinutes, QStringLiteral("10")).ok());
    auto id = users.create(QStringLiteral("sari"), QStringLiteral("Sari Dewi"), Role::Operator, QStringLiteral("benar-sekali"));
    REQUIRE(id.ok());

    CHECK(users.authenticate(QStringLiteral("sari"), QStringLiteral("benar-sekali")).ok());
    auto unknown = users.authenticate(QStringLiteral("nobody"), QStringLiteral("x"));
    auto wrong = users.authenticate(QStringLiteral("sari"), QStringLiteral("salah"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == unknown.error().message); // does not tell which part was wrong
    CHECK_FALSE(users.authenticate(QStringLiteral("sari"), QStringLiteral("salah")).ok());
    auto third = users.authenticate(QStringLiteral("sari"), QStringLiteral("salah"));
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().message.contains(QStringLiteral("locked")));
    // Locked: even the right password is refused until the minutes have passed.
    auto locked = users.authenticate(QStringLiteral("SARI"), QStringLiteral("benar-sekali"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("locked")));
    clock.set(clock.now().addSecs(11 * 60));
    auto after = users.authenticate(QStringLiteral("sari"), QStringLiteral("benar-sekali"));
    REQUIRE(after.ok());
    CHECK(after->role == Role::Operator);
    CHECK(after->failedAttempts == 0);

    // An administrator can lift a lock at once.
    for (int i = 0; i < 3; ++i)
        (void)users.authenticate(QStringLiteral("sari"), QStringLiteral("salah"));
    CHECK_FALSE(users.authenticate(QStringLiteral("sari"), QStringLiteral("benar-sekali")).ok());
    REQUIRE(users.unlock(id.value()).ok());
    CHECK(users.authenticate(QStringLiteral("sari"), QStringLiteral("benar-sekali")).ok());
    // Failed sign-ins are in the audit trail under the name that was tried.
    auto attempts = AuditLog::query(db.db(), AuditFilter{{}, {}, QStringLiteral("sign-in:sari"), QStringLiteral("users"), {}, {}, 0});
    REQUIRE(attempts.ok());
    CHECK(attempts->size() >= 6);
    CHECK(AuditLog::actor(db.db()) == db->actor()); // the connection's own actor is back
}

TEST_CASE("User accounts validate their fields and keep one active administrator", "[core][security]")
{
    TempDatabase db;
    UserRepository users(db.db());
    auto shortPassword = users.create(QStringLiteral("budi"), QStringLiteral("Budi"), Role::Administrator, QStringLiteral("123"));
    REQUIRE_FALSE(shortPassword.ok());
    CHECK(shortPassword.error().field == QStringLiteral("password"));
    auto badName = users.create(QStringLiteral("b u"), QStringLiteral("Budi"), Role::Administrator, QStringLiteral("12345678"));
    REQUIRE_FALSE(badName.ok());
    CHECK(badName.error().field == QStringLiteral("username"));
    auto admin = users.create(QStringLiteral("budi"), QStringLiteral("Budi"), Role::Administrator, QStringLiteral("12345678"));
    REQUIRE(admin.ok());
    auto duplicate = users.create(QStringLiteral("BUDI"), QStringLiteral("Budi 2"), Role::Viewer, QStringLiteral("12345678"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("username"));
    auto demote = users.update(admin.value(), users.byId(admin.value())->rowVersion, QStringLiteral("Budi"), Role::Viewer, true);
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().message.contains(QStringLiteral("last active administrator")));
    REQUIRE(users.update(admin.value(), users.byId(admin.value())->rowVersion, QStringLiteral("Budi Santoso"), Role::Administrator, true, QStringLiteral("kata-sandi-baru")).ok());
    CHECK(users.authenticate(QStringLiteral("budi"), QStringLiteral("kata-sandi-baru")).ok());
    CHECK(users.byId(admin.value())->fullName == QStringLiteral("Budi Santoso"));
    // The stored hash never reaches the audit trail.
    auto trail = AuditLog::query(db.db(), AuditFilter{{}, {}, {}, QStringLiteral("users"), {}, {}, 0});
    REQUIRE(trail.ok());
    REQUIRE_FALSE(trail->isEmpty());
    for (const AuditEntry& e : trail.value()) {
        CHECK_FALSE(e.newValues.contains(QStringLiteral("argon2")));
        CHECK_FALSE(e.oldValues.contains(QStringLiteral("password_hash")));
    }
}

TEST_CASE("Login is required on a new database and off on the demo city setting", "[core][security]")
{
    TempDatabase db;
    CHECK(UserRepository::loginRequired(db.db()));
    REQUIRE(SettingsRepository(db.db()).setValue(SecuritySettings::kLoginRequired, QStringLiteral("false")).ok());
    CHECK_FALSE(UserRepository::loginRequired(db.db()));
}

TEST_CASE("Every insert, update and delete is audited with who, which record and old and new values", "[core][audit]")
{
    TempDatabase db;
    REQUIRE(db->setActor(QStringLiteral("sari")).ok());
    const MiniOrg org = makeMiniOrg(db.db());
    Employee e;
    e.nip = QStringLiteral("198609262015051001");
    e.name = QStringLiteral("Budi Santoso");
    e.birthDate = QDate(1986, 9, 26);
    e.unitId = org.unitId;
    e.nik = QStringLiteral("3578012609860001");
    EmployeeRepository repo(db.db());
    auto id = repo.insert(e);
    REQUIRE(id.ok());
    const QString record = QString::number(id.value());

    REQUIRE(sql::exec(db.db(), QStringLiteral("UPDATE employees SET name = ?, phone = ? WHERE id = ?"),
                      {QStringLiteral("Budi Santosa"), QStringLiteral("0812345"), id.value()})
                .ok());
    REQUIRE(db->setActor(QStringLiteral("admin")).ok());
    REQUIRE(sql::exec(db.db(), QStringLiteral("DELETE FROM employees WHERE id = ?"), {id.value()}).ok());

    auto entries = AuditLog::query(db.db(), AuditFilter{{}, {}, {}, QStringLiteral("employees"), {}, {}, 0});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 3); // newest first
    const AuditEntry& del = entries->at(0);
    const AuditEntry& upd = entries->at(1);
    const AuditEntry& ins = entries->at(2);
    CHECK(ins.action == QStringLiteral("insert"));
    CHECK(ins.actor == QStringLiteral("sari"));
    CHECK(ins.recordId == record);
    CHECK(ins.oldValues.isEmpty());
    CHECK(QJsonDocument::fromJson(ins.newValues.toUtf8()).object().value(QStringLiteral("nip")).toString() == e.nip);
    CHECK(upd.action == QStringLiteral("update"));
    CHECK(upd.recordId == record);
    const QStringList changes = upd.changes();
    CHECK(changes.contains(QStringLiteral("name: Budi Santoso → Budi Santosa")));
    CHECK(changes.contains(QStringLiteral("phone: ∅ → 0812345")));
    CHECK(changes.size() == 2);
    CHECK(del.action == QStringLiteral("delete"));
    CHECK(del.actor == QStringLiteral("admin"));
    CHECK(QJsonDocument::fromJson(del.oldValues.toUtf8()).object().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Budi Santosa"));
    CHECK(del.newValues.isEmpty());

    // A write that changes nothing leaves no row; filters by user and text work.
    REQUIRE(sql::exec(db.db(), QStringLiteral("UPDATE units SET name = name")).ok());
    CHECK(AuditLog::query(db.db(), AuditFilter{{}, {}, {}, QStringLiteral("units"), QStringLiteral("update"), {}, 0})->isEmpty());
    CHECK(AuditLog::query(db.db(), AuditFilter{{}, {}, QStringLiteral("ADMIN"), {}, {}, {}, 0})->size() == 1);
    CHECK(AuditLog::query(db.db(), AuditFilter{{}, {}, {}, {}, {}, QStringLiteral("santosa"), 0})->size() == 2);
    CHECK(AuditLog::query(db.db(), AuditFilter{QDate::currentDate().addDays(1), {}, {}, {}, {}, {}, 0})->isEmpty());
}

TEST_CASE("Audit rows cannot be changed or deleted", "[core][audit]")
{
    TempDatabase db;
    makeMiniOrg(db.db());
    auto count = sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    REQUIRE(count->toInt() > 0);
    const Status update = sql::exec(db.db(), QStringLiteral("UPDATE audit_log SET actor = 'someone else'"));
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message.contains(QStringLiteral("audit rows cannot be changed")));
    const Status remove = sql::exec(db.db(), QStringLiteral("DELETE FROM audit_log"));
    REQUIRE_FALSE(remove.ok());
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt() == count->toInt());
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'someone else'"))->toInt() == 0);
}

TEST_CASE("Tables added after the audit was set up get audit triggers when the database is opened again", "[core][audit]")
{
    TempDatabase db;
    REQUIRE(sql::exec(db.db(), QStringLiteral("CREATE TABLE later_table (id INTEGER PRIMARY KEY, note TEXT)")).ok());
    db.reopen();
    CHECK(AuditLog::auditedTables(db.db()).contains(QStringLiteral("later_table")));
    REQUIRE(sql::exec(db.db(), QStringLiteral("INSERT INTO later_table (id, note) VALUES (7, 'x')")).ok());
    auto e = AuditLog::query(db.db(), AuditFilter{{}, {}, {}, QStringLiteral("later_table"), {}, {}, 0});
    REQUIRE(e->size() == 1);
    CHECK(e->constFirst().recordId == QStringLiteral("7"));
}

TEST_CASE("A bulk scope writes one summary row per table instead of one per row", "[core][audit]")
{
    TempDatabase db;
    const qint64 before = sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong();
    {
        AuditBulkScope scope(db.db(), QStringLiteral("test load"));
        for (int i = 0; i < 50; ++i)
            REQUIRE(sql::exec(db.db(), QStringLiteral("INSERT INTO units (code, name, kind, updated_at) VALUES (?, ?, 'dinas', '')"),
                              {QStringLiteral("U%1").arg(i), QStringLiteral("Unit %1").arg(i)})
                        .ok());
        REQUIRE(scope.finish().ok());
    }
    auto rows = AuditLog::query(db.db(), AuditFilter{{}, {}, {}, {}, QStringLiteral("bulk"), {}, 0});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1).table == QStringLiteral("units"));
    CHECK(rows->at(1).detail.contains(QStringLiteral("0 → 50")));
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toLongLong() == before + 2);
    // Per-row auditing is back on after the scope.
    REQUIRE(sql::exec(db.db(), QStringLiteral("DELETE FROM units WHERE code = 'U1'")).ok());
    CHECK(AuditLog::query(db.db(), AuditFilter{{}, {}, {}, QStringLiteral("units"), QStringLiteral("delete"), {}, 0})->size() == 1);
}

TEST_CASE("Exports mask NIK and contact fields for non-administrators and are audited", "[core][audit][security]")
{
    TempDatabase db;
    ReportTable table;
    table.title = QStringLiteral("Daftar Pegawai");
    table.columns = {ReportColumn::text(QStringLiteral("name"), QStringLiteral("Nama")),
                     ReportColumn::text(QStringLiteral("c3"), QStringLiteral("NIK")),
                     ReportColumn::text(QStringLiteral("c4"), QStringLiteral("No. HP")),
                     ReportColumn::text(QStringLiteral("email"), QStringLiteral("E-mail"))};
    table.addRow({QStringLiteral("Budi"), QStringLiteral("3578012609860001"), QStringLiteral("081234567890"),
                  QStringLiteral("budi@surabaya.go.id")});
    const ReportDocument document = ReportDocument::fromTable(table);

    UserSession viewer;
    viewer.username = QStringLiteral("kaban");
    viewer.role = Role::Viewer;
    auto masked = ExportGuard::prepare(db.db(), viewer, document);
    REQUIRE(masked.ok());
    CHECK(masked->masked);
    CHECK(masked->personalFields == QStringList{QStringLiteral("NIK"), QStringLiteral("No. HP"), QStringLiteral("E-mail")});
    const ReportRow& row = masked->document.tables().constFirst()->groups.constFirst().rows.constFirst();
    CHECK(row[0].toString() == QStringLiteral("Budi"));
    CHECK(row[1].toString() == QStringLiteral("3578**********01"));
    CHECK(row[2].toString() == QStringLiteral("0812******90"));
    CHECK(row[3].toString() == QStringLiteral("b***@surabaya.go.id"));
    REQUIRE(db->setActor(viewer.actor()).ok());
    REQUIRE(ExportGuard::record(db.db(), masked.value(), QStringLiteral("export"), QStringLiteral("/tmp/pegawai.xlsx")).ok());

    UserSession admin;
    admin.username = QStringLiteral("admin");
    auto plain = ExportGuard::prepare(db.db(), admin, document);
    CHECK_FALSE(plain->masked);
    CHECK(plain->document.tables().constFirst()->groups.constFirst().rows.constFirst()[1].toString() ==
          QStringLiteral("3578012609860001"));
    // The setting switches masking off for everyone.
    REQUIRE(SettingsRepository(db.db()).setValue(SecuritySettings::kMaskExports, QStringLiteral("false")).ok());
    CHECK_FALSE(ExportGuard::prepare(db.db(), viewer, document)->masked);

    auto exports = AuditLog::query(db.db(), AuditFilter{{}, {}, {}, {}, QStringLiteral("export"), {}, 0});
    REQUIRE(exports->size() == 1);
    const AuditEntry& e = exports->constFirst();
    CHECK(e.actor == QStringLiteral("kaban"));
    CHECK(e.detail.contains(QStringLiteral("Daftar Pegawai")));
    CHECK(e.detail.contains(QStringLiteral("/tmp/pegawai.xlsx")));
    const QJsonObject values = QJsonDocument::fromJson(e.newValues.toUtf8()).object();
    CHECK(values.value(QStringLiteral("rows")).toInt() == 1);
    CHECK(values.value(QStringLiteral("masked")).toBool());
}
