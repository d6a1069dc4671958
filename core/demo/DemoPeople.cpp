#include "DemoPeople.h"

#include "DemoNames.h"
#include "DemoRandom.h"
#include "refdata/ReferenceCatalog.h"

#include <algorithm>

namespace karsa {

namespace {
int ageAt(const QDate& birth, const QDate& on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}
QDate firstOfMonth(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}
int pickEducation(DemoRandom& random, const QVector<DemoEduOption>& options)
{
    QVector<int> w;
    for (const DemoEduOption& o : options)
        w << o.weight;
    return random.weighted(w);
}
// Typical age at CPNS appointment by education.
QPair<int, int> appointmentAge(const QString& edu)
{
    if (edu == u"SMA" || edu == u"SMP" || edu == u"SD")
        return {19, 28};
    if (edu == u"D3" || edu == u"D1" || edu == u"D2")
        return {21, 30};
    if (edu == u"S2")
        return {25, 35};
    if (edu == u"S3")
        return {28, 35};
    return {23, 32}; // S1, D4
}
} // namespace

DemoPeople::DemoPeople(const QDate& today, QHash<QString, int> retirementAges)
    : m_today(today), m_retirement(std::move(retirementAges)), m_pnsByRank(18), m_pppkByRank(18)
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    for (const GolonganInfo& g : cat.golonganPns())
        if (g.rank >= 1 && g.rank <= 17)
            m_pnsByRank[g.rank] = g.code;
    for (const GolonganInfo& g : cat.golonganPppk())
        if (g.rank >= 1 && g.rank <= 17)
            m_pppkByRank[g.rank] = g.code;
}

int DemoPeople::startRank(const QString& edu)
{
    static const QHash<QString, int> r = {{QStringLiteral("SD"), 1},  {QStringLiteral("SMP"), 3}, {QStringLiteral("SMA"), 5},
                                          {QStringLiteral("D1"), 5},  {QStringLiteral("D2"), 6},  {QStringLiteral("D3"), 7},
                                          {QStringLiteral("D4"), 9},  {QStringLiteral("S1"), 9},  {QStringLiteral("S2"), 10},
                                          {QStringLiteral("S3"), 11}};
    return r.value(edu, 5);
}

DemoPeople::Range DemoPeople::rankRange(const QString& jenjang, const QString& edu)
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    const JenjangInfo* j = cat.jenjang(jenjang);
    Range r;
    if (jenjang == u"jpt_pratama" || jenjang == u"jpt_madya" || jenjang == u"jpt_utama")
        r = {13, 16};
    else if (jenjang == u"administrator")
        r = {12, 14};
    else if (jenjang == u"pengawas")
        r = {10, 13};
    else if (jenjang == u"pelaksana")
        r = {5, startRank(edu) <= 5 ? 11 : 12};
    if (j && !j->minGolongan.isEmpty())
        r.lo = std::max(r.lo, cat.golonganRank(j->minGolongan));
    if (j && !j->maxGolongan.isEmpty())
        r.hi = cat.golonganRank(j->maxGolongan);
    r.hi = std::max(r.hi, r.lo);
    return r;
}

bool DemoPeople::entryFits(const QString& jenjang, const QString& education)
{
    const Range r = rankRange(jenjang, education);
    const int s = startRank(education);
    return s >= r.lo && s <= r.hi;
}

Sex DemoPeople::pickSex(DemoRandom& random, const DemoPositionPlan& plan) const
{
    double female = 0.5;
    const QString& f = plan.field;
    if (f == u"bidan")
        female = 1.0;
    else if (f == u"perawat" || f == u"gizi" || f == u"farmasi" || f == u"lab" || f == u"rekam_medis" || f == u"psikologi")
        female = 0.72;
    else if (f == u"dokter" || f == u"dokter_gigi" || f == u"kesmas")
        female = 0.6;
    else if (f == u"lapangan" || f == u"teknik_sipil" || f == u"teknik_mesin")
        female = 0.12;
    if (plan.structural)
        female = std::min(female, 0.38);
    return random.chance(female) ? Sex::Female : Sex::Male;
}

int DemoPeople::nextSequence(quint64 key)
{
    return ++m_sequences[key];
}

