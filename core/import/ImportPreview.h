#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace karsa {

enum class ImportKind { Employees, Assessments, Standards };
QString importKindCode(ImportKind kind); // "employees", "assessments", "standards"
bool importKindFromCode(const QString& code, ImportKind* out);

enum class RowOutcome { Add, Update, Unchanged, Rejected };
QString rowOutcomeLabel(RowOutcome outcome); // translated

// One changed field of a row that updates a stored record: stored value -> value in the file.
struct FieldChange
{
    QString field; // translated field label
    QString oldValue;
    QString newValue;
};

// Why one row of the file cannot be imported, and where.
struct Rejection
{
    int row = 0;       // 1-based, the header is row 1
    int column = 0;    // 1-based; 0 when the whole row is meant
    QString columnName; // the header text of that column
    QString value;
    QString reason;
    QString describe() const; // "baris 4, kolom 2 (nip_baru): ..."
};

// A unit or position named by the file that is not in the database. It is created with the import
// unless the officer maps it to an existing one (mappedId).
struct MissingReference
{
    enum Kind { Unit, Position };
    Kind kind = Unit;
    QString key;  // matching key (code, or normalised name)
    QString code; // as in the file, may be empty
    QString name; // as in the file
    QString unitName; // positions: the unit it belongs to
    int rows = 0; // rows of the file that refer to it
    qint64 mappedId = 0;
};

// A listed row of the preview. Rows to add or unchanged may be listed only up to a cap (the counts
// are always exact); updates and rejections are always listed in full.
struct PreviewEntry
{
    int row = 0;
    RowOutcome outcome = RowOutcome::Add;
    QString key;   // NIP, competency code, ...
    QString label; // name or description
    QVector<FieldChange> changes;
};

struct ImportPreview
{
    static constexpr int kListedCap = 10000;

    ImportKind kind = ImportKind::Employees;
    QString fileName;
    QString format;
    int dataRows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejectedRows = 0;
    QVector<PreviewEntry> entries;
    QVector<Rejection> rejections; // may hold more than one per row
    QStringList unknownColumns;
    QStringList notes; // e.g. which layout a standards sheet was read as
    QVector<MissingReference> missing;
    int listedAddOrUnchanged = 0;

    bool canApply() const { return rejectedRows == 0 && (added + updated > 0); }
    void list(const PreviewEntry& entry); // appends, respecting the cap for add/unchanged
    QJsonObject toJson() const;
    QString summaryText() const; // the counts in one translated sentence
};

} // namespace karsa
