#include "Importer.h"
#include "session/Session.h"

#include "AssessmentImporter.h"
#include "EmployeeImporter.h"
#include "StandardsImporter.h"
#include "common/Progress.h"
#include "io/TableFile.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/AuditLog.h"
#include "storage/BackupManager.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace karsa {

Importer::Importer(Database& db) : m_dbp(&db) {}
Importer::~Importer() = default;

std::unique_ptr<Importer> Importer::create(ImportKind kind, Database& db)
{
    switch (kind) {
    case ImportKind::Employees:
        return std::make_unique<EmployeeImporter>(db);
    case ImportKind::Assessments:
        return std::make_unique<AssessmentImporter>(db);
    case ImportKind::Standards:
        return std::make_unique<StandardsImporter>(db);
    }
    return {};
}

QString Importer::cancelledMessage()
{
    return QCoreApplication::translate("Import", "The import was cancelled; nothing was changed");
}

void Importer::mapReference(MissingReference::Kind kind, const QString& key, qint64 existingId)
{
    auto& map = kind == MissingReference::Unit ? m_unitMapping : m_positionMapping;
    if (existingId > 0)
        map.insert(key, existingId);
    else
        map.remove(key);
}

bool Importer::cancelled(const Progress* progress) const
{
    return progress && progress->cancelled();
}

void Importer::reject(int row, int field, const QString& value, const QString& reason)
{
    Rejection r;
    r.row = row;
    const int c = m_map.column(field);
    r.column = c >= 0 ? c + 1 : 0;
    r.columnName = m_map.headerText(field);
    r.value = value;
    r.reason = reason;
    m_preview.rejections.append(r);
    m_rowRejected = true;
}

importvalues::CellKind Importer::cellKind(int field) const
{
    return io::isNumericCell(m_numeric, m_map.column(field)) ? importvalues::CellKind::Number
                                                             : importvalues::CellKind::Text;
}

bool Importer::checkLengths(int row, const QStringList& cells)
{
    bool ok = true;
    for (int field = 0; field < m_map.fieldCount(); ++field) {
        const int c = m_map.column(field);
        const int max = m_map.maxLength(field);
        if (c < 0 || c >= cells.size() || cells.at(c).size() <= max)
            continue;
        const QString v = cells.at(c).trimmed();
        if (v.size() <= max)
            continue;
        reject(row, field, v.left(40) + QChar(0x2026),
               QCoreApplication::translate("Import", "The value is %L1 characters long; this column takes at most %L2")
                   .arg(v.size())
                   .arg(max));
        ok = false;
    }
    return ok;
}

Error Importer::missingColumns(const QStringList& labels) const
{
    Error e;
    e.file = m_fileName;
    e.row = 1;
    e.message = QCoreApplication::translate("Import", "The header row has no column for: %1").arg(labels.join(QStringLiteral(", ")));
    return e;
}

Result<ImportPreview> Importer::analyze(const QString& path, const Progress* progress)
{
    m_analyzed = false;
    m_preview = ImportPreview();
    m_preview.kind = kind();
    m_fileName = QFileInfo(path).fileName();
    m_preview.fileName = m_fileName;
    if (Status s = loadLookups(); !s)
        return s.error();
    bool expectHeader = true;
    Status headerStatus;
    QString sheet;
    auto onSheet = [&](const QString& name) {
        sheet = name;
        expectHeader = true;
        return headerStatus.ok();
    };
    auto onRow = [&](int rowNumber, const QStringList& cells, const QBitArray& numeric) {
        if (expectHeader) {
            expectHeader = false;
            headerStatus = header(sheet, cells);
            for (const QString& u : m_map.unknown())
                if (!m_preview.unknownColumns.contains(u))
                    m_preview.unknownColumns.append(u);
            return headerStatus.ok();
        }
        bool blank = true;
        for (const QString& c : cells)
            if (!c.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        if (blank)
            return true;
        ++m_preview.dataRows;
        m_rowRejected = false;
        m_numeric = numeric;
        if (checkLengths(rowNumber, cells))
            row(rowNumber, cells);
        if (m_rowRejected) {
            ++m_preview.rejectedRows;
            PreviewEntry e;
            e.row = rowNumber;
            e.outcome = RowOutcome::Rejected;
            m_preview.entries.append(e);
        }
        return !cancelled(progress);
    };
    auto format = io::TableFile::read(path, onSheet, onRow, progress, firstSheetOnly());
    if (!format)
        return format.error();
    if (!headerStatus)
        return headerStatus.error();
    if (cancelled(progress))
        return makeError(cancelledMessage());
    if (expectHeader && m_preview.dataRows == 0 && m_map.header().isEmpty()) {
        Error e;
        e.file = m_fileName;
        e.message = QCoreApplication::translate("Import", "The file is empty");
        return e;
    }
    finish();
    // Rejected entries carry their first reason as label for the preview table.
    QHash<int, QString> firstReason;
    for (const Rejection& r : m_preview.rejections)
        if (!firstReason.contains(r.row))
            firstReason.insert(r.row, r.describe());
    for (PreviewEntry& e : m_preview.entries)
        if (e.outcome == RowOutcome::Rejected)
            e.label = firstReason.value(e.row);
    m_preview.format = format.value();
    m_analyzed = true;
    return m_preview;
}

Status Importer::apply(const Progress* progress)
{
    if (Status allowed = Session::require(database().db(), Permission::RunImport); !allowed)
        return allowed;
    if (!m_analyzed)
        return makeError(QStringLiteral("Importer::apply called before analyze"));
    if (m_preview.rejectedRows > 0) {
        Error e;
        e.file = m_fileName;
        e.message = QCoreApplication::translate("Import", "%n row(s) of the file are rejected; nothing was imported. Correct the file and try again.",
                                                nullptr, m_preview.rejectedRows);
        return e;
    }
    if (m_preview.added + m_preview.updated == 0 && m_preview.missing.isEmpty())
        return {};
    if (cancelled(progress))
        return makeError(cancelledMessage());
    m_lastBackup.clear();
    if (m_backup) {
        // Into "<name>-backups" next to the database; only the newest backup/keep_last are kept.
        auto backup = BackupManager::automaticBackup(database(), QStringLiteral("before-import"));
        if (!backup) {
            Error e = backup.error();
            e.message = QCoreApplication::translate("Import", "The backup before the import failed; nothing was imported: %1").arg(e.message);
            return e;
        }
        m_lastBackup = backup.value();
    }
    Transaction tx(database().db());
    if (!tx.isActive())
        return tx.beginError();
    // One audit summary per table instead of a row per imported record (see AuditBulkScope).
    AuditBulkScope audit(database().db(), QCoreApplication::translate("Import", "Import of %1").arg(m_fileName));
    if (Status s = write(progress); !s)
        return s;
    if (cancelled(progress))
        return makeError(cancelledMessage());
    ImportStore store(database().db());
    if (Status s = store.recordBatch(m_preview, unitsCreated(), positionsCreated(), m_lastBackup); !s)
        return s;
    if (Status s = audit.finish(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_analyzed = false; // a second apply() needs a fresh analysis
    return {};
}

} // namespace karsa
