#pragma once

#include <QString>

namespace karsa {

// A work unit in the OPD tree: perangkat_daerah, sekretariat, bidang, bagian, seksi, kecamatan,
// kelurahan, uptd, puskesmas.
struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString shortName;
    QString kind;
    qint64 parentId = 0; // 0 for a top-level unit
    int rowVersion = 0;
};

} // namespace karsa
