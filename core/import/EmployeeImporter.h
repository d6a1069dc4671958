#pragma once

#include "Importer.h"
#include "domain/Employee.h"
#include "domain/Position.h"
#include "domain/Unit.h"

#include <QSet>

namespace karsa {

// Employees from the SIASN "Export Data ASN" file (domain.md 7.1), CSV or XLSX. Rows are matched to
// stored employees by NIP: new NIPs are added, known ones updated field by field (a column missing
// from the file, or an empty cell, keeps the stored value). Units (unor) and positions (jabatan) are
// matched by code, then by name; missing ones are listed and created with the import unless mapped
// to existing ones.
class EmployeeImporter : public Importer
{
public:
    explicit EmployeeImporter(Database& db) : Importer(db) {}
    ImportKind kind() const override { return ImportKind::Employees; }

    // The jenjang a new position gets from its name or SIASN jenis jabatan ("Analis SDM Aparatur
    // Ahli Muda" -> ahli_muda, "Kepala Seksi ..." -> pengawas, otherwise pelaksana).
    static QString guessJenjang(const QString& positionName);
    // SIASN tingkat pendidikan ("S-1/Sarjana", "SLTA", "D-III") to an education code; empty if unknown.
    static QString educationCode(const QString& text);

protected:
    Status loadLookups() override;
    Status header(const QString& sheetName, const QStringList& cells) override;
    void row(int row, const QStringList& cells) override;
    Status write(const Progress* progress) override;
    int unitsCreated() const override { return m_unitsCreated; }
    int positionsCreated() const override { return m_positionsCreated; }

private:
    struct Pending
    {
        int row = 0;
        Employee employee;
        int unitRef = -1;     // index into m_preview.missing, or -1
        int positionRef = -1; // idem
        bool update = false;
    };
    qint64 findUnit(const QString& code, const QString& name, int row, int* missingRef);
    qint64 findPosition(const QString& code, const QString& name, qint64 unitId, int unitRef, const QString& unitName,
                        int* missingRef);
    int addMissing(MissingReference::Kind kind, const QString& key, const QString& code, const QString& name,
                   const QString& unitName);
    void diff(const Employee& before, const Pending& after, QVector<FieldChange>* changes) const;
    QString unitLabel(qint64 id, int ref) const;
    QString positionLabel(qint64 id, int ref) const;

    QHash<QString, Employee> m_stored; // by NIP
    QHash<QString, qint64> m_unitByCode, m_unitByName, m_positionByCode, m_positionByUnitName, m_positionByName;
    QHash<qint64, QString> m_unitNames, m_positionNames;
    QHash<QString, int> m_missingIndex;
    QHash<QString, int> m_seenNip; // NIP -> first row
    QSet<QString> m_unitCodes, m_positionCodes;
    QVector<Pending> m_pending;
    int m_unitsCreated = 0;
    int m_positionsCreated = 0;
};

} // namespace karsa
