#pragma once

// Small hand-built snapshots for the analytics tests (no database, no demo city).
#include "analytics/AnalyticsData.h"

#include <initializer_list>
#include <utility>

namespace karsa::test {

class SnapshotBuilder
{
public:
    AnalyticsData data;

    void competency(qint64 id, CompetencyType type = CompetencyType::Manajerial)
    {
        Competency c;
        c.id = id;
        c.code = QStringLiteral("C%1").arg(id);
        c.name = c.code;
        c.type = type;
        data.addCompetency(c);
    }
    void unit(qint64 id, qint64 parentId = 0)
    {
        Unit u;
        u.id = id;
        u.code = QStringLiteral("U%1").arg(id);
        u.name = u.code;
        u.kind = QStringLiteral("bidang");
        u.parentId = parentId;
        data.addUnit(u);
    }
    void position(qint64 id, const QString& jenjang, qint64 unitId,
                  std::initializer_list<std::pair<qint64, int>> standard, const QString& minGolongan = {},
                  const QString& minEducation = {}, bool isKey = false)
    {
        Position p;
        p.id = id;
        p.code = QStringLiteral("P%1").arg(id);
        p.name = p.code;
        p.jenjang = jenjang;
        p.unitId = unitId;
        p.minGolongan = minGolongan;
        p.minEducation = minEducation;
        p.isKey = isKey;
        for (const auto& [competency, level] : standard)
            p.standard.append({competency, level, 1.0});
        data.addPosition(p);
    }
    int employee(qint64 id, qint64 positionId, qint64 unitId, std::initializer_list<std::pair<qint64, int>> levels,
                 const QString& golongan = QStringLiteral("IV/a"), const QString& education = QStringLiteral("S1"),
                 QDate birth = QDate(1980, 1, 1), QDate tmtCpns = QDate(2005, 3, 1))
    {
        Employee e;
        e.id = id;
        e.nip = QStringLiteral("1980010120050310%1").arg(id, 2, 10, QChar(u'0'));
        e.name = QStringLiteral("Pegawai %1").arg(id);
        e.golongan = golongan;
        e.education = education;
        e.positionId = positionId;
        e.unitId = unitId;
        e.birthDate = birth;
        e.tmtCpns = tmtCpns;
        const int i = data.addEmployee(e);
        for (const auto& [competency, level] : levels)
            data.addLevel(i, competency, level);
        return i;
    }
};

} // namespace karsa::test
