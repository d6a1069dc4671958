#include "DemoEvaluation.h"

#include "DemoRandom.h"
#include "evaluation/CycleEvaluation.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace karsa {

namespace {
constexpr quint64 kEvaluationPhase = 7;

const char* const kStrengths[] = {
    "Sigap membantu warga yang datang ke loket.",
    "Laporan selalu rapi dan tepat waktu.",
    "Mau berbagi ilmu dengan rekan baru.",
    "Tenang dan solutif saat ada keluhan.",
    "Disiplin dan dapat dipercaya.",
    "Aktif mengusulkan perbaikan layanan.",
};
const char* const kSuggestions[] = {
    "Lebih terbuka menerima masukan dari rekan.",      "Perlu meningkatkan penguasaan aplikasi layanan daring.",
    "Koordinasi antarbidang bisa lebih sering.",       "Dokumentasi pekerjaan perlu dilengkapi.",
    "Lebih proaktif menyampaikan kendala sejak awal.",
};
const char* const kPublic[] = {
    "Pelayanan cepat dan ramah.",
    "Petugas menjelaskan persyaratan dengan jelas.",
    "Antrean perlu dipercepat.",
    "Terima kasih, urusan selesai hari itu juga.",
};

int clampScore(double v, int max)
{
    return std::clamp(int(std::lround(v)), 1, max);
}
} // namespace

