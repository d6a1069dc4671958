#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "employees/EmployeeTableModel.h"

#include <QAbstractItemModelTester>

using namespace karsa;
using karsa::ui::EmployeeTableModel;

namespace {
QVector<EmployeeListRow> sampleRows()
{
    QVector<EmployeeListRow> rows;
    auto add = [&](qint64 id, const char* nip, const char* name, const char* pos, const char* unit) {
        EmployeeListRow r;
        r.id = id;
        r.nip = QString::fromLatin1(nip);
        r.fullName = QString::fromUtf8(name);
        r.positionName = QString::fromUtf8(pos);
        r.unitName = QString::fromUtf8(unit);
        r.status = QStringLiteral("PNS");
        r.golongan = QStringLiteral("III/a");
        rows.append(r);
    };
    add(1, "198609262015051001", "Budi Santoso", "Analis SDM Aparatur Ahli Pertama", "BKPSDM");
    add(2, "199001012019032002", "Siti Aminah", "Perawat Terampil", "Puskesmas Ketabang");
    add(3, "197505052000121003", "Agus Wijaya", "Kepala Bidang Mutasi", "BKPSDM");
    return rows;
}
} // namespace

TEST_CASE("The employee model passes the item model tester and shows spaced NIPs", "[ui]")
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());
    REQUIRE(model.rowCount() == 3);
    // Sorted by name by default: Agus, Budi, Siti.
    CHECK(model.index(0, EmployeeTableModel::Name).data().toString() == QStringLiteral("Agus Wijaya"));
    CHECK(model.index(1, EmployeeTableModel::Nip).data().toString() == QStringLiteral("19860926 201505 1 001"));
    model.sort(EmployeeTableModel::Nip, Qt::DescendingOrder);
    CHECK(model.index(0, EmployeeTableModel::Name).data().toString() == QStringLiteral("Siti Aminah"));
}

TEST_CASE("Search matches every word across name, NIP, position and unit", "[ui]")
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(sampleRows());
    model.setFilterText(QStringLiteral("bkpsdm"));
    CHECK(model.rowCount() == 2);
    model.setFilterText(QStringLiteral("BKPSDM agus"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->id == 3);
    model.setFilterText(QStringLiteral("19860926 201505"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->id == 1);
    model.setFilterText(QStringLiteral("199001012019032002"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->fullName == QStringLiteral("Siti Aminah"));
    model.setFilterText(QStringLiteral("tidak ada"));
    CHECK(model.rowCount() == 0);
    model.setFilterText(QString());
    CHECK(model.rowCount() == 3);
}
