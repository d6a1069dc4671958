#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "employees/EmployeeTableModel.h"

#include <QAbstractItemModelTester>

using namespace karsa;
using karsa::ui::EmployeeTableModel;

namespace {
QVector<EmployeeListRow> idFilterRows()
{
    QVector<EmployeeListRow> rows;
    auto add = [&](qint64 id, const char* nip, const char* name, const char* unit) {
        EmployeeListRow r;
        r.id = id;
        r.nip = QString::fromLatin1(nip);
        r.fullName = QString::fromUtf8(name);
        r.positionName = QStringLiteral("Analis");
        r.unitName = QString::fromUtf8(unit);
        r.status = QStringLiteral("PNS");
        r.golongan = QStringLiteral("III/a");
        rows.append(r);
    };
    add(1, "198609262015051001", "Budi Santoso", "BKPSDM");
    add(2, "199001012019032002", "Siti Aminah", "Puskesmas Ketabang");
    add(3, "197505052000121003", "Agus Wijaya", "BKPSDM");
    add(4, "198001012005011004", "Dewi Lestari", "Kecamatan Genteng");
    return rows;
}

QVector<qint64> shownIds(const EmployeeTableModel& model)
{
    QVector<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.rowAt(r)->id);
    return ids;
}
} // namespace

TEST_CASE("The id filter shows exactly the given employees, combined with the search", "[ui]")
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(idFilterRows());
    CHECK_FALSE(model.hasIdFilter());
    model.setIdFilter({4, 1, 99});
    CHECK(model.hasIdFilter());
    CHECK(shownIds(model) == QVector<qint64>{1, 4}); // sorted by name: Budi, Dewi
    model.setFilterText(QStringLiteral("bkpsdm"));
    CHECK(shownIds(model) == QVector<qint64>{1});
    model.sort(EmployeeTableModel::Name, Qt::DescendingOrder);
    CHECK(shownIds(model) == QVector<qint64>{1});
    model.setFilterText(QString());
    CHECK(shownIds(model) == QVector<qint64>{4, 1});
    model.setIdFilter({});
    CHECK(model.rowCount() == 0); // an empty set lists nobody
    model.clearIdFilter();
    CHECK(model.rowCount() == 4);
    // The filter survives a reload of the rows.
    model.setIdFilter({2});
    model.setRows(idFilterRows());
    CHECK(shownIds(model) == QVector<qint64>{2});
}
