#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "positions/HolderTableModel.h"
#include "positions/PositionTableModel.h"
#include "positions/PositionsPage.h"
#include "positions/StandardEditor.h"
#include "positions/StandardTableModel.h"
#include "positions/UnitTreeModel.h"
#include "refdata/ReferenceCatalog.h"
#include "shell/Workspace.h"
#include "storage/CompetencyRepository.h"
#include "storage/EmployeeRepository.h"
#include "storage/PositionRepository.h"
#include "storage/UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace karsa;
using namespace karsa::ui;

namespace {
using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

int storedLevel(QSqlDatabase db, qint64 positionId, qint64 competencyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT required_level FROM position_standards WHERE position_id = ? AND competency_id = ?"));
    q.addBindValue(positionId);
    q.addBindValue(competencyId);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

struct PageFixture
{
    test::TempDatabase db;
    test::MiniOrg org;
    Workspace workspace;
    std::unique_ptr<PositionsPage> page;
    PageFixture()
    {
        org = test::makeMiniOrg(db.db());
        workspace.setDatabase(Database::open(db.path(), Database::Mode::OpenExisting).value());
        page = std::make_unique<PositionsPage>(&workspace);
        load();
    }
    void load()
    {
        QSignalSpy spy(page.get(), &PositionsPage::loaded);
        page->activate();
        REQUIRE(spy.wait(10000));
    }
    void reload()
    {
        // An invisible page only marks itself stale on a change; activate() reloads it.
        QSignalSpy spy(page.get(), &PositionsPage::loaded);
        page->activate();
        if (spy.isEmpty())
            REQUIRE(spy.wait(10000));
    }
};

qint64 insertEmployee(QSqlDatabase db, const Employee& e)
{
    auto id = EmployeeRepository(db).insert(e);
    REQUIRE(id.ok());
    return id.value();
}

Unit unit(qint64 id, const char* name, qint64 parent)
{
    Unit u;
    u.id = id;
    u.code = QString::number(id);
    u.name = QString::fromUtf8(name);
    u.parentId = parent;
    return u;
}
} // namespace

TEST_CASE("The unit tree passes the model tester and a search keeps the path to each match", "[ui][positions]")
{
    UnitTreeModel model;
    Tester tester(&model, kFatal);
    model.setUnits({unit(1, "Dinas Kesehatan", 0), unit(2, "Bidang Pelayanan", 1), unit(3, "Seksi Farmasi", 2),
                    unit(4, "BKPSDM", 0), unit(5, "Bidang Mutasi", 4)});
    CHECK(model.rowCount() == 2);
    CHECK(model.visibleCount() == 5);
    model.setFilterText(QStringLiteral("farmasi"));
    CHECK(model.visibleCount() == 3); // Dinas Kesehatan > Bidang Pelayanan > Seksi Farmasi
    const QModelIndex seksi = model.indexOfUnit(3);
    REQUIRE(seksi.isValid());
    CHECK(model.parent(model.parent(seksi)).data().toString() == QStringLiteral("Dinas Kesehatan"));
    CHECK_FALSE(model.indexOfUnit(5).isValid());
    model.setFilterText(QString());
    CHECK(model.indexOfUnit(5).isValid());
}

TEST_CASE("The position, standard and holder models pass the model tester", "[ui][positions]")
{
    PositionTableModel positions;
    Tester t1(&positions, kFatal);
    PositionRow a;
    a.position.id = 1;
    a.position.code = QStringLiteral("P1");
    a.position.name = QStringLiteral("Analis SDM");
    a.position.unitId = 10;
    a.position.formation = 3;
    a.holders = 1;
    a.vacancies = 2;
    PositionRow b = a;
    b.position.id = 2;
    b.position.code = QStringLiteral("P2");
    b.position.name = QStringLiteral("Kepala Bidang");
    b.position.unitId = 11;
    positions.setRows({a, b});
    CHECK(positions.rowCount() == 2);
    positions.setUnitFilter({11});
    REQUIRE(positions.rowCount() == 1);
    CHECK(positions.rowAt(0)->position.code == QStringLiteral("P2"));
    positions.setUnitFilter({});
    positions.setFilterText(QStringLiteral("analis"));
    CHECK(positions.rowCount() == 1);
    positions.setFilterText(QString());
    positions.sort(PositionTableModel::Vacancies, Qt::DescendingOrder);
    CHECK(positions.index(0, PositionTableModel::Vacancies).data().toString() == QStringLiteral("2"));

    StandardTableModel standard;
    Tester t2(&standard, kFatal);
    Competency c1;
    c1.id = 7;
    c1.code = QStringLiteral("M.01");
    c1.name = QStringLiteral("Integritas");
    c1.type = CompetencyType::Manajerial;
    Competency c2 = c1;
    c2.id = 8;
    c2.code = QStringLiteral("T.01");
    c2.type = CompetencyType::Teknis;
    standard.setDictionary({c1, c2});
    standard.setStandard({{7, 2, 1.0}});
    CHECK_FALSE(standard.isModified());
    CHECK(standard.missingCompetencies().size() == 1);
    CHECK_FALSE(standard.setData(standard.index(0, StandardTableModel::Required), 6));
    REQUIRE(standard.setData(standard.index(0, StandardTableModel::Required), 4));
    CHECK(standard.isModified());
    standard.addLine(8, 3);
    CHECK(standard.rowCount() == 2);
    standard.sort(StandardTableModel::Required, Qt::AscendingOrder);
    CHECK(standard.index(0, StandardTableModel::Code).data().toString() == QStringLiteral("T.01"));
    standard.removeLine(0);
    CHECK(standard.standard().size() == 1);

    HolderTableModel holders;
    Tester t3(&holders, kFatal);
    holders.setHolders({{1, QStringLiteral("198609262015051001"), QStringLiteral("Budi"), QStringLiteral("III/a")}});
    CHECK(holders.index(0, HolderTableModel::Nip).data().toString() == QStringLiteral("19860926 201505 1 001"));
    CHECK(holders.index(0, HolderTableModel::Jpm).data().toString() == QStringLiteral("…"));
    JpmResult r;
    r.status = JpmStatus::Complete;
    r.jpm = 83.5;
    holders.setJpm({r}, {QStringLiteral("CO")});
    CHECK(holders.index(0, HolderTableModel::Category).data().toString() == QStringLiteral("CO"));
    holders.sort(HolderTableModel::Jpm, Qt::DescendingOrder);
}

TEST_CASE("Saving an edited standard writes it and Undo restores the old level", "[ui][positions]")
{
    PageFixture f;
    PositionsPage& page = *f.page;
    Tester tester(page.model(), kFatal);
    Tester treeTester(page.unitModel(), kFatal);
    REQUIRE(page.model()->totalCount() == 1);
    REQUIRE(page.selectPosition(f.org.positionId));
    StandardTableModel* standard = page.standardEditor()->model();
    REQUIRE(standard->rowCount() == 9);
    const qint64 competency = standard->standard().at(0).competencyId;
    REQUIRE(storedLevel(f.db.db(), f.org.positionId, competency) == 2);
    REQUIRE(standard->setData(standard->index(0, StandardTableModel::Required), 4));
    REQUIRE(page.standardEditor()->save().ok());
    CHECK(storedLevel(f.db.db(), f.org.positionId, competency) == 4);
    CHECK_FALSE(page.standardEditor()->isModified());

    f.workspace.undoStack()->undo();
    CHECK(storedLevel(f.db.db(), f.org.positionId, competency) == 2);
    f.workspace.undoStack()->redo();
    CHECK(storedLevel(f.db.db(), f.org.positionId, competency) == 4);
}

TEST_CASE("Jenjang defaults fill a new position's standard and an invalid weight is refused", "[ui][positions]")
{
    PageFixture f;
    Position p;
    p.code = QStringLiteral("U1-ADM");
    p.name = QStringLiteral("Kepala Bagian Umum");
    p.jenjang = QStringLiteral("administrator");
    p.unitId = f.org.unitId;
    p.formation = 2;
    REQUIRE(f.page->createPosition(p).ok());
    f.reload();
    const qint64 id = PositionRepository(f.db.db()).byCode(p.code).value().id;
    REQUIRE(f.page->selectPosition(id));
    StandardEditor* editor = f.page->standardEditor();
    REQUIRE(editor->model()->rowCount() == 0);
    editor->fillFromJenjangDefaults();
    REQUIRE(editor->model()->rowCount() == 9);
    const int level = ReferenceCatalog::instance().jenjang(p.jenjang)->defaultLevel;
    for (const StandardItem& s : editor->model()->standard())
        CHECK(s.requiredLevel == level);
    REQUIRE(editor->save().ok());
    CHECK(PositionRepository(f.db.db()).byCode(p.code).value().standard.size() == 9);

    // Duplicate code: the error names the code field.
    Status duplicate = f.page->createPosition(p);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().field == QStringLiteral("code"));
    // Invalid: no name.
    Position bad = p;
    bad.code = QStringLiteral("X");
    bad.name.clear();
    CHECK(f.page->createPosition(bad).error().field == QStringLiteral("name"));
}

