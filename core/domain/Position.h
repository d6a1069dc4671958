#pragma once

#include <QString>
#include <QVector>

namespace karsa {

// One line of a Standar Kompetensi Jabatan: the level a position requires of a competency.
struct StandardItem
{
    qint64 competencyId = 0;
    int requiredLevel = 0; // 1..5
    double weight = 1.0;
};

// A jabatan. The jenjang code (see ReferenceCatalog) determines the family (JPT, administrasi,
// fungsional keahlian/keterampilan).
struct Position
{
    qint64 id = 0;
    QString code;
    QString name;
    QString jenjang;       // e.g. "administrator", "ahli_muda"
    qint64 unitId = 0;
    int kelasJabatan = 0;  // 1..17, 0 unknown
    qint64 superiorId = 0; // 0 when none
    QString minGolongan;   // e.g. "III/c"; empty when none
    QString minEducation;  // education code, e.g. "S1"; empty when none
    int formation = 1;     // number of seats (formasi)
    bool isKey = false;    // key position (succession planning)
    QVector<StandardItem> standard;
    int rowVersion = 0;
};

} // namespace karsa
