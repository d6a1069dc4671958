#pragma once

#include "HeaderMap.h"
#include "ImportPreview.h"
#include "ImportValues.h"
#include "common/Result.h"

#include <QBitArray>
#include <QHash>

namespace karsa {

class Database;
class Progress;

// The shared flow of every import: analyze() reads and validates the whole file and builds the
// preview without writing anything; apply() then writes exactly that preview in one transaction
// (all or nothing), after an automatic backup copy of the database. apply() is refused while the
// preview has rejected rows. Cancelling (Progress::cancel) at any point leaves the database as it was.
class Importer
{
public:
    explicit Importer(Database& db);
    virtual ~Importer();
    Importer(const Importer&) = delete;
    Importer& operator=(const Importer&) = delete;

    virtual ImportKind kind() const = 0;

    Result<ImportPreview> analyze(const QString& path, const Progress* progress = nullptr);
    Status apply(const Progress* progress = nullptr);
    const ImportPreview& preview() const { return m_preview; }

    // Use an existing unit/position for a missing one of the preview (by MissingReference::key);
    // takes effect at the next analyze().
    void mapReference(MissingReference::Kind kind, const QString& key, qint64 existingId);
    // The automatic backup before apply (on by default); where it was written.
    void setBackupBeforeApply(bool on) { m_backup = on; }
    QString lastBackupPath() const { return m_lastBackup; }

    // Moves the importer to another connection of the same database (a worker thread has its own).
    void setDatabase(Database& db) { m_dbp = &db; }

    static std::unique_ptr<Importer> create(ImportKind kind, Database& db);
    static QString cancelledMessage();

protected:
    virtual bool firstSheetOnly() const { return true; }
    virtual Status loadLookups() = 0;
    // The header of a sheet; an Error here rejects the whole file (e.g. a required column missing).
    virtual Status header(const QString& sheetName, const QStringList& cells) = 0;
    virtual void row(int row, const QStringList& cells) = 0;
    virtual void finish() {}
    virtual Status write(const Progress* progress) = 0;
    virtual int unitsCreated() const { return 0; }
    virtual int positionsCreated() const { return 0; }

    // Records a rejection of the current row for field (its column is looked up in m_map).
    void reject(int row, int field, const QString& value, const QString& reason);
    bool rowRejected() const { return m_rowRejected; }
    // Whether field's cell of the current row was a number in the file (an XLSX numeric cell): only
    // such a cell may hold an Excel serial date.
    importvalues::CellKind cellKind(int field) const;
    Error missingColumns(const QStringList& labels) const;
    bool cancelled(const Progress* progress) const;

    Database& database() const { return *m_dbp; }
    HeaderMap m_map;
    ImportPreview m_preview;
    QString m_fileName;
    QHash<QString, qint64> m_unitMapping, m_positionMapping;

private:
    // Rejects the fields of the row longer than their FieldSpec::maxLength; false when any is.
    bool checkLengths(int row, const QStringList& cells);

    Database* m_dbp = nullptr;
    QBitArray m_numeric; // of the current row
    bool m_analyzed = false;
    bool m_rowRejected = false;
    bool m_backup = true;
    QString m_lastBackup;
};

} // namespace karsa
