#include <catch2/catch.hpp>

#include "common/RowTableModel.h"
#include "common/TablePanel.h"
#include "shell/Workspace.h"

#include <QHeaderView>
#include <QTableView>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("A table panel shows its rows in the order the core gave them until a header is clicked", "[ui][table]")
{
    Workspace workspace;
    auto* model = new RowTableModel(QVector<RowTableModel::Column>{{QStringLiteral("Nama"), ReportColumn::Type::Text, {}}, {QStringLiteral("Nilai"), ReportColumn::Type::Integer, {}}});
    TablePanel panel(&workspace, model);
    model->setParent(&panel);
    QVector<RowTableModel::Row> rows;
    const QStringList names{QStringLiteral("Budi"), QStringLiteral("Ani"), QStringLiteral("Citra")};
    const QVector<int> values{2, 9, 5};
    for (int i = 0; i < names.size(); ++i) {
        RowTableModel::Row row;
        row.display = {names[i], QString::number(values[i])};
        row.value = {names[i], values[i]};
        rows.append(row);
    }
    model->setRows(rows);

    auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    CHECK(panel.table()->horizontalHeader()->sortIndicatorSection() == -1);
    CHECK(cell(0, 0) == QStringLiteral("Budi"));
    CHECK(cell(1, 0) == QStringLiteral("Ani"));
    CHECK(cell(2, 0) == QStringLiteral("Citra"));

    panel.table()->sortByColumn(1, Qt::DescendingOrder);
    CHECK(cell(0, 0) == QStringLiteral("Ani"));
    CHECK(cell(2, 0) == QStringLiteral("Budi"));
}
