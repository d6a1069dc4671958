// Undo and redo never write over another writer's change: the other change survives and the officer
// is told who changed the row and when.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/DbCommand.h"
#include "shell/Workspace.h"
#include "storage/EmployeeRepository.h"
#include "storage/Sql.h"

#include <QUndoStack>

using namespace karsa;
using namespace karsa::ui;

namespace {
Employee sampleEmployee(const test::MiniOrg& org)
{
    Employee e;
    e.nip = QStringLiteral("198609262015051001");
    e.status = EmployeeStatus::Pns;
    e.name = QStringLiteral("Budi Santoso");
    e.birthPlace = QStringLiteral("Surabaya");
    e.birthDate = QDate(1986, 9, 26);
    e.sex = Sex::Male;
    e.golongan = QStringLiteral("III/c");
    e.tmtGolongan = QDate(2023, 4, 1);
    e.education = QStringLiteral("S2");
    e.positionId = org.positionId;
    e.unitId = org.unitId;
    e.tmtCpns = QDate(2015, 5, 1);
    e.tmtJabatan = QDate(2022, 1, 3);
    return e;
}

Status rename(Workspace& workspace, const Employee& before, const QString& name)
{
    Employee after = before;
    after.name = name;
    return executeUpdate<Employee>(
        &workspace, QStringLiteral("Edit employee"), before, after, Workspace::Employees,
        [](QSqlDatabase db, const Employee& v) { return EmployeeRepository(db).update(v); }, QStringLiteral("employees"));
}
} // namespace

TEST_CASE("Undo refuses to write over a change another officer made in between, and says who", "[ui][undo]")
{
    test::TempDatabase db;
    const test::MiniOrg org = test::makeMiniOrg(db.db());
    auto id = EmployeeRepository(db.db()).insert(sampleEmployee(org));
    REQUIRE(id.ok());
    const QString path = db.path();
    db.close();

    Workspace workspace;
    workspace.setDatabase(Database::open(path, Database::Mode::OpenExisting).value());
    UserSession officerA;
    officerA.username = QStringLiteral("officer-a");
    officerA.role = Role::Operator;
    workspace.setSession(officerA);
    QStringList told;
    DbCommand::setMessageSink([&told](const QString& m) { told << m; });

    // A renames; undo and redo work while nobody else touched the row.
    const Employee original = EmployeeRepository(workspace.db()).byId(id.value()).value();
    REQUIRE(rename(workspace, original, QStringLiteral("Budi Santoso, S.T.")).ok());
    workspace.undoStack()->undo();
    CHECK(EmployeeRepository(workspace.db()).byId(id.value())->name == QStringLiteral("Budi Santoso"));
    workspace.undoStack()->redo();
    CHECK(EmployeeRepository(workspace.db()).byId(id.value())->name == QStringLiteral("Budi Santoso, S.T."));
    CHECK(told.isEmpty());

    // B, on another connection, sets the phone number.
    {
        UserSession officerB;
        officerB.username = QStringLiteral("officer-b");
        officerB.role = Role::Operator;
        auto other = Session(path, officerB).connect();
        REQUIRE(other.ok());
        EmployeeRepository repo(other.value()->db());
        Employee e = repo.byId(id.value()).value();
        e.phone = QStringLiteral("081234567890");
        REQUIRE(repo.update(e).ok());
    }

    // A presses Undo: refused, B's phone and A's name both stay, A is told by whom.
    const int commands = workspace.undoStack()->count();
    workspace.undoStack()->undo();
    const Employee now = EmployeeRepository(workspace.db()).byId(id.value()).value();
    CHECK(now.phone == QStringLiteral("081234567890"));
    CHECK(now.name == QStringLiteral("Budi Santoso, S.T."));
    REQUIRE(told.size() == 1);
    CHECK(told.constFirst().contains(QStringLiteral("officer-b")));
    CHECK(workspace.undoStack()->count() == commands - 1); // the step dropped itself
    DbCommand::setMessageSink({});
}
