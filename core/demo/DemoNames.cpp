#include "DemoNames.h"

#include "DemoRandom.h"
#include "refdata/ReferenceCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace karsa {

namespace {
QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}
const QString& pick(DemoRandom& random, const QStringList& list)
{
    return list.at(random.between(0, int(list.size()) - 1));
}
} // namespace

const DemoNames& DemoNames::instance()
{
    static const DemoNames names;
    return names;
}

DemoNames::DemoNames()
{
    const QJsonObject o = QJsonDocument::fromJson(readRefdataResource(QStringLiteral("demo_names.json"))).object();
    m_male = strings(o.value(u"male"));
    m_female = strings(o.value(u"female"));
    m_surnames = strings(o.value(u"surnames"));
    m_surnamesFemale = strings(o.value(u"surnames_female"));
    m_streets = strings(o.value(u"streets"));
    for (const QJsonValue& v : o.value(u"birth_places").toArray()) {
        m_places << v[0].toString();
        m_placeWeights << v[1].toInt(1);
    }
    for (const QJsonValue& v : o.value(u"majors").toArray()) {
        DemoMajor m;
        m.level = v[u"level"].toString();
        m.name = v[u"name"].toString();
        m.title = v[u"title"].toString();
        m.front = v[u"front"].toString();
        m.oldFront = v[u"old_front"].toString();
        m.fields = strings(v[u"fields"]);
        for (const QString& f : m.fields)
            m_majorIndex[m.level + u'|' + f].append(int(m_majors.size()));
        m_majors << m;
    }
    // Safe fallbacks so a thin list never leaves a person without a name.
    if (m_male.isEmpty())
        m_male << QStringLiteral("Budi");
    if (m_female.isEmpty())
        m_female << QStringLiteral("Sri");
    if (m_surnames.isEmpty())
        m_surnames << QStringLiteral("Santoso");
    if (m_surnamesFemale.isEmpty())
        m_surnamesFemale = m_surnames;
    if (m_streets.isEmpty())
        m_streets << QStringLiteral("Jl. Jimerto");
    if (m_places.isEmpty()) {
        m_places << QStringLiteral("Surabaya");
        m_placeWeights << 1;
    }
}

QString DemoNames::personName(DemoRandom& random, Sex sex) const
{
    const bool female = sex == Sex::Female;
    const QStringList& given = female ? m_female : m_male;
    const QString first = pick(random, given);
    auto second = [&]() -> QString {
        if (female && random.chance(0.6))
            return pick(random, m_surnamesFemale);
        return pick(random, m_surnames);
    };
    QStringList parts;
    const double r = random.uniform();
    if (r < 0.07) {
        parts << first;
    } else if (r < 0.20) {
        static const QStringList malePrefix = {QStringLiteral("Muhammad"), QStringLiteral("Moch."), QStringLiteral("Mochammad"),
                                               QStringLiteral("Achmad"),   QStringLiteral("Moh."),  QStringLiteral("Abdul")};
        static const QStringList femalePrefix = {QStringLiteral("Siti"), QStringLiteral("Nur"), QStringLiteral("Dewi"),
                                                 QStringLiteral("Sri")};
        parts << pick(random, female ? femalePrefix : malePrefix) << first;
        if (random.chance(0.5))
            parts << second();
    } else if (r < 0.75) {
        parts << first << second();
    } else {
        parts << first << pick(random, given) << second();
    }
    parts.removeDuplicates();
    return parts.join(u' ');
}

QString DemoNames::birthPlace(DemoRandom& random) const
{
    return m_places.at(random.weighted(m_placeWeights));
}

QString DemoNames::street(DemoRandom& random) const
{
    return pick(random, m_streets);
}

int DemoNames::pickMajor(DemoRandom& random, const QString& level, const QString& field) const
{
    auto it = m_majorIndex.constFind(level + u'|' + field);
    if (it == m_majorIndex.cend() || it->isEmpty())
        it = m_majorIndex.constFind(level + QStringLiteral("|umum"));
    if (it == m_majorIndex.cend() || it->isEmpty())
        return -1;
    return it->at(random.between(0, int(it->size()) - 1));
}

void DemoNames::addS1(DemoRandom& random, const QString& field, Sex sex, int birthYear, QStringList* front,
                      QStringList* back, QString* major) const
{
    const int i = pickMajor(random, QStringLiteral("S1"), field);
    if (i < 0)
        return;
    const DemoMajor& m = m_majors.at(i);
    if (major)
        *major = m.name;
    // Graduates of the 1980s-early 1990s carry the old titles (Drs./Dra., Ir.) instead of S.x.
    if (!m.oldFront.isEmpty() && birthYear < 1970) {
        if (m.oldFront == u"Drs.")
            front->append(sex == Sex::Female ? QStringLiteral("Dra.") : QStringLiteral("Drs."));
        else
            front->append(m.oldFront);
        return;
    }
    if (!m.front.isEmpty())
        front->append(m.front);
    if (!m.title.isEmpty())
        back->append(m.title);
}

DemoEducation DemoNames::education(DemoRandom& random, const QString& level, const QString& field, Sex sex,
                                   int birthYear) const
{
    DemoEducation out;
    out.level = level;
    QStringList front, back;
    if (level == u"S1") {
        addS1(random, field, sex, birthYear, &front, &back, &out.major);
    } else if (level == u"S2" || level == u"S3") {
        const int s2 = pickMajor(random, QStringLiteral("S2"), field);
        const DemoMajor* m2 = s2 >= 0 ? &m_majors.at(s2) : nullptr;
        QString s1Field = field;
        if (m2 && m2->fields.contains(QStringLiteral("dokter_spesialis")))
            s1Field = QStringLiteral("dokter");
        else if (m2 && !m2->fields.contains(field))
            s1Field = m2->fields.value(0, QStringLiteral("umum"));
        addS1(random, s1Field, sex, birthYear, &front, &back, nullptr);
        if (m2) {
            out.major = m2->name;
            back.append(m2->title);
        }
        if (level == u"S3") {
            const int s3 = pickMajor(random, QStringLiteral("S3"), field);
            if (s3 >= 0)
                out.major = m_majors.at(s3).name;
            front.prepend(QStringLiteral("Dr."));
        }
    } else {
        const int i = pickMajor(random, level, field);
        if (i >= 0) {
            const DemoMajor& m = m_majors.at(i);
            out.major = m.name;
            if (!m.front.isEmpty())
                front << m.front;
            if (!m.title.isEmpty())
                back << m.title;
        }
    }
    out.frontTitle = front.join(u' ');
    out.backTitle = back.join(QStringLiteral(", "));
    return out;
}

} // namespace karsa
