#pragma once

#include "Importer.h"
#include "domain/Competency.h"
#include "domain/Position.h"

namespace karsa {

// The competency dictionary and position standards (SKJ) from XLSX/CSV. Each sheet (a CSV is one
// sheet) is read by its header as one of two layouts:
//  - dictionary: kode, nama, jenis (manajerial / sosial kultural / teknis), definisi, level_1..level_5;
//  - SKJ: kode_jabatan or jabatan, kode_kompetensi or kompetensi, level_standar, bobot (optional).
// Dictionary rows are keyed by competency code, SKJ rows by position and competency; a competency
// defined in the file may be used by the SKJ rows of the same file.
class StandardsImporter : public Importer
{
public:
    explicit StandardsImporter(Database& db) : Importer(db) {}
    ImportKind kind() const override { return ImportKind::Standards; }

protected:
    bool firstSheetOnly() const override { return false; }
    Status loadLookups() override;
    Status header(const QString& sheetName, const QStringList& cells) override;
    void row(int row, const QStringList& cells) override;
    Status write(const Progress* progress) override;

private:
    void dictionaryRow(int row, const QStringList& cells);
    void standardRow(int row, const QStringList& cells);

    enum class Layout { Dictionary, Standard };
    Layout m_layout = Layout::Dictionary;
    HeaderMap m_dictionaryMap, m_standardMap;
    QHash<QString, Competency> m_competencies; // stored, by lower-case code
    QHash<QString, QString> m_competencyCodeByName;
    QHash<QString, Position> m_positionsByCode;
    QHash<QString, QString> m_positionCodeByName; // unique names only
    QHash<QString, int> m_seen;                   // key -> first row
    QVector<Competency> m_competencyWrites;       // id 0 = insert
    QHash<QString, QVector<StandardItem>> m_standardWrites; // position code -> items to set
    QHash<QString, QString> m_fileCompetencies;   // lower code -> code, defined in this file
};

} // namespace karsa
