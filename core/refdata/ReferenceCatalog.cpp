#include "ReferenceCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

static void initKarsaResources()
{
    Q_INIT_RESOURCE(karsa_refdata);
}

namespace karsa {

QByteArray readRefdataResource(const QString& name)
{
    static const bool initialised = (initKarsaResources(), true);
    Q_UNUSED(initialised);
    QFile f(QStringLiteral(":/refdata/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Karsa reference data %s is missing from the build", qPrintable(name));
    return f.readAll();
}

namespace {
QJsonObject readObject(const QString& name)
{
    return QJsonDocument::fromJson(readRefdataResource(name)).object();
}
} // namespace

const ReferenceCatalog& ReferenceCatalog::instance()
{
    static const ReferenceCatalog catalog;
    return catalog;
}

ReferenceCatalog::ReferenceCatalog()
{
    const QJsonObject gol = readObject(QStringLiteral("golongan.json"));
    for (const QJsonValue& v : gol.value(u"pns").toArray()) {
        const QJsonObject o = v.toObject();
        m_golonganPns.append({o.value(u"code").toString(), o.value(u"rank").toInt(), o.value(u"pangkat").toString(), false});
        m_golonganIndex.insert(normalizeGolongan(m_golonganPns.last().code), m_golonganPns.size() - 1);
    }
    for (const QJsonValue& v : gol.value(u"pppk").toArray()) {
        const QJsonObject o = v.toObject();
        m_golonganPppk.append({o.value(u"code").toString(), o.value(u"rank").toInt(), QString(), true});
        m_golonganIndex.insert(normalizeGolongan(m_golonganPppk.last().code), 1000 + m_golonganPppk.size() - 1);
    }
    const QJsonObject jen = readObject(QStringLiteral("jenjang.json"));
    for (const QJsonValue& v : jen.value(u"families").toArray())
        m_familyNames.insert(v[u"code"].toString(), v[u"name"].toString());
    for (const QJsonValue& v : jen.value(u"jenjang").toArray()) {
        const QJsonObject o = v.toObject();
        JenjangInfo j;
        j.code = o.value(u"code").toString();
        j.name = o.value(u"name").toString();
        j.family = o.value(u"family").toString();
        j.rank = o.value(u"rank").toInt();
        j.defaultLevel = o.value(u"default_level").toInt(1);
        j.retirementAge = o.value(u"retirement_age").toInt(58);
        j.minGolongan = o.value(u"min_golongan").toString();
        j.maxGolongan = o.value(u"max_golongan").toString();
        j.eselon = o.value(u"eselon").toString();
        m_jenjang.append(j);
        m_jenjangIndex.insert(j.code, m_jenjang.size() - 1);
    }
    const QJsonObject edu = readObject(QStringLiteral("education.json"));
    for (const QJsonValue& v : edu.value(u"levels").toArray()) {
        const QJsonObject o = v.toObject();
        m_education.append({o.value(u"code").toString(), o.value(u"name").toString(), o.value(u"rank").toInt()});
        m_educationIndex.insert(m_education.last().code, m_education.size() - 1);
    }
}

QString ReferenceCatalog::normalizeGolongan(const QString& code)
{
    QString c = code.trimmed().toUpper();
    c.remove(u' ');
    // Arabic-numeral forms "3A", "3/A", "3-A" -> "III/A".
    static const QRegularExpression arabic(QStringLiteral("^([1-4])[/\\-.]?([A-E])$"));
    const auto m = arabic.match(c);
    if (m.hasMatch()) {
        static const char* romans[] = {"I", "II", "III", "IV"};
        return QLatin1String(romans[m.captured(1).toInt() - 1]) + u'/' + m.captured(2).toLower();
    }
    static const QRegularExpression roman(QStringLiteral("^(IV|III|II|I)[/\\-.]?([A-E])$"));
    const auto r = roman.match(c);
    if (r.hasMatch())
        return r.captured(1) + u'/' + r.captured(2).toLower();
    return c;
}

const GolonganInfo* ReferenceCatalog::golongan(const QString& code) const
{
    const auto it = m_golonganIndex.constFind(normalizeGolongan(code));
    if (it == m_golonganIndex.cend())
        return nullptr;
    return *it >= 1000 ? &m_golonganPppk[*it - 1000] : &m_golonganPns[*it];
}

int ReferenceCatalog::golonganRank(const QString& code) const
{
    const GolonganInfo* g = golongan(code);
    return g ? g->rank : 0;
}

const JenjangInfo* ReferenceCatalog::jenjang(const QString& code) const
{
    const auto it = m_jenjangIndex.constFind(code);
    return it == m_jenjangIndex.cend() ? nullptr : &m_jenjang[*it];
}

const EducationInfo* ReferenceCatalog::education(const QString& code) const
{
    const auto it = m_educationIndex.constFind(code.trimmed().toUpper());
    return it == m_educationIndex.cend() ? nullptr : &m_education[*it];
}

int ReferenceCatalog::educationRank(const QString& code) const
{
    const EducationInfo* e = education(code);
    return e ? e->rank : 0;
}

QString ReferenceCatalog::familyName(const QString& family) const
{
    return m_familyNames.value(family, family);
}

} // namespace karsa