QString DemoPeople::nik(DemoRandom& random, const QDate& birth, Sex sex, int district)
{
    // 35 (Jawa Timur) 78 (Kota Surabaya) + kecamatan + DDMMYY (day + 40 for women) + serial.
    const int day = birth.day() + (sex == Sex::Female ? 40 : 0);
    const quint64 key = (quint64(1) << 62) | (quint64(district) << 40) | (quint64(birth.toJulianDay()) << 2) | quint64(sex);
    Q_UNUSED(random);
    const int serial = std::min(9999, nextSequence(key));
    return QStringLiteral("3578%1%2%3%4%5")
        .arg(district, 2, 10, QChar(u'0'))
        .arg(day, 2, 10, QChar(u'0'))
        .arg(birth.month(), 2, 10, QChar(u'0'))
        .arg(birth.year() % 100, 2, 10, QChar(u'0'))
        .arg(serial, 4, 10, QChar(u'0'));
}

QString DemoPeople::phone(DemoRandom& random)
{
    static const int prefixes[] = {11, 12, 13, 21, 22, 23, 52, 53, 14, 15, 16, 55, 56, 57, 58, 17, 18, 19, 59, 77, 78, 31, 32, 38, 95, 96, 97, 98, 99, 81, 82, 85};
    const int p = prefixes[random.between(0, int(std::size(prefixes)) - 1)];
    const int digits = random.between(7, 8);
    QString s = QStringLiteral("08") + QString::number(p);
    for (int i = 0; i < digits; ++i)
        s += QChar(u'0' + random.between(i == 0 ? 1 : 0, 9));
    return s;
}

QString DemoPeople::email(DemoRandom& random, const QString& name)
{
    static const QStringList skip = {QStringLiteral("muhammad"), QStringLiteral("moch"), QStringLiteral("mochammad"),
                                     QStringLiteral("moh"),      QStringLiteral("achmad"), QStringLiteral("abdul"),
                                     QStringLiteral("siti"),     QStringLiteral("nur")};
    QStringList words;
    for (const QString& w : name.split(u' ', Qt::SkipEmptyParts)) {
        QString a;
        for (QChar c : w)
            if (c.unicode() < 128 && c.isLetter())
                a += c.toLower();
        if (!a.isEmpty())
            words << a;
    }
    if (words.size() > 1 && skip.contains(words.first()))
        words.removeFirst();
    QString local = words.value(0, QStringLiteral("asn"));
    if (words.size() > 1)
        local += (random.chance(0.5) ? u'.' : u'_') + words.last();
    if (random.chance(0.7))
        local += QString::number(random.between(1, 99));
    const double r = random.uniform();
    const char* domain = r < 0.7 ? "@gmail.com" : r < 0.85 ? "@yahoo.co.id" : "@surabaya.go.id";
    return local + QLatin1String(domain);
}

