#include "StandardDefaults.h"

#include "refdata/ReferenceCatalog.h"

#include <QSet>

namespace karsa {

QVector<StandardItem> withJenjangDefaults(const QVector<StandardItem>& standard, const QVector<Competency>& dictionary,
                                          const QString& jenjang)
{
    const JenjangInfo* info = ReferenceCatalog::instance().jenjang(jenjang);
    if (!info)
        return standard;
    QVector<StandardItem> out = standard;
    QSet<qint64> present;
    for (const StandardItem& item : standard)
        present.insert(item.competencyId);
    for (const Competency& c : dictionary)
        if (c.type != CompetencyType::Teknis && !present.contains(c.id))
            out.append({c.id, qBound(1, info->defaultLevel, 5), 1.0});
    return out;
}

int describedLevelCount(const Competency& competency)
{
    int n = 0;
    for (const CompetencyLevel& l : competency.levels)
        if (l.level >= 1 && l.level <= 5 && !l.description.trimmed().isEmpty())
            ++n;
    return n;
}

} // namespace karsa
