#include "ReportTable.h"

#include <QCoreApplication>

#include <algorithm>

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

double ReportTable::widthInCharacters() const
{
    double total = 0.0;
    for (const ReportColumn& c : columns)
        total += std::clamp(c.widthHint + 2.0, 4.0, 120.0);
    return total;
}

bool ReportTable::isWide() const
{
    return widthInCharacters() > kWideTableCharacters;
}

bool ReportTable::hasRowNumbers() const
{
    return !columns.isEmpty() && columns.first().type == ReportColumn::Type::Integer
           && (columns.first().key == u"no" || columns.first().title == u"No."
               || columns.first().title == QCoreApplication::translate("ReportTable", "No."));
}

void ReportTable::addRowNumbers()
{
    if (hasRowNumbers())
        return;
    columns.prepend(ReportColumn::integer(QStringLiteral("no"), QCoreApplication::translate("ReportTable", "No."), 4));
    qint64 n = 0;
    for (ReportGroup& g : groups)
        for (ReportRow& r : g.rows)
            r.prepend(++n);
    if (!totals.isEmpty())
        totals.prepend(QVariant());
}

} // namespace karsa