Result<DemoEvaluation::Summary> DemoEvaluation::generate(QSqlDatabase db, quint64 seed, const QDate& today)
{
    Summary summary;
    DemoRandom random = DemoRandom::stream(seed, kEvaluationPhase);
    // The scope: the perangkat daerah whose staff (with sub-units) is closest to 150 people.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, parent_id FROM units")))
        return sql::errorFrom(q);
    QHash<qint64, qint64> parent;
    while (q.next())
        parent.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    auto top = [&parent](qint64 unit) {
        for (int guard = 0; guard < 32 && parent.value(unit) > 0; ++guard)
            unit = parent.value(unit);
        return unit;
    };
    QHash<qint64, int> staff;
    if (!q.exec(QStringLiteral("SELECT unit_id FROM employees WHERE unit_id IS NOT NULL")))
        return sql::errorFrom(q);
    while (q.next())
        staff[top(q.value(0).toLongLong())] += 1;
    qint64 scope = 0;
    int best = std::numeric_limits<int>::max();
    for (auto it = staff.cbegin(); it != staff.cend(); ++it) {
        const int distance = std::abs(it.value() - 150) * 2 + (it.value() < 20 ? 1000 : 0);
        if (distance < best || (distance == best && it.key() < scope)) {
            best = distance;
            scope = it.key();
        }
    }
    if (scope == 0)
        return summary;

    EvaluationRepository repo(db);
    EvaluationCycle cycle;
    const int year = today.year() - 1;
    cycle.name = QStringLiteral("Penilaian Kinerja Tahunan %1").arg(year);
    cycle.year = year;
    cycle.unitId = scope;
    cycle.scaleMax = 5;
    auto cycleId = repo.createCycle(cycle);
    if (!cycleId)
        return cycleId.error();
    summary.cycleId = cycleId.value();
    auto created = repo.generateRaters(summary.cycleId, 5, 5);
    if (!created)
        return created.error();
    auto ce = CycleEvaluation::load(db, summary.cycleId);
    if (!ce)
        return ce.error();
    const auto behaviours = ce->instrument.behaviours();

    // Each employee's true behaviour level; each rater's habit.
    QHash<qint64, double> level;
    for (const EvaluationPerson& p : std::as_const(ce->people))
        level.insert(p.id, 3.55 + 0.45 * random.normal());
    QHash<qint64, double> habit;
    QHash<qint64, bool> halo;
    auto raterHabit = [&](qint64 rater) {
        if (!habit.contains(rater)) {
            const bool lenient = random.chance(0.05);
            habit.insert(rater, lenient ? 0.9 : 0.25 * random.normal());
            halo.insert(rater, random.chance(0.04));
        }
        return habit.value(rater);
    };
    for (const RaterEntry& r : std::as_const(ce->raters)) {
        ++summary.raters;
        if (!random.chance(r.role == RaterRole::Atasan ? 0.96 : r.role == RaterRole::Diri ? 0.93 : 0.88))
            continue; // never returned
        RaterForm f;
        f.cycleId = summary.cycleId;
        f.submitted = true;
        const double base =
            level.value(r.rateeEmployeeId) + raterHabit(r.raterEmployeeId) + (r.role == RaterRole::Diri ? 0.45 : 0.0);
        const bool flat = halo.value(r.raterEmployeeId);
        const int flatScore = clampScore(base + 0.3, 5);
        for (const Behaviour* b : behaviours)
            f.scores.insert(b->id, flat ? flatScore : clampScore(base + 0.55 * random.normal(), 5));
        if (r.role != RaterRole::Diri && random.chance(0.35))
            f.strengths = QString::fromUtf8(kStrengths[random.between(0, int(std::size(kStrengths)) - 1)]);
        if (r.role != RaterRole::Diri && random.chance(0.3))
            f.suggestions = QString::fromUtf8(kSuggestions[random.between(0, int(std::size(kSuggestions)) - 1)]);
        if (Status s = repo.saveAnswers(r.id, f, 5); !s)
            return s.error();
        ++summary.answered;
    }

    // Public feedback: service forms for about a third of the staff, and some for whole units.
    QVector<qint64> servicePel;
    for (const Behaviour* b : behaviours)
        if (b->code.startsWith(u"PEL") || b->code == u"AKU1" || b->code == u"HAR1")
            servicePel.append(b->id);
    int formNo = 0;
    auto addPublic = [&](qint64 employee, qint64 unit, double base) -> Status {
        RaterForm f;
        f.cycleId = summary.cycleId;
        f.role = RaterRole::Masyarakat;
        f.rateeEmployeeId = employee;
        f.rateeUnitId = unit;
        f.source = random.chance(0.5) ? QStringLiteral("kiosk") : QStringLiteral("form");
        f.label = QStringLiteral("F-%1-%2").arg(year).arg(++formNo, 4, 10, QLatin1Char('0'));
        f.submitted = true;
        for (qint64 b : servicePel)
            f.scores.insert(b, clampScore(base + 0.2 + 0.7 * random.normal(), 5));
        if (random.chance(0.25))
            f.strengths = QString::fromUtf8(kPublic[random.between(0, int(std::size(kPublic)) - 1)]);
        auto id = repo.addRater(f, 5);
        if (!id)
            return id.error();
        ++summary.publicForms;
        return {};
    };
    QHash<qint64, int> unitForms;
    for (const EvaluationPerson& p : std::as_const(ce->people)) {
        if (random.chance(0.3)) {
            const int n = random.between(2, 5);
            for (int k = 0; k < n; ++k)
                if (Status s = addPublic(p.id, 0, level.value(p.id)); !s)
                    return s.error();
        }
        if (!unitForms.contains(p.unitId) && random.chance(0.5)) {
            unitForms.insert(p.unitId, 0);
            for (int k = 0; k < 3; ++k)
                if (Status s = addPublic(0, p.unitId, 3.8); !s)
                    return s.error();
        }
    }

    // Hasil kerja from SKP, missing for a few; none yet for those appointed during the year.
    QHash<qint64, int> appointed;
    if (!q.exec(QStringLiteral("SELECT id, tmt_cpns FROM employees")))
        return sql::errorFrom(q);
    while (q.next())
        appointed.insert(q.value(0).toLongLong(), sql::toDate(q.value(1)).year());
    for (const EvaluationPerson& p : std::as_const(ce->people)) {
        if (!random.chance(0.97) || appointed.value(p.id) >= year)
            continue;
        const double u = random.uniform() + (level.value(p.id) - 3.55) * 0.25;
        const int rating = u > 0.82 ? 1 : u < 0.07 ? -1 : 0;
        if (Status s = repo.setHasilKerja(summary.cycleId, p.id, rating); !s)
            return s.error();
    }

    // The demo closes the cycle it has just made, so the version it reads now is the one to expect.
    auto version = sql::rowVersion(db, QStringLiteral("eval_cycles"), summary.cycleId);
    if (!version)
        return version.error();
    auto backup = EvaluationService::close(db, summary.cycleId, version.value());
    if (!backup)
        return backup.error();
    for (const RatingBackup& b : backup.value())
        summary.newRatings += b.previous ? 0 : 1;
    // One calibration: a flagged result moved one step after the unit's calibration meeting.
    auto closed = CycleEvaluation::load(db, summary.cycleId);
    if (!closed)
        return closed.error();
    int chosen = -1;
    bool lenient = true;
    for (int i = 0; i < closed->results.size() && chosen < 0; ++i) {
        const EvaluationResult& r = closed->results.at(i);
        if (r.isFinal() && !r.flags.isEmpty() && r.finalPerilaku() == 1)
            chosen = i;
    }
    for (int i = 0; i < closed->results.size() && chosen < 0; ++i) {
        const EvaluationResult& r = closed->results.at(i);
        if (r.isFinal() && r.finalHasil() == -1 && r.finalPerilaku() >= 0) {
            chosen = i;
            lenient = false;
        }
    }
    if (chosen >= 0) {
        const EvaluationResult& r = closed->results.at(chosen);
        auto outcome =
            lenient
                ? EvaluationService::calibrate(db, summary.cycleId, r.employeeId, r.finalHasil(), 0,
                                               QStringLiteral("Rapat kalibrasi: nilai perilaku dari rekan sejawat "
                                                              "terindikasi terlalu longgar (leniency)."),
                                               QStringLiteral("Tim Penilai Kinerja BKPSDM"))
                : EvaluationService::calibrate(db, summary.cycleId, r.employeeId, 0, r.finalPerilaku(),
                                               QStringLiteral("Keberatan pegawai diterima: capaian SKP dihitung ulang "
                                                              "setelah data triwulan IV dilengkapi."),
                                               QStringLiteral("Tim Penilai Kinerja BKPSDM"));
        if (!outcome)
            return outcome.error();
    }
    return summary;
}

} // namespace karsa
