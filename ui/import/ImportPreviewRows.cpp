#include "ImportPreviewRows.h"

#include <QCoreApplication>

namespace karsa::ui {

QVector<RowTableModel::Column> ImportPreviewRows::columns()
{
    return {{QCoreApplication::translate("ImportPreviewRows", "Row"), ReportColumn::Type::Integer, {}},
            {QCoreApplication::translate("ImportPreviewRows", "Outcome"), ReportColumn::Type::Text, {}},
            {QCoreApplication::translate("ImportPreviewRows", "Key"), ReportColumn::Type::Text, {}},
            {QCoreApplication::translate("ImportPreviewRows", "Name"), ReportColumn::Type::Text, {}},
            {QCoreApplication::translate("ImportPreviewRows", "Column"), ReportColumn::Type::Text, {}},
            {QCoreApplication::translate("ImportPreviewRows", "Value"), ReportColumn::Type::Text, {}},
            {QCoreApplication::translate("ImportPreviewRows", "Details"), ReportColumn::Type::Text, {}}};
}

QVector<RowTableModel::Row> ImportPreviewRows::rows(const ImportPreview& preview)
{
    QVector<RowTableModel::Row> out;
    out.reserve(preview.entries.size() + preview.rejections.size());
    qint64 id = 0;
    const QColor rejected(0xfd, 0xe2, 0xe1), updated(0xff, 0xf4, 0xd6), added(0xe3, 0xf4, 0xe1);
    for (const PreviewEntry& e : preview.entries) {
        if (e.outcome == RowOutcome::Rejected)
            continue;
        QStringList changes;
        // One line per cell: a line break inside a value (an address) is shown as " / ".
        auto shown = [](const QString& v) {
            return v.isEmpty() ? QStringLiteral("—") : QString(v).replace(QStringLiteral("\r\n"), QStringLiteral(" / ")).replace(u'\n', QStringLiteral(" / "));
        };
        for (const FieldChange& c : e.changes)
            changes << QStringLiteral("%1: %2 → %3").arg(c.field, shown(c.oldValue), shown(c.newValue));
        RowTableModel::Row r;
        r.id = ++id;
        r.display = {QString::number(e.row), rowOutcomeLabel(e.outcome), e.key, e.label, QString(), QString(),
                     changes.join(QStringLiteral("; "))};
        r.value = {e.row, {}, {}, {}, {}, {}, {}};
        r.background = e.outcome == RowOutcome::Update ? updated : e.outcome == RowOutcome::Add ? added : QColor();
        out.append(r);
    }
    for (const Rejection& x : preview.rejections) {
        RowTableModel::Row r;
        r.id = ++id;
        const QString column = x.column > 0 ? QStringLiteral("%1 (%2)").arg(x.column).arg(x.columnName) : QString();
        r.display = {QString::number(x.row), rowOutcomeLabel(RowOutcome::Rejected), QString(), QString(), column, x.value, x.reason};
        r.value = {x.row, {}, {}, {}, {}, {}, {}};
        r.toolTip = x.describe();
        r.background = rejected;
        out.append(r);
    }
    return out;
}

} // namespace karsa::ui
