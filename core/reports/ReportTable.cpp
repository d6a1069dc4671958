#include "ReportTable.h"

#include <QCoreApplication>

namespace karsa {

void ReportTable::addRow(ReportRow row)
{
    if (groups.isEmpty())
        groups.append(ReportGroup{});
    groups.last().rows.append(std::move(row));
}

void ReportTable::addGroup(QString title)
{
    groups.append(ReportGroup{std::move(title), {}});
}

bool ReportTable::hasNamedGroups() const
{
    for (const ReportGroup& g : groups)
        if (!g.title.isEmpty())
            return true;
    return false;
}

qsizetype ReportTable::rowCount() const
{
    qsizetype n = 0;
    for (const ReportGroup& g : groups)
        n += g.rows.size();
    return n;
}

int ReportTable::columnIndex(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

ReportRow ReportTable::labelledTotals() const
{
    ReportRow row = totals;
    if (row.isEmpty() || totalsLabel.isEmpty())
        return row;
    while (row.size() < columns.size())
        row.append(QVariant());
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant& v = row.at(i);
        if (v.isNull() || v.toString().isEmpty()) {
            row[i] = totalsLabel;
            break;
        }
    }
    return row;
}

QString ReportTable::effectiveGroupColumnTitle() const
{
    return groupColumnTitle.isEmpty() ? QCoreApplication::translate("ReportTable", "Group") : groupColumnTitle;
}

} // namespace karsa
