#pragma once

#include <QString>

namespace karsa {

class SettingsRepository;

// The agency's heading (kop surat) and default signing official, from Settings
// ("organisation/..." and "signature/..." keys), printed on the first page of every PDF.
struct Letterhead
{
    QString government; // "PEMERINTAH KOTA SURABAYA"
    QString agency;     // "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"
    QString address;    // "Jalan Jimerto No. 25-27, Surabaya"
    QString contact;    // "Telp. (031) 5312144 · bkpsdm@surabaya.go.id · bkpsdm.surabaya.go.id"
    QString logoPath;   // optional image file; a missing or unreadable file prints no logo
    QString city;       // place in the signature line: "Surabaya, 29 November 2026"

    QString signerName;
    QString signerNip;   // digits; printed "NIP. 19860926 201505 1 001"
    QString signerTitle; // "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    QString signerRank;  // pangkat/golongan line, optional: "Pembina Utama Muda (IV/c)"
    QString signerOnBehalf; // optional: signs for this office, printed "a.n. Kepala BKPSDM" above the title
    bool signerActing = false; // "Plt." (pelaksana tugas) before the title

    // The database holds the generated demo city ("demo/is_demo"): every printout says so.
    bool demo = false;

    static Letterhead fromSettings(const SettingsRepository& settings);
    // "DATA DEMO — bukan data resmi": on every page of a printout of the demo city.
    static QString demoNotice();
    bool hasSigner() const { return !signerName.isEmpty(); }
    bool isEmpty() const { return government.isEmpty() && agency.isEmpty() && address.isEmpty(); }
};

} // namespace karsa
