#pragma once

#include "DemoTypes.h"

namespace karsa {

// What a Surabaya unit looks like in the demo city: its sector (from the perangkat daerah code),
// the technical competencies of its heads, the pelaksana/JF seats it has and how big it is.
class DemoPositionCatalog
{
public:
    static QString sectorOf(const QString& topUnitCode);
    static QString headField(const QString& sector);
    static QStringList headTechnical(const QString& sector, const QString& unitKind);
    static QVector<DemoStaffTemplate> staffFor(const QString& sector, const QString& unitKind, const QString& unitCode);
    static double unitWeight(const QString& sector, const QString& unitKind, bool hasChildren);
    static int technicalLevel(const QString& jenjang); // required teknis level by jenjang
    static int defaultKelas(const QString& jenjang);
    static QVector<DemoEduOption> parseEducation(const QString& spec); // "S1:70,S2:30"
};

} // namespace karsa
