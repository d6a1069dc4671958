#pragma once

#include "Importer.h"

#include <QDate>

namespace karsa {

// Assessment-centre results (CSV/XLSX): NIP, competency code or name, level, date, method, assessor
// (and optional notes). A row is keyed by employee, competency, date and method: a new key is added,
// a stored one with another level/assessor/notes is updated, an identical one is unchanged.
class AssessmentImporter : public Importer
{
public:
    explicit AssessmentImporter(Database& db) : Importer(db) {}
    ImportKind kind() const override { return ImportKind::Assessments; }

    // "Assessment Center", "AC", "uji kompetensi", "360", "mandiri", ... to a method code; empty if unknown.
    static QString methodCode(const QString& text);

protected:
    Status loadLookups() override;
    Status header(const QString& sheetName, const QStringList& cells) override;
    void row(int row, const QStringList& cells) override;
    Status write(const Progress* progress) override;

private:
    struct Key
    {
        qint64 employee = 0;
        qint64 competency = 0;
        qint64 day = 0; // Julian day
        int method = 0;
        bool operator==(const Key& o) const = default;
    };
    friend size_t qHash(const Key& k, size_t seed) noexcept
    {
        return qHashMulti(seed, k.employee, k.competency, k.day, k.method);
    }
    struct Stored
    {
        qint64 id = 0;
        int rowVersion = 0;
        int level = 0;
        int assessor = 0; // index into m_strings
        int evidence = 0;
    };
    struct Add
    {
        Key key;
        int level = 0;
        int assessor = 0;
        int evidence = 0;
    };
    struct Change
    {
        qint64 id = 0;
        int rowVersion = 0; // as analysed: a change made elsewhere before writing is refused
        int level = 0;
        int assessor = 0;
        int evidence = 0;
    };
    int intern(const QString& s);

    QHash<QString, qint64> m_employeeByNip;
    QHash<QString, qint64> m_competencyByKey; // code or name, lower case
    QHash<qint64, QString> m_competencyCode;
    QHash<Key, Stored> m_stored;
    QHash<Key, int> m_seen; // key -> first row
    QHash<QString, int> m_stringIndex;
    QStringList m_strings;
    QStringList m_methods;
    QVector<Add> m_adds;
    QVector<Change> m_changes;
};

} // namespace karsa