DemoPerson DemoPeople::make(DemoRandom& random, const DemoPositionPlan& plan, int positionIndex, qint64 unitId,
                            int district, EmployeeStatus status)
{
    DemoPerson person;
    person.position = positionIndex;
    person.ability = random.normal() + (plan.structural ? 0.3 : 0.0);
    Employee& e = person.employee;
    const QString& jenjang = plan.position.jenjang;
    e.positionId = 0; // resolved by the caller
    e.unitId = unitId;
    e.sex = pickSex(random, plan);

    const QString edu = plan.education.isEmpty() ? QStringLiteral("S1")
                                                  : plan.education.at(pickEducation(random, plan.education)).level;
    const Range range = rankRange(jenjang, edu);
    const int start = startRank(edu);
    if (status == EmployeeStatus::Cpns && !entryFits(jenjang, edu))
        status = EmployeeStatus::Pns;
    if (plan.structural)
        status = EmployeeStatus::Pns;
    e.status = status;

    const int maxAge = std::min(60, m_retirement.value(jenjang, 58) - 1);
    const QPair<int, int> cpnsAge = appointmentAge(edu);
    int rank = 0;
    QDate tmt, birth;
    int steps = 0;

    if (status == EmployeeStatus::Pns) {
        rank = random.between(std::max(range.lo, std::min(start, range.hi)), range.hi);
        steps = std::max(0, rank - start);
        int years = steps * 4 + random.between(1, 3);
        if (rank == range.hi && random.chance(0.5))
            years += random.between(0, 8); // waiting at the top of the ladder
        int a0 = random.between(cpnsAge.first, cpnsAge.second);
        if (a0 + years > maxAge - 1) {
            a0 = std::max(cpnsAge.first, maxAge - 1 - years);
            years = std::min(years, maxAge - 1 - a0);
        }
        years = std::max({years, 1, 22 - a0});
        tmt = QDate(m_today.year() - years, random.between(1, 12), 1);
        if (tmt > m_today.addMonths(-13))
            tmt = tmt.addYears(-1);
        birth = tmt.addYears(-a0).addDays(-random.between(0, 364));
    } else if (status == EmployeeStatus::Cpns) {
        rank = std::clamp(start, range.lo, range.hi);
        tmt = firstOfMonth(m_today).addMonths(-random.between(2, 11));
        const int a0 = std::max(22, random.between(cpnsAge.first, cpnsAge.second));
        birth = tmt.addYears(-a0).addDays(-random.between(0, 300));
    } else { // PPPK: appointments since 2019
        rank = std::clamp(start + (random.chance(0.2) ? 1 : 0), range.lo, range.hi);
        const int monthsSince2019 = (m_today.year() - 2019) * 12 + m_today.month() - 3;
        tmt = firstOfMonth(m_today).addMonths(-random.between(1, std::max(1, std::min(72, monthsSince2019))));
        const int a0 = random.between(std::max(22, cpnsAge.first + 2), std::min(50, maxAge - 2));
        birth = tmt.addYears(-a0).addDays(-random.between(0, 364));
    }
    // Age within 22..maxAge today and 18..35 at CPNS appointment.
    int age = ageAt(birth, m_today);
    if (age > maxAge)
        birth = birth.addYears(age - maxAge);
    if (ageAt(birth, m_today) < 22)
        birth = birth.addYears(ageAt(birth, m_today) - 22);
    if (status != EmployeeStatus::Pppk && ageAt(birth, tmt) < 18)
        tmt = QDate(birth.year() + 19, tmt.month(), 1);
    e.birthDate = birth;
    e.tmtCpns = tmt;
    person.appointed = tmt;

    // Education and gelar.
    const DemoEducation education = DemoNames::instance().education(random, edu, plan.field, e.sex, birth.year());
    e.education = edu;
    e.major = education.major;
    e.frontTitle = education.frontTitle;
    e.backTitle = education.backTitle;
    e.name = DemoNames::instance().personName(random, e.sex);
    e.birthPlace = DemoNames::instance().birthPlace(random);

    // Golongan and its TMT; promotions are dated 1 April or 1 October.
    rank = std::clamp(rank, 1, 17);
    e.golongan = status == EmployeeStatus::Pppk ? m_pppkByRank.at(rank) : m_pnsByRank.at(rank);
    if (status != EmployeeStatus::Pns || steps == 0) {
        e.tmtGolongan = tmt;
    } else {
        QDate last(m_today.year() - random.between(0, 3), random.chance(0.5) ? 4 : 10, 1);
        if (last > m_today)
            last = last.addMonths(-6);
        e.tmtGolongan = last > tmt ? last : tmt;
    }
    // TMT jabatan: since the appointment for newcomers, else within the last 8 years.
    if (status == EmployeeStatus::Pns) {
        const QDate from = std::max(tmt.addYears(1), m_today.addYears(-8));
        const qint64 span = std::max<qint64>(0, from.daysTo(m_today.addDays(-30)));
        e.tmtJabatan = from.addDays(random.between(0, int(span)));
    } else {
        e.tmtJabatan = tmt;
    }

    // NIP / NI PPPK, unique by a sequence per (birth date, TMT, sex).
    if (status == EmployeeStatus::Pppk) {
        const int frequency = random.chance(0.9) ? 1 : 2;
        const quint64 key = (quint64(2) << 60) | (quint64(birth.toJulianDay()) << 20) | (quint64(tmt.year()) << 4) |
                            (quint64(frequency) << 2) | quint64(e.sex);
        e.nip = Nip::composePppk(birth, tmt.year(), frequency, e.sex, nextSequence(key));
    } else {
        const quint64 key = (quint64(1) << 60) | (quint64(birth.toJulianDay()) << 24) |
                            (quint64(tmt.year() * 12 + tmt.month()) << 2) | quint64(e.sex);
        e.nip = Nip::compose(birth, tmt.year(), tmt.month(), e.sex, nextSequence(key));
    }

    e.nik = nik(random, birth, e.sex, district);
    e.phone = phone(random);
    e.email = email(random, e.name);
    e.address = DemoNames::instance().street(random) + QStringLiteral(" No. ") + QString::number(random.between(1, 180)) +
                QStringLiteral(", Surabaya");
    return person;
}

} // namespace karsa
