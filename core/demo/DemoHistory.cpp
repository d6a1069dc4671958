#include "DemoHistory.h"

#include "DemoPeople.h"
#include "DemoRandom.h"
#include "storage/AssessmentRepository.h"
#include "storage/BulkInserter.h"
#include "storage/Sql.h"

#include <algorithm>

namespace karsa {

namespace {
// Latest level relative to the standard: quantiles of N(0,1) for 8 % / 37 % / 45 % / 10 %
// (two below / one below / meets / above), close to what assessment centres report.
int deltaFor(double z)
{
    if (z < -1.4051)
        return -2;
    if (z < -0.1257)
        return -1;
    if (z < 1.2816)
        return 0;
    return 1;
}
// The validated rows leave out the columns that take their default (evidence NULL, status
// 'validated'): fewer bound values on the hottest insert of the generator.
bool isDefaulted(const QString& column)
{
    return column == u"evidence" || column == u"status";
}

QVariantList project(const QVariantList& full)
{
    QVariantList out;
    const QStringList& columns = AssessmentRepository::columns();
    for (int i = 0; i < columns.size(); ++i)
        if (!isDefaulted(columns.at(i)))
            out << full.at(i);
    return out;
}

int projectedIndex(const QString& column)
{
    int k = 0;
    for (const QString& c : AssessmentRepository::columns()) {
        if (c == column)
            return k;
        if (!isDefaulted(c))
            ++k;
    }
    return -1;
}
} // namespace

const QStringList& DemoHistory::validatedColumns()
{
    static const QStringList c = [] {
        QStringList out;
        for (const QString& column : AssessmentRepository::columns())
            if (!isDefaulted(column))
                out << column;
        return out;
    }();
    return c;
}

DemoHistory::DemoHistory(const QDate& today, QString now, QStringList assessors)
    : m_today(today), m_now(std::move(now)), m_assessors(std::move(assessors))
{
    if (m_assessors.isEmpty())
        m_assessors << QStringLiteral("Tim Asesor BKPSDM Kota Surabaya");
}

const QStringList& DemoHistory::ratingColumns()
{
    static const QStringList c = {QStringLiteral("employee_id"), QStringLiteral("year"),   QStringLiteral("hasil_kerja"),
                                  QStringLiteral("perilaku"),    QStringLiteral("predikat"), QStringLiteral("source"),
                                  QStringLiteral("updated_at")};
    return c;
}

const QStringList& DemoHistory::sanctionColumns()
{
    static const QStringList c = {QStringLiteral("employee_id"), QStringLiteral("level"),       QStringLiteral("decided_on"),
                                  QStringLiteral("ends_on"),     QStringLiteral("description"), QStringLiteral("updated_at")};
    return c;
}

Status DemoHistory::assessments(BulkInserter& out, BulkInserter& pending, DemoRandom& random, qint64 employeeId, const DemoPerson& person,
                                const QVector<DemoStandardItem>& standard, const QString& team360, int* written) const
{
    if (standard.isEmpty())
        return {};
    // Assessment events between six years ago (or the appointment) and two weeks ago.
    const QDate hi = m_today.addDays(-14);
    QDate lo = std::max(m_today.addYears(-6), person.appointed.addDays(30));
    if (lo > hi)
        lo = hi;
    const int span = int(lo.daysTo(hi));
    static const int eventWeights[] = {60, 27, 13};
    const int events = span < 365 ? 1 : 1 + random.weighted(eventWeights);
    QVector<QDate> dates;
    QVector<QString> methods, assessors;
    for (int i = 0; i < events; ++i)
        dates << lo.addDays(random.between(0, span));
    std::sort(dates.begin(), dates.end());
    for (int i = 0; i < events; ++i) {
        const double r = random.uniform();
        const QString method = r < 0.6 ? QStringLiteral("assessment_center") : r < 0.85 ? QStringLiteral("uji_kompetensi")
                                                                                          : QStringLiteral("360");
        methods << method;
        assessors << (method == u"360" ? team360 : m_assessors.at(random.between(0, int(m_assessors.size()) - 1)));
    }

    // One competency left unassessed for about 3 % (a teknis one when the standard has any).
    int missing = -1;
    if (random.chance(0.03)) {
        QVector<int> teknis;
        for (int i = 0; i < standard.size(); ++i)
            if (standard.at(i).teknis)
                teknis << i;
        missing = teknis.isEmpty() ? random.between(0, int(standard.size()) - 1)
                                   : teknis.at(random.between(0, int(teknis.size()) - 1));
    }

    // One row per event built through AssessmentRepository::values(); per competency only the
    // competency, level and method change, which keeps this hot loop free of allocations.
    static const int competencyColumn = projectedIndex(QStringLiteral("competency_id"));
    static const int levelColumn = projectedIndex(QStringLiteral("level"));
    static const int methodColumn = projectedIndex(QStringLiteral("method"));
    static const QVariant ujiKompetensi(QStringLiteral("uji_kompetensi"));
    Assessment a;
    a.employeeId = employeeId;
    a.status = AssessmentStatus::Validated;
    a.competencyId = standard.first().competencyId;
    a.level = 1;
    QVector<QVariantList> rows;
    for (int ev = 0; ev < events; ++ev) {
        a.assessedOn = dates.at(ev);
        a.method = methods.at(ev);
        a.assessor = assessors.at(ev);
        rows << project(AssessmentRepository::values(a, m_now));
    }
    QVector<int> latestLevels(standard.size(), 0);
    for (int i = 0; i < standard.size(); ++i) {
        if (i == missing)
            continue;
        const DemoStandardItem& item = standard.at(i);
        const double z = 0.6 * person.ability + 0.8 * random.normal();
        int level = std::clamp(item.required + deltaFor(z), 1, 5);
        latestLevels[i] = level;
        for (int ev = events - 1; ev >= 0; --ev) {
            if (ev < events - 1) {
                if (!random.chance(0.45))
                    continue;
                level = std::max(1, level - (random.chance(0.45) ? 1 : 0)); // older: lower or equal
            }
            QVariantList& row = rows[ev];
            row[competencyColumn] = item.competencyId;
            row[levelColumn] = level;
            const bool uji = item.teknis && methods.at(ev) == u"assessment_center";
            const QVariant method = uji ? ujiKompetensi : QVariant(methods.at(ev));
            row[methodColumn] = method;
            if (Status s = out.add(row); !s)
                return s;
            ++*written;
        }
    }

    // A recent result still waiting for validation for about 1 %.
    if (random.chance(0.01)) {
        const int i = random.between(0, int(standard.size()) - 1);
        if (i != missing) {
            a.competencyId = standard.at(i).competencyId;
            a.level = std::min(5, latestLevels.at(i) + (random.chance(0.5) ? 1 : 0));
            a.assessedOn = m_today.addDays(-random.between(0, 13));
            a.method = QStringLiteral("360");
            a.assessor = team360;
            a.status = AssessmentStatus::NeedsValidation;
            if (Status s = pending.add(AssessmentRepository::values(a, m_now)); !s)
                return s;
            ++*written;
        }
    }
    return {};
}

Status DemoHistory::sanction(BulkInserter& out, DemoRandom& random, qint64 employeeId, const DemoPerson& person, int* year,
                             int* written) const
{
    *year = 0;
    const double pick = random.uniform();
    if (pick >= 0.015)
        return {};
    const QDate earliest = std::max(m_today.addYears(-4), person.appointed.addDays(90));
    const QDate latest = m_today.addDays(-20);
    if (earliest > latest)
        return {};
    const QDate decided = earliest.addDays(random.between(0, int(earliest.daysTo(latest))));
    const double r = random.uniform();
    QString level, description;
    QDate ends;
    if (r < 0.7) {
        level = QStringLiteral("ringan");
        static const char* texts[] = {"Teguran lisan: tidak masuk kerja tanpa alasan yang sah selama 3 hari kerja",
                                      "Teguran tertulis: tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja",
                                      "Pernyataan tidak puas secara tertulis: tidak menaati ketentuan jam kerja",
                                      "Teguran tertulis: tidak mencapai sasaran kinerja tanpa alasan yang sah"};
        description = QString::fromUtf8(texts[random.between(0, 3)]);
    } else if (r < 0.9) {
        level = QStringLiteral("sedang");
        const int months = random.chance(0.5) ? 6 : random.chance(0.5) ? 9 : 12;
        ends = decided.addMonths(months);
        description = QStringLiteral("Pemotongan tunjangan kinerja sebesar 25% selama %1 bulan").arg(months);
    } else {
        level = QStringLiteral("berat");
        ends = decided.addMonths(12);
        description = random.chance(0.5) ? QStringLiteral("Penurunan jabatan setingkat lebih rendah selama 12 bulan")
                                         : QStringLiteral("Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan");
    }
    *year = decided.year();
    ++*written;
    return out.add({employeeId, level, sql::date(decided), sql::date(ends), description, m_now});
}

Status DemoHistory::ratings(BulkInserter& out, DemoRandom& random, qint64 employeeId, const DemoPerson& person,
                            int sanctionYear, int* written) const
{
    for (int year = m_today.year() - 3; year <= m_today.year() - 1; ++year) {
        if (year <= person.appointed.year())
            continue;
        const double zh = 0.5 * person.ability + 0.866 * random.normal();
        const int hasil = zh < -1.5 ? -1 : zh > 0.95 ? 1 : 0;
        const double zp = 0.4 * person.ability + 0.3 * zh + 0.85 * random.normal();
        int perilaku = zp < -1.6 ? -1 : zp > 1.0 ? 1 : 0;
        if (year == sanctionYear && random.chance(0.7))
            perilaku = -1;
        if (Status s = out.add({employeeId, year, hasil, perilaku, PerformanceRepository::predikatFor(hasil, perilaku),
                                QStringLiteral("demo"), m_now});
            !s)
            return s;
        ++*written;
    }
    return {};
}

} // namespace karsa
