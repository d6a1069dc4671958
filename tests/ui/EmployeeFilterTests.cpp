#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "TestSupport.h"
#include "common/Translations.h"
#include "demo/DemoCityGenerator.h"
#include "employees/EmployeeTableModel.h"
#include "employees/EmployeesPage.h"
#include "shell/MainWindow.h"
#include "shell/Workspace.h"
#include "storage/EmployeeRepository.h"
#include "storage/UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTranslator>

using namespace karsa;
using namespace karsa::ui;

namespace {
QVector<EmployeeListRow> rows()
{
    QVector<EmployeeListRow> out;
    auto add = [&](qint64 id, const char* name, qint64 unit, const char* jenjang, const char* gol, const char* status) {
        EmployeeListRow r;
        r.id = id;
        r.nip = QStringLiteral("19800101200501100%1").arg(id);
        r.fullName = QString::fromLatin1(name);
        r.unitId = unit;
        r.jenjang = QString::fromLatin1(jenjang);
        r.golongan = QString::fromLatin1(gol);
        r.status = QString::fromLatin1(status);
        out << r;
    };
    add(1, "Ani", 10, "pelaksana", "II/c", "PNS");
    add(2, "Budi", 11, "ahli_muda", "III/c", "PNS");
    add(3, "Citra", 12, "pelaksana", "IX", "PPPK");
    add(4, "Dedi", 10, "pengawas", "III/d", "PNS");
    return out;
}
} // namespace

TEST_CASE("Attribute filters and the JPM columns of the employee model", "[ui][employees]")
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(rows());
    QHash<qint64, EmployeeTableModel::JpmInfo> jpm;
    jpm.insert(1, {91.5, true, QStringLiteral("O"), QStringLiteral("Optimal")});
    jpm.insert(2, {80.0, true, QStringLiteral("CO"), QStringLiteral("Cukup Optimal")});
    jpm.insert(3, {60.0, false, QString(), QString()});
    model.setJpm(jpm);

    EmployeeTableModel::Filter f;
    f.unitOn = true;
    f.unitIds = {10, 11};
    model.setFilter(f);
    CHECK(model.rowCount() == 3);
    f.jenjang = QStringLiteral("pelaksana");
    model.setFilter(f);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->id == 1);

    model.setFilter({});
    CHECK(model.rowCount() == 4);
    EmployeeTableModel::Filter status;
    status.status = QStringLiteral("PPPK");
    model.setFilter(status);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->id == 3);

    EmployeeTableModel::Filter category;
    category.category = QStringLiteral("O");
    model.setFilter(category);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, EmployeeTableModel::Category).data().toString() == QStringLiteral("Optimal"));
    category.category = EmployeeTableModel::kIncomplete;
    model.setFilter(category); // employee 3 is incomplete, employee 4 has no result at all
    CHECK(model.rowCount() == 2);

    model.setFilter({});
    model.sort(EmployeeTableModel::Jpm, Qt::DescendingOrder);
    CHECK(model.rowAt(0)->id == 1);
    CHECK(model.rowAt(1)->id == 2);
    CHECK(model.rowAt(2)->id == 3); // incomplete after complete ones
    CHECK(model.rowAt(3)->id == 4); // no result last
}

TEST_CASE("The Pegawai page filters by unit with its sub-units and by JPM category", "[ui][employees]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.employees = 700;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoCityGenerator::generate(*db, options).ok());
    Workspace workspace;
    workspace.setToday(options.today);
    workspace.setDatabase(Database::open(db.path()).value());
    EmployeesPage page(&workspace);
    QSignalSpy loaded(&page, &EmployeesPage::loaded);
    page.show();
    page.activate();
    REQUIRE(loaded.wait(30000));
    auto snapshot = workspace.waitForAnalytics();
    REQUIRE(snapshot);
    QApplication::processEvents();

    // A unit with sub-units: the page shows exactly the employees of its subtree.
    const QVector<Unit> units = UnitRepository(workspace.db()).all().value();
    const Unit dinkes = UnitRepository(workspace.db()).byCode(QStringLiteral("DINKES")).value();
    const QVector<qint64> subtree = unitWithDescendants(units, dinkes.id);
    int expected = 0;
    for (const Employee& e : EmployeeRepository(workspace.db()).all().value())
        expected += subtree.contains(e.unitId) ? 1 : 0;
    REQUIRE(expected > 0);
    page.setFilters(dinkes.id, {}, {}, {}, {});
    CHECK(page.model()->rowCount() == expected);

    // The JPM category filter agrees with the core's JPM for every employee.
    const CategoryScale* scale = snapshot->scale();
    REQUIRE(scale);
    const QString code = scale->bands().first().code;
    int inBand = 0;
    for (const JpmResult& r : snapshot->jpm)
        inBand += r.complete() && r.category == 0 ? 1 : 0;
    page.setFilters(0, {}, {}, {}, code);
    CHECK(page.model()->rowCount() == inBand);
    page.resetFilters();
    CHECK(page.model()->rowCount() == 700);
}

TEST_CASE("The workspace shows Indonesian by default", "[ui][translation]")
{
    REQUIRE(installTranslations(QStringLiteral("id")));
    test::TempDatabase db;
    MainWindow window(Database::open(db.path()).value());
    QStringList titles;
    for (Page* p : window.pages())
        titles << p->title();
    CHECK(titles.contains(QStringLiteral("Pegawai")));
    CHECK(titles.contains(QStringLiteral("Dasbor")));
    CHECK(titles.contains(QStringLiteral("Kamus Kompetensi")));
    // Restore English for the other tests, which assert English source text.
    for (QTranslator* t : window.findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(t);
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}