TEST_CASE("Editing and deleting a position are undoable; the holders come back", "[ui][positions]")
{
    PageFixture f;
    Employee e;
    e.nip = QStringLiteral("198609262015051001");
    e.name = QStringLiteral("Budi Santoso");
    e.birthDate = QDate(1986, 9, 26);
    e.positionId = f.org.positionId;
    e.unitId = f.org.unitId;
    const qint64 employee = insertEmployee(f.db.db(), e);
    f.workspace.notifyChanged(Workspace::Employees);
    f.reload();
    REQUIRE(f.page->selectPosition(f.org.positionId));
    CHECK(f.page->holderModel()->rowCount() == 1);
    REQUIRE(f.workspace.waitForAnalytics());
    QCoreApplication::processEvents();
    CHECK(f.page->holderModel()->jpmReady());
    // No assessment yet: the JPM is a lower bound of 0 %, marked incomplete.
    CHECK(f.page->holderModel()->index(0, HolderTableModel::Category).data().toString() == QStringLiteral("incomplete"));
    const PositionRow* row = f.page->model()->rowAt(f.page->model()->rowOf(f.org.positionId));
    REQUIRE(row);
    CHECK(row->holders == 1);
    CHECK(row->vacancies == 0);

    Position before = PositionRepository(f.db.db()).byCode(QStringLiteral("U1-P1")).value();
    Position after = before;
    after.formation = 4;
    REQUIRE(f.page->updatePosition(before, after).ok());
    CHECK(PositionRepository(f.db.db()).byCode(QStringLiteral("U1-P1")).value().formation == 4);
    f.workspace.undoStack()->undo();
    CHECK(PositionRepository(f.db.db()).byCode(QStringLiteral("U1-P1")).value().formation == 1);

    REQUIRE(f.page->deletePosition(f.org.positionId).ok());
    CHECK_FALSE(PositionRepository(f.db.db()).byCode(QStringLiteral("U1-P1")).ok());
    f.workspace.undoStack()->undo();
    const Position restored = PositionRepository(f.db.db()).byCode(QStringLiteral("U1-P1")).value();
    CHECK(restored.standard.size() == 9);
    QSqlQuery q(f.db.db());
    q.exec(QStringLiteral("SELECT position_id FROM employees WHERE id = %1").arg(employee));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == f.org.positionId);
}
