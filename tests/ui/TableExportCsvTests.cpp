// The GUI's table export (reportTableFromView + writeDocument) writes CSV with the core escaping
// rule: formula-like text is neutralised, typed number columns keep their negative values.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/TableExport.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace karsa;
using namespace karsa::ui;

TEST_CASE("GUI table export to CSV neutralises formula-like text and keeps negative numbers", "[ui][export][csv]")
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Nama"), QStringLiteral("Selisih")});
    model.setHeaderData(1, Qt::Horizontal, int(ReportColumn::Type::Decimal), kColumnTypeRole);
    const QStringList names = {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("Budi")};
    const QList<double> deltas = {-1.25, 2.5};
    for (int r = 0; r < 2; ++r) {
        model.setData(model.index(r, 0), names[r]);
        model.setData(model.index(r, 1), QStringLiteral("%1").arg(deltas[r]).replace(u'.', u','));
        model.setData(model.index(r, 1), deltas[r], kExportValueRole);
    }
    QTableView view;
    view.setModel(&model);
    const ReportTable table = reportTableFromView(&view, QStringLiteral("Selisih"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("selisih.csv"));
    REQUIRE(writeDocument(nullptr, ReportDocument::fromTable(table), path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.contains(QStringLiteral("\"'=cmd|' /C calc'!A0\",-1.25")));
    CHECK(lines.contains(QStringLiteral("Budi,2.50")));
}
