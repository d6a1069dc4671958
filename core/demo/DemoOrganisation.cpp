#include "DemoOrganisation.h"

#include "DemoPositionCatalog.h"
#include "DemoRandom.h"
#include "refdata/ReferenceCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <functional>

namespace karsa {

namespace {
QString shortNameFor(const QString& name, const QString& kind, const QString& parentShort)
{
    if (kind == u"sekretariat")
        return QStringLiteral("Sekretariat ") + parentShort;
    static const QVector<QPair<QString, QString>> prefixes = {
        {QStringLiteral("Kelurahan "), QStringLiteral("Kel. ")},   {QStringLiteral("Puskesmas "), QStringLiteral("PKM ")},
        {QStringLiteral("Kecamatan "), QStringLiteral("Kec. ")},   {QStringLiteral("Bidang "), QStringLiteral("Bid. ")},
        {QStringLiteral("Subbagian "), QStringLiteral("Subbag. ")}, {QStringLiteral("Seksi "), QStringLiteral("Sie. ")},
        {QStringLiteral("Bagian "), QStringLiteral("Bag. ")}};
    for (const auto& p : prefixes)
        if (name.startsWith(p.first))
            return p.second + name.mid(p.first.size());
    return name;
}
QString without(const QString& name, const QString& prefix)
{
    return name.startsWith(prefix) ? name.mid(prefix.size()) : name;
}
} // namespace

DemoOrganisation::DemoOrganisation(int employees, DemoRandom& random)
{
    readUnits();
    planPositions();
    allocateFormation(employees, random);
}

int DemoOrganisation::totalFormation() const
{
    int total = 0;
    for (const DemoPositionPlan& p : m_positions)
        total += p.position.formation;
    return total;
}

void DemoOrganisation::readUnits()
{
    const QJsonObject root = QJsonDocument::fromJson(readRefdataResource(QStringLiteral("surabaya_units.json"))).object();
    std::function<void(const QJsonObject&, int, const QString&)> walk = [&](const QJsonObject& o, int parent,
                                                                            const QString& sector) {
        DemoUnitPlan u;
        u.unit.code = o.value(u"code").toString();
        u.unit.name = o.value(u"name").toString();
        u.unit.kind = o.value(u"kind").toString();
        u.parent = parent;
        u.sector = parent < 0 ? DemoPositionCatalog::sectorOf(u.unit.code) : sector;
        const QString parentShort = parent >= 0 ? m_units.at(parent).unit.shortName : QString();
        u.unit.shortName = o.contains(u"short") ? o.value(u"short").toString()
                                                : shortNameFor(u.unit.name, u.unit.kind, parentShort);
        u.field = DemoPositionCatalog::headField(u.sector);
        if (u.unit.kind == u"puskesmas")
            u.field = QStringLiteral("kesmas");
        const QJsonArray children = o.value(u"children").toArray();
        u.staffWeight = DemoPositionCatalog::unitWeight(u.sector, u.unit.kind, !children.isEmpty());
        const int index = int(m_units.size());
        m_units << u;
        for (const QJsonValue& c : children)
            walk(c.toObject(), index, m_units.at(index).sector);
    };
    for (const QJsonValue& v : root.value(u"units").toArray())
        walk(v.toObject(), -1, QString());
}

void DemoOrganisation::addHead(int ui)
{
    const DemoUnitPlan& u = m_units.at(ui);
    const QString& kind = u.unit.kind;
    const QString& name = u.unit.name;
    const QString& code = u.unit.code;
    Position p;
    QString eduSpec;
    if (kind == u"perangkat_daerah") {
        const bool bagian = code.startsWith(u"BAG-");
        p.jenjang = bagian ? QStringLiteral("administrator") : QStringLiteral("jpt_pratama");
        p.kelasJabatan = bagian ? 12 : 14;
        p.isKey = true;
        if (code == u"INSPEKTORAT")
            p.name = QStringLiteral("Inspektur");
        else if (code == u"SETWAN")
            p.name = QStringLiteral("Sekretaris DPRD");
        else if (code.startsWith(u"RSUD-"))
            p.name = QStringLiteral("Direktur ") + name;
        else
            p.name = QStringLiteral("Kepala ") + name;
        eduSpec = bagian ? QStringLiteral("S2:60,S1:40") : QStringLiteral("S2:75,S1:15,S3:10");
    } else if (kind == u"kecamatan") {
        p.name = QStringLiteral("Camat ") + without(name, QStringLiteral("Kecamatan "));
        p.jenjang = QStringLiteral("administrator");
        p.kelasJabatan = 12;
        p.isKey = true;
        eduSpec = QStringLiteral("S2:55,S1:30,D4:15");
    } else if (kind == u"sekretariat") {
        p.name = QStringLiteral("Sekretaris ") + m_units.at(u.parent).unit.name;
        p.jenjang = QStringLiteral("administrator");
        p.kelasJabatan = 12;
        p.isKey = true;
        eduSpec = QStringLiteral("S2:60,S1:40");
    } else if (kind == u"bidang" || kind == u"bagian") {
        p.name = name.startsWith(u"Inspektur") ? name : QStringLiteral("Kepala ") + name;
        p.jenjang = QStringLiteral("administrator");
        p.kelasJabatan = 11;
        eduSpec = QStringLiteral("S2:55,S1:45");
    } else if (kind == u"kelurahan") {
        p.name = QStringLiteral("Lurah ") + without(name, QStringLiteral("Kelurahan "));
        p.jenjang = QStringLiteral("pengawas");
        p.kelasJabatan = 9;
        eduSpec = QStringLiteral("S1:60,D4:20,S2:20");
    } else { // seksi, puskesmas, uptd
        p.name = QStringLiteral("Kepala ") + name;
        p.jenjang = QStringLiteral("pengawas");
        p.kelasJabatan = 9;
        eduSpec = QStringLiteral("S1:65,S2:25,D4:10");
    }
    DemoPositionPlan plan;
    plan.unit = ui;
    plan.superior = u.parent >= 0 ? m_units.at(u.parent).head : -1;
    plan.structural = true;
    plan.field = (kind == u"bidang" && u.sector == u"rumah_sakit") ? QStringLiteral("dokter") : u.field;
    plan.education = DemoPositionCatalog::parseEducation(eduSpec);
    plan.technical = DemoPositionCatalog::headTechnical(u.sector, kind);
    p.minEducation = QStringLiteral("S1");
    p.minGolongan = ReferenceCatalog::instance().jenjang(p.jenjang)->minGolongan;
    p.formation = 1;
    plan.position = p;
    m_units[ui].head = int(m_positions.size());
    m_positions << plan;
}

void DemoOrganisation::addStructural(int ui, const QString& name, const QString& jenjang, int kelas, const char* technical)
{
    DemoPositionPlan plan;
    plan.unit = ui;
    plan.superior = m_units.at(ui).head;
    plan.structural = true;
    plan.field = jenjang == u"administrator" ? QStringLiteral("pemerintahan") : QStringLiteral("umum");
    plan.education = DemoPositionCatalog::parseEducation(QStringLiteral("S1:70,S2:20,D4:10"));
    plan.technical = QString::fromUtf8(technical).split(u' ', Qt::SkipEmptyParts);
    plan.position.name = name;
    plan.position.jenjang = jenjang;
    plan.position.kelasJabatan = kelas;
    plan.position.minEducation = QStringLiteral("S1");
    plan.position.minGolongan = ReferenceCatalog::instance().jenjang(jenjang)->minGolongan;
    plan.position.formation = 1;
    m_positions << plan;
}

void DemoOrganisation::planPositions()
{
    for (int ui = 0; ui < m_units.size(); ++ui) {
        addHead(ui);
        const DemoUnitPlan& u = m_units.at(ui);
        const QString& kind = u.unit.kind;
        if (kind == u"sekretariat")
            addStructural(ui, QStringLiteral("Kepala Subbagian Umum dan Kepegawaian"), QStringLiteral("pengawas"), 9, "T.01 T.08");
        else if (kind == u"kecamatan")
            addStructural(ui, QStringLiteral("Sekretaris Kecamatan"), QStringLiteral("administrator"), 11, "T.18 T.02");
        else if (kind == u"kelurahan")
            addStructural(ui, QStringLiteral("Sekretaris Kelurahan"), QStringLiteral("pengawas"), 8, "T.18 T.14");
        if (u.staffWeight <= 0)
            continue;
        const QVector<DemoStaffTemplate> templates = DemoPositionCatalog::staffFor(u.sector, kind, u.unit.code);
        int weightSum = 0;
        for (const DemoStaffTemplate& t : templates)
            weightSum += t.weight;
        for (const DemoStaffTemplate& t : templates) {
            DemoPositionPlan plan;
            plan.unit = ui;
            plan.superior = u.head;
            plan.field = t.field;
            plan.education = t.education;
            plan.technical = t.technical;
            plan.pppk = t.pppk;
            plan.weight = u.staffWeight * t.weight / std::max(1, weightSum);
            plan.position.name = t.name;
            plan.position.jenjang = t.jenjang;
            plan.position.kelasJabatan = t.kelas > 0 ? t.kelas : DemoPositionCatalog::defaultKelas(t.jenjang);
            plan.position.minEducation = t.minEducation;
            plan.position.minGolongan = ReferenceCatalog::instance().jenjang(t.jenjang)->minGolongan;
            plan.position.formation = 0;
            m_positions << plan;
        }
    }
}

void DemoOrganisation::allocateFormation(int employees, DemoRandom& random)
{
    // Structural posts: formation 1; about 4 % are kept vacant on purpose.
    int structural = 0, vacant = 0;
    QVector<int> staff;
    for (int i = 0; i < m_positions.size(); ++i) {
        DemoPositionPlan& p = m_positions[i];
        if (p.structural) {
            ++structural;
            p.keepVacant = random.chance(0.04);
            vacant += p.keepVacant ? 1 : 0;
        } else {
            staff << i;
        }
    }
    m_structuralToFill = std::min(employees, structural - vacant);
    const int staffNeeded = employees - m_structuralToFill;
    const int seats = std::max(staffNeeded, int(std::lround(employees * 1.05)) - structural);

    // Staff seats: one for the first template of every staffed unit when there are enough seats,
    // the rest by weight with the largest-remainder method (ties by position order).
    QVector<int> formation(m_positions.size(), 0);
    int remaining = seats;
    QVector<int> firstOfUnit;
    int lastUnit = -1;
    for (int i : staff)
        if (m_positions.at(i).unit != lastUnit) {
            firstOfUnit << i;
            lastUnit = m_positions.at(i).unit;
        }
    if (remaining >= firstOfUnit.size()) {
        for (int i : firstOfUnit)
            formation[i] = 1;
        remaining -= int(firstOfUnit.size());
    }
    double total = 0;
    for (int i : staff)
        total += m_positions.at(i).weight;
    if (total > 0 && remaining > 0) {
        QVector<QPair<double, int>> remainders;
        int given = 0;
        for (int i : staff) {
            const double quota = remaining * m_positions.at(i).weight / total;
            const int whole = int(std::floor(quota));
            formation[i] += whole;
            given += whole;
            remainders.append({quota - whole, i});
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const QPair<double, int>& a, const QPair<double, int>& b) { return a.first > b.first; });
        for (int k = 0; k < remaining - given && k < remainders.size(); ++k)
            formation[remainders.at(k).second] += 1;
    }

    // Keep the structural posts and the staff positions that received seats; remap the indices.
    QVector<int> remap(m_positions.size(), -1);
    QVector<DemoPositionPlan> kept;
    for (int i = 0; i < m_positions.size(); ++i) {
        DemoPositionPlan p = m_positions.at(i);
        if (!p.structural) {
            if (formation.at(i) <= 0)
                continue;
            p.position.formation = formation.at(i);
        }
        remap[i] = int(kept.size());
        kept << p;
    }
    for (DemoPositionPlan& p : kept)
        if (p.superior >= 0)
            p.superior = remap.at(p.superior);
    for (DemoUnitPlan& u : m_units)
        u.head = u.head >= 0 ? remap.at(u.head) : -1;
    m_positions = kept;
}

} // namespace karsa
