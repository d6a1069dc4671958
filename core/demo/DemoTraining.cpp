#include "DemoTraining.h"

#include "DemoRandom.h"
#include "development/TrainingProgramme.h"
#include "storage/BulkInserter.h"
#include "storage/RowReader.h"
#include "storage/Sql.h"
#include "storage/TrainingCatalogRepository.h"

#include <QHash>
#include <QVector>

#include <cmath>

namespace karsa {

namespace {
struct DemoCompetency
{
    qint64 id = 0;
    QString code;
    QString name;
    QString type;
};

const char* const kTechnicalProviders[] = {"BPSDM Provinsi Jawa Timur", "Kementerian Dalam Negeri",
                                           "BKPSDM Kota Surabaya", "Lembaga Administrasi Negara",
                                           "Universitas Airlangga", "Institut Teknologi Sepuluh Nopember"};

TrainingProgramme programme(const QString& code, const QString& name, const char* form, const QString& provider,
                            double jp, qint64 cost, const char* mode, QVector<ProgrammeCompetency> competencies)
{
    TrainingProgramme p;
    p.code = code;
    p.name = name;
    p.form = QString::fromLatin1(form);
    p.provider = provider;
    p.jp = jp;
    p.cost = cost;
    p.mode = QString::fromLatin1(mode);
    p.competencies = std::move(competencies);
    return p;
}

QVector<TrainingProgramme> catalogue(const QVector<DemoCompetency>& competencies)
{
    QVector<TrainingProgramme> out;
    const QString bkpsdm = QStringLiteral("BKPSDM Kota Surabaya");
    const QString bpsdm = QStringLiteral("BPSDM Provinsi Jawa Timur");
    QHash<QString, qint64> byCode;
    int n = 0;
    for (const DemoCompetency& c : competencies) {
        byCode.insert(c.code, c.id);
        const QString suffix = QString(c.code).remove(u'.');
        if (c.type != u"teknis") {
            out << programme(QStringLiteral("CO-") + suffix, QStringLiteral("Coaching ") + c.name, "coaching", bkpsdm, 10,
                             0, "luring", {{c.id, 3}});
            out << programme(QStringLiteral("MT-") + suffix, QStringLiteral("Mentoring ") + c.name, "mentoring", bkpsdm, 8,
                             0, "luring", {{c.id, 2}});
            out << programme(QStringLiteral("PM-") + suffix, QStringLiteral("Pelatihan Manajerial ") + c.name,
                             c.type == u"sosial_kultural" ? "pelatihan_sosial_kultural" : "pelatihan_manajerial", bpsdm,
                             24, 2500000, "campuran", {{c.id, 3}});
            out << programme(QStringLiteral("PL-") + suffix, QStringLiteral("Pelatihan Manajerial Lanjutan ") + c.name,
                             "pelatihan_manajerial", bpsdm, 40, 4750000, "luring", {{c.id, 4}});
            out << programme(QStringLiteral("EL-") + suffix, QStringLiteral("E-learning ") + c.name, "e_learning",
                             QStringLiteral("LAN RI (ASN Unggul)"), 6, 0, "daring", {{c.id, 2}});
        } else {
            const QString provider = QString::fromLatin1(kTechnicalProviders[n++ % 6]);
            out << programme(QStringLiteral("BT-") + suffix, QStringLiteral("Bimtek ") + c.name, "bimtek", provider, 16,
                             1800000, "luring", {{c.id, 3}});
            out << programme(QStringLiteral("PT-") + suffix, QStringLiteral("Pelatihan Teknis ") + c.name +
                                                                  QStringLiteral(" Tingkat Lanjut"),
                             "pelatihan_teknis", provider, 32, 3500000, "luring", {{c.id, 4}});
            if (n % 2 == 0)
                out << programme(QStringLiteral("ET-") + suffix, QStringLiteral("E-learning ") + c.name, "e_learning",
                                 QStringLiteral("LAN RI (ASN Unggul)"), 8, 0, "daring", {{c.id, 2}});
        }
    }
    const auto id = [&](const char* code) { return byCode.value(QString::fromLatin1(code)); };
    const auto add = [&](TrainingProgramme p) {
        QVector<ProgrammeCompetency> kept;
        for (const ProgrammeCompetency& c : p.competencies)
            if (c.competencyId > 0)
                kept << c;
        p.competencies = kept;
        out << p;
    };
    add(programme(QStringLiteral("PKP"), QStringLiteral("Pelatihan Kepemimpinan Pengawas (PKP)"), "pelatihan_kepemimpinan",
                  bpsdm, 200, 15000000, "campuran", {{id("M.04"), 4}, {id("M.08"), 3}, {id("M.06"), 3}}));
    add(programme(QStringLiteral("PKA"), QStringLiteral("Pelatihan Kepemimpinan Administrator (PKA)"),
                  "pelatihan_kepemimpinan", bpsdm, 240, 25000000, "campuran",
                  {{id("M.07"), 4}, {id("M.08"), 4}, {id("M.02"), 4}}));
    add(programme(QStringLiteral("SEM-INOV"), QStringLiteral("Seminar Inovasi Pelayanan Publik Kota Surabaya"), "seminar",
                  bkpsdm, 4, 0, "luring", {}));
    add(programme(QStringLiteral("SOS-AKHLAK"), QStringLiteral("Sosialisasi Nilai Dasar BerAKHLAK"), "sosialisasi", bkpsdm,
                  3, 0, "daring", {{id("M.01"), 2}}));
    add(programme(QStringLiteral("WS-SKP"), QStringLiteral("Workshop Penyusunan SKP dan Rencana Aksi"), "workshop", bkpsdm,
                  8, 350000, "luring", {{id("M.04"), 2}}));
    add(programme(QStringLiteral("KB-INOV"), QStringLiteral("Komunitas Belajar Inovasi Surabaya"), "komunitas_belajar",
                  bkpsdm, 6, 0, "campuran", {{id("M.07"), 3}}));
    add(programme(QStringLiteral("MAG-LAY"), QStringLiteral("Magang di Unit Layanan Percontohan"), "magang", bkpsdm, 40,
                  1200000, "luring", {{id("M.05"), 3}}));
    add(programme(QStringLiteral("BM-KOTA"), QStringLiteral("Patok Banding Tata Kelola Kota Cerdas"), "benchmarking",
                  bkpsdm, 16, 3000000, "luring", {{id("M.07"), 3}, {id("T.09"), 3}}));
    add(programme(QStringLiteral("BLM-MOOC"), QStringLiteral("Belajar Mandiri MOOC ASN"), "belajar_mandiri",
                  QStringLiteral("LAN RI (ASN Unggul)"), 5, 0, "daring", {}));
    add(programme(QStringLiteral("PF-AK"), QStringLiteral("Pelatihan Fungsional Penjenjangan Jabatan Fungsional"),
                  "pelatihan_fungsional", bpsdm, 60, 6000000, "campuran", {{id("M.06"), 3}}));
    return out;
}

// JP an employee collects in a full year: far behind, near the minimum, or well above.
double yearTarget(DemoRandom& random)
{
    const double r = random.uniform();
    if (r < 0.12)
        return random.between(0, 8);
    if (r < 0.70)
        return random.between(10, 24);
    return random.between(28, 70);
}
} // namespace

Result<DemoTrainingSummary> DemoTraining::generate(QSqlDatabase db, const QDate& today, quint64 seed)
{
    DemoTrainingSummary summary;
    QVector<DemoCompetency> competencies;
    if (Status s = RowReader::forEach(db, QStringLiteral("SELECT id, code, name, type FROM competencies ORDER BY code"), {},
                                      [&](const RowReader::Row& r) {
                                          competencies.append({r.integer(0), r.text(1), r.text(2), r.text(3)});
                                      });
        !s)
        return s.error();
    QVector<TrainingProgramme> programmes = catalogue(competencies);
    TrainingCatalogRepository repo(db);
    QHash<qint64, QVector<int>> byCompetency;
    QVector<int> general;
    for (int i = 0; i < programmes.size(); ++i) {
        auto id = repo.insert(programmes[i]);
        if (!id)
            return id.error();
        programmes[i].id = id.value();
        if (programmes[i].competencies.isEmpty() || programmes[i].jp <= 8)
            general.append(i);
        for (const ProgrammeCompetency& c : programmes[i].competencies)
            byCompetency[c.competencyId].append(i);
    }
    summary.programmes = int(programmes.size());

    QHash<qint64, QVector<qint64>> standard; // position -> competencies
    if (Status s = RowReader::forEach(db, QStringLiteral("SELECT position_id, competency_id FROM position_standards"), {},
                                      [&](const RowReader::Row& r) { standard[r.integer(0)].append(r.integer(1)); });
        !s)
        return s.error();
    QVector<std::pair<qint64, qint64>> employees; // id, position
    if (Status s = RowReader::forEach(db, QStringLiteral("SELECT id, position_id FROM employees ORDER BY id"), {},
                                      [&](const RowReader::Row& r) { employees.append({r.integer(0), r.integer(1)}); });
        !s)
        return s.error();

    DemoRandom random = DemoRandom::stream(seed, 7);
    // Text values as UTF-8 made once: BulkInserter binds a QByteArray in place, so the 600,000
    // records of a 100,000-employee city cost no per-row string conversion or copy.
    const QByteArray now = QDateTime(today, QTime(8, 0), Qt::UTC).toString(Qt::ISODate).toUtf8();
    struct ProgrammeText
    {
        QByteArray name, form, provider;
    };
    QVector<ProgrammeText> texts;
    for (const TrainingProgramme& p : programmes)
        texts.append({p.name.toUtf8(), p.form.toUtf8(), p.provider.toUtf8()});
    const QByteArray results[] = {QByteArrayLiteral("lulus"), QByteArrayLiteral("hadir"), QByteArrayLiteral("tidak_lulus")};
    // The end-date index is built once after the load: 600,000 inserts in random date order would
    // otherwise each update it in place (several seconds of the 100,000-employee city).
    if (Status s = sql::exec(db, QStringLiteral("DROP INDEX IF EXISTS idx_training_records_end")); !s)
        return s.error();
    BulkInserter out(db, QStringLiteral("training_records"),
                     {QStringLiteral("employee_id"), QStringLiteral("program_id"), QStringLiteral("title"),
                      QStringLiteral("form"), QStringLiteral("provider"), QStringLiteral("start_date"),
                      QStringLiteral("end_date"), QStringLiteral("jp"), QStringLiteral("certificate_no"),
                      QStringLiteral("result"), QStringLiteral("updated_at")});
    int certificate = 0;
    QVector<int> options;
    for (const auto& [employeeId, positionId] : employees) {
        options = general;
        for (qint64 c : standard.value(positionId))
            options += byCompetency.value(c);
        const double habit = 0.6 + 0.8 * random.uniform(); // some people train more every year
        for (int year : {today.year() - 1, today.year()}) {
            const QDate first(year, 1, 1);
            const QDate last = year == today.year() ? today.addDays(-1) : QDate(year, 12, 31);
            const int span = int(first.daysTo(last));
            if (span < 10)
                continue;
            double target = yearTarget(random) * std::min(1.3, habit);
            if (year == today.year())
                target *= double(span) / 365.0;
            double jp = 0.0;
            for (int guard = 0; jp < target && guard < 12; ++guard) {
                const int chosen = options[random.between(0, int(options.size()) - 1)];
                const TrainingProgramme& p = programmes[chosen];
                if (p.jp > 60 && !random.chance(0.1))
                    continue; // leadership training is rare
                if (p.jp > target - jp + 6 && p.jp <= 60)
                    continue; // people rarely overshoot their year by a whole course
                const int days = std::max(1, int(std::ceil(p.jp / 8.0)));
                const QDate start = first.addDays(random.between(0, std::max(0, span - days)));
                const QDate end = start.addDays(days - 1);
                const double r = random.uniform();
                const QByteArray& result = results[r < 0.9 ? 0 : r < 0.97 ? 1 : 2];
                const QVariant cert = r < 0.97 ? QVariant(QByteArray("SRT/") + QByteArray::number(year) + '/'
                                                          + QByteArray::number(++certificate).rightJustified(6, '0'))
                                               : QVariant();
                const ProgrammeText& text = texts[chosen];
                if (Status s = out.add({employeeId, p.id, text.name, text.form, text.provider,
                                        start.toString(Qt::ISODate).toUtf8(), end.toString(Qt::ISODate).toUtf8(), p.jp,
                                        cert, result, now});
                    !s)
                    return s.error();
                jp += p.jp;
                ++summary.records;
            }
        }
    }
    if (Status s = out.finish(); !s)
        return s.error();
    if (Status s = sql::exec(db, QStringLiteral("CREATE INDEX idx_training_records_end ON training_records(end_date)")); !s)
        return s.error();
    return summary;
}

} // namespace karsa
