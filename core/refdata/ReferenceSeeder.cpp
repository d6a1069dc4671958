#include "ReferenceSeeder.h"

#include "ReferenceCatalog.h"
#include "domain/Competency.h"
#include "storage/CompetencyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace karsa {

Status ReferenceSeeder::seed(QSqlDatabase db)
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    for (const auto* list : {&cat.golonganPns(), &cat.golonganPppk()}) {
        for (const GolonganInfo& g : *list) {
            if (Status s = sql::exec(db, QStringLiteral("INSERT INTO ref_golongan (code, rank, pangkat, is_pppk) VALUES (?, ?, ?, ?)"),
                                     {g.code, g.rank, sql::text(g.pangkat), g.pppk ? 1 : 0});
                !s)
                return s;
        }
    }
    for (const JenjangInfo& j : cat.jenjangList()) {
        if (Status s = sql::exec(db,
                                 QStringLiteral("INSERT INTO ref_jenjang (code, name, family, rank, default_level, min_golongan, "
                                                "max_golongan, eselon) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {j.code, j.name, j.family, j.rank, j.defaultLevel, sql::text(j.minGolongan),
                                  sql::text(j.maxGolongan), sql::text(j.eselon)});
            !s)
            return s;
    }
    for (const EducationInfo& e : cat.educationList()) {
        if (Status s = sql::exec(db, QStringLiteral("INSERT INTO ref_education (code, name, rank) VALUES (?, ?, ?)"),
                                 {e.code, e.name, e.rank});
            !s)
            return s;
    }

    CompetencyRepository competencies(db);
    const QJsonObject dict = QJsonDocument::fromJson(readRefdataResource(QStringLiteral("competencies.json"))).object();
    for (const QJsonValue& v : dict.value(u"competencies").toArray()) {
        const QJsonObject o = v.toObject();
        Competency c;
        c.code = o.value(u"code").toString();
        c.name = o.value(u"name").toString();
        if (!competencyTypeFromCode(o.value(u"type").toString(), &c.type))
            return makeError(QStringLiteral("competencies.json: unknown type for %1").arg(c.code));
        c.definition = o.value(u"definition").toString();
        for (const QJsonValue& lv : o.value(u"levels").toArray()) {
            const QJsonObject l = lv.toObject();
            CompetencyLevel level;
            level.level = l.value(u"level").toInt();
            level.description = l.value(u"description").toString();
            for (const QJsonValue& ind : l.value(u"indicators").toArray())
                level.indicators << ind.toString();
            c.levels << level;
        }
        if (auto r = competencies.insert(c); !r)
            return r.error();
    }

    SettingsRepository settings(db);
    return settings.writeDefaults();
}

} // namespace karsa
