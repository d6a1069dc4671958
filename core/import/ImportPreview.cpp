#include "ImportPreview.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace karsa {

QString importKindCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Employees:
        return QStringLiteral("employees");
    case ImportKind::Assessments:
        return QStringLiteral("assessments");
    case ImportKind::Standards:
        return QStringLiteral("standards");
    }
    return {};
}

bool importKindFromCode(const QString& code, ImportKind* out)
{
    for (ImportKind k : {ImportKind::Employees, ImportKind::Assessments, ImportKind::Standards}) {
        if (importKindCode(k) == code) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString rowOutcomeLabel(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Add:
        return QCoreApplication::translate("Import", "Add");
    case RowOutcome::Update:
        return QCoreApplication::translate("Import", "Update");
    case RowOutcome::Unchanged:
        return QCoreApplication::translate("Import", "Unchanged");
    case RowOutcome::Rejected:
        return QCoreApplication::translate("Import", "Rejected");
    }
    return {};
}

QString Rejection::describe() const
{
    if (column > 0)
        return QCoreApplication::translate("Import", "row %1, column %2 (%3): %4").arg(row).arg(column).arg(columnName, reason);
    return QCoreApplication::translate("Import", "row %1: %2").arg(row).arg(reason);
}

void ImportPreview::list(const PreviewEntry& entry)
{
    if (entry.outcome == RowOutcome::Add || entry.outcome == RowOutcome::Unchanged) {
        if (listedAddOrUnchanged >= kListedCap)
            return;
        ++listedAddOrUnchanged;
    }
    entries.append(entry);
}

QJsonObject ImportPreview::toJson() const
{
    QJsonArray rejected;
    for (const Rejection& r : rejections)
        rejected.append(QJsonObject{{QStringLiteral("row"), r.row},
                                    {QStringLiteral("column"), r.column},
                                    {QStringLiteral("column_name"), r.columnName},
                                    {QStringLiteral("value"), r.value},
                                    {QStringLiteral("reason"), r.reason}});
    QJsonArray updates;
    for (const PreviewEntry& e : entries) {
        if (e.outcome != RowOutcome::Update)
            continue;
        QJsonArray changes;
        for (const FieldChange& c : e.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("old"), c.oldValue},
                                       {QStringLiteral("new"), c.newValue}});
        updates.append(QJsonObject{{QStringLiteral("row"), e.row},
                                   {QStringLiteral("key"), e.key},
                                   {QStringLiteral("label"), e.label},
                                   {QStringLiteral("changes"), changes}});
    }
    QJsonArray missingRefs;
    for (const MissingReference& m : missing)
        missingRefs.append(QJsonObject{
            {QStringLiteral("kind"), m.kind == MissingReference::Unit ? QStringLiteral("unit") : QStringLiteral("position")},
            {QStringLiteral("code"), m.code},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("unit"), m.unitName},
            {QStringLiteral("rows"), m.rows}});
    return QJsonObject{{QStringLiteral("kind"), importKindCode(kind)},
                       {QStringLiteral("file"), fileName},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("rows"), dataRows},
                       {QStringLiteral("add"), added},
                       {QStringLiteral("update"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("rejected"), rejectedRows},
                       {QStringLiteral("rejections"), rejected},
                       {QStringLiteral("updates"), updates},
                       {QStringLiteral("missing"), missingRefs},
                       {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(unknownColumns)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QString ImportPreview::summaryText() const
{
    return QCoreApplication::translate("Import", "%1 rows: %2 to add, %3 to update, %4 unchanged, %5 rejected")
        .arg(dataRows)
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(rejectedRows);
}

} // namespace karsa
