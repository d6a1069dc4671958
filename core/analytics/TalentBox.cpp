#include "TalentBox.h"

namespace karsa {

int talentBox(KinerjaLevel kinerja, PotensialLevel potensial)
{
    static constexpr int kBoxes[3][3] = {
        {1, 3, 6}, // di bawah ekspektasi: rendah, menengah, tinggi
        {2, 5, 8}, // sesuai ekspektasi
        {4, 7, 9}, // di atas ekspektasi
    };
    return kBoxes[static_cast<int>(kinerja)][static_cast<int>(potensial)];
}

KinerjaLevel boxKinerja(int box)
{
    for (int k = 0; k < 3; ++k)
        for (int p = 0; p < 3; ++p)
            if (talentBox(KinerjaLevel(k), PotensialLevel(p)) == box)
                return KinerjaLevel(k);
    return KinerjaLevel::Bawah;
}

PotensialLevel boxPotensial(int box)
{
    for (int k = 0; k < 3; ++k)
        for (int p = 0; p < 3; ++p)
            if (talentBox(KinerjaLevel(k), PotensialLevel(p)) == box)
                return PotensialLevel(p);
    return PotensialLevel::Rendah;
}

QString talentRecommendation(int box)
{
    // Verbatim from PermenPANRB 3/2020 practice (domain.md 3.1); regulation text, not translated.
    switch (box) {
    case 9:
        return QStringLiteral("Dipromosikan dan dipertahankan; Masuk Kelompok Rencana Suksesi Instansi/Nasional; "
                              "Penghargaan");
    case 8:
        return QStringLiteral("Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/Perluasan jabatan; "
                              "Bimbingan kinerja");
    case 7:
        return QStringLiteral("Dipertahankan; Masuk Kelompok Rencana Suksesi Instansi; Rotasi/Pengayaan jabatan; "
                              "Pengembangan kompetensi; Tugas belajar");
    case 6:
        return QStringLiteral("Penempatan yang sesuai; Bimbingan kinerja; Konseling kinerja");
    case 5:
        return QStringLiteral("Penempatan yang sesuai; Bimbingan kinerja; Pengembangan kompetensi");
    case 4:
        return QStringLiteral("Rotasi; Pengembangan kompetensi");
    case 3:
        return QStringLiteral("Bimbingan kinerja; Konseling kinerja; Pengembangan kompetensi; Penempatan yang sesuai");
    case 2:
        return QStringLiteral("Bimbingan kinerja; Pengembangan kompetensi; Penempatan yang sesuai");
    case 1:
        return QStringLiteral("Diproses sesuai ketentuan peraturan perundangan");
    default:
        return {};
    }
}

QString kinerjaCode(KinerjaLevel level)
{
    switch (level) {
    case KinerjaLevel::Bawah:
        return QStringLiteral("bawah");
    case KinerjaLevel::Sesuai:
        return QStringLiteral("sesuai");
    case KinerjaLevel::Atas:
        return QStringLiteral("atas");
    }
    return {};
}

QString potensialCode(PotensialLevel level)
{
    switch (level) {
    case PotensialLevel::Rendah:
        return QStringLiteral("rendah");
    case PotensialLevel::Menengah:
        return QStringLiteral("menengah");
    case PotensialLevel::Tinggi:
        return QStringLiteral("tinggi");
    }
    return {};
}

QString kinerjaLabel(KinerjaLevel level)
{
    switch (level) {
    case KinerjaLevel::Bawah:
        return QStringLiteral("di bawah ekspektasi");
    case KinerjaLevel::Sesuai:
        return QStringLiteral("sesuai ekspektasi");
    case KinerjaLevel::Atas:
        return QStringLiteral("di atas ekspektasi");
    }
    return {};
}

QString potensialLabel(PotensialLevel level)
{
    return potensialCode(level);
}

std::pair<int, int> kinerjaYears(const QDate& today, const AnalyticsSettings& settings)
{
    const int last = today.year() - 1;
    return {last - std::max(1, settings.kinerjaWindowYears) + 1, last};
}

std::optional<double> kinerjaScore(std::span<const RatingEntry> ratings, const QDate& today,
                                   const AnalyticsSettings& settings)
{
    const auto [from, to] = kinerjaYears(today, settings);
    double sum = 0.0;
    int n = 0;
    for (const RatingEntry& r : ratings) {
        if (r.year < from || r.year > to)
            continue;
        const auto it = settings.predikatScore.constFind(r.predikat);
        if (it == settings.predikatScore.cend())
            continue; // an unknown predikat is not a silent zero
        sum += it.value();
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return roundTo2(sum / n);
}

KinerjaLevel kinerjaLevel(double score, const AnalyticsSettings& settings)
{
    if (score + 1e-9 >= settings.kinerjaAtas)
        return KinerjaLevel::Atas;
    if (score + 1e-9 >= settings.kinerjaSesuai)
        return KinerjaLevel::Sesuai;
    return KinerjaLevel::Bawah;
}

double potensialScore(double jpm, std::span<const PotensialComponent> extra, const AnalyticsSettings& settings)
{
    double sum = jpm * settings.potensialJpmWeight;
    double weights = settings.potensialJpmWeight;
    for (const PotensialComponent& c : extra) {
        sum += c.score * c.weight;
        weights += c.weight;
    }
    return weights > 0.0 ? roundTo2(sum / weights) : jpm;
}

PotensialLevel potensialLevel(double score, const AnalyticsSettings& settings)
{
    if (score + 1e-9 >= settings.potensialTinggi)
        return PotensialLevel::Tinggi;
    if (score + 1e-9 >= settings.potensialMenengah)
        return PotensialLevel::Menengah;
    return PotensialLevel::Rendah;
}

bool failsRekamJejak(std::span<const SanctionEntry> sanctions, const QDate& today, const AnalyticsSettings& settings)
{
    const QDate since = today.addMonths(-settings.rekamJejakMonths);
    for (const SanctionEntry& s : sanctions) {
        if (!settings.disqualifyingLevels.contains(s.level))
            continue;
        if (s.decidedOn.isValid() && s.decidedOn > today)
            continue; // not yet decided as of today
        const bool decidedInWindow = s.decidedOn.isValid() && s.decidedOn >= since;
        const bool runningInWindow = s.endsOn.isValid() && s.endsOn >= since;
        if (decidedInWindow || runningInWindow)
            return true;
    }
    return false;
}

TalentResult placeTalent(const JpmResult& jpm, std::span<const RatingEntry> ratings,
                         std::span<const SanctionEntry> sanctions, const QDate& today,
                         const AnalyticsSettings& settings, std::span<const PotensialComponent> extra)
{
    TalentResult t;
    t.kinerja = kinerjaScore(ratings, today, settings);
    if (jpm.complete())
        t.potensial = potensialScore(jpm.jpm, extra, settings);
    if (t.kinerja && t.potensial)
        t.box = talentBox(kinerjaLevel(*t.kinerja, settings), potensialLevel(*t.potensial, settings));
    t.rekamJejakFlag = failsRekamJejak(sanctions, today, settings);
    return t;
}

} // namespace karsa
