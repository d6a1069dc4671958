#include "HeaderMap.h"

#include <QHash>
#include <QSet>

namespace karsa {

QVector<FieldSpec> withMaxLengths(QVector<FieldSpec> fields, int (*lengthOf)(int field))
{
    for (FieldSpec& f : fields)
        f.maxLength = lengthOf(f.id);
    return fields;
}

QString HeaderMap::normalize(const QString& header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

void HeaderMap::build(const QStringList& header, const QVector<FieldSpec>& fields, const QStringList& ignored)
{
    m_header = header;
    m_unknown.clear();
    int maxId = 0;
    QHash<QString, int> byAlias;
    for (const FieldSpec& f : fields) {
        maxId = std::max(maxId, f.id);
        byAlias.insert(normalize(f.label), f.id);
        for (const QString& a : f.aliases)
            byAlias.insert(normalize(a), f.id);
    }
    QSet<QString> ignoredSet;
    for (const QString& i : ignored)
        ignoredSet.insert(normalize(i));
    m_columns = QVector<int>(maxId + 1, -1);
    m_maxLength = QVector<int>(maxId + 1, limits::kTextLength);
    for (const FieldSpec& f : fields)
        m_maxLength[f.id] = f.maxLength;
    for (int i = 0; i < header.size(); ++i) {
        const QString n = normalize(header.at(i));
        if (n.isEmpty())
            continue;
        const auto it = byAlias.constFind(n);
        if (it != byAlias.cend()) {
            if (m_columns[*it] < 0)
                m_columns[*it] = i;
        } else if (!ignoredSet.contains(n)) {
            m_unknown.append(header.at(i).trimmed());
        }
    }
}

QString HeaderMap::value(const QStringList& cells, int field) const
{
    const int c = column(field);
    return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
}

QString HeaderMap::headerText(int field) const
{
    const int c = column(field);
    return c >= 0 && c < m_header.size() ? m_header.at(c).trimmed() : QString();
}

} // namespace karsa
