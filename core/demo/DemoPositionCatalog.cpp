#include "DemoPositionCatalog.h"

#include "refdata/ReferenceCatalog.h"

#include <QHash>

namespace karsa {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList codes(const char* list) // "T.01 T.02"
{
    return s(list).split(u' ', Qt::SkipEmptyParts);
}

using Templates = QVector<DemoStaffTemplate>;

// A pelaksana seat.
void pl(Templates& out, const char* name, int kelas, const char* edu, const char* field, const char* tech, int weight,
        int pppk = 8)
{
    DemoStaffTemplate t;
    t.name = s(name);
    t.jenjang = QStringLiteral("pelaksana");
    t.kelas = kelas;
    t.education = DemoPositionCatalog::parseEducation(s(edu));
    t.minEducation = QStringLiteral("SMA");
    t.field = s(field);
    t.technical = codes(tech);
    t.weight = weight;
    t.pppk = pppk;
    out << t;
}

QString defaultEducation(const QString& jenjang)
{
    static const QHash<QString, QString> d = {
        {QStringLiteral("pemula"), QStringLiteral("SMA:100")},
        {QStringLiteral("terampil"), QStringLiteral("D3:100")},
        {QStringLiteral("mahir"), QStringLiteral("D3:85,S1:15")},
        {QStringLiteral("penyelia"), QStringLiteral("D3:70,S1:30")},
        {QStringLiteral("ahli_pertama"), QStringLiteral("S1:85,D4:10,S2:5")},
        {QStringLiteral("ahli_muda"), QStringLiteral("S1:65,S2:30,D4:5")},
        {QStringLiteral("ahli_madya"), QStringLiteral("S2:75,S1:20,S3:5")},
        {QStringLiteral("ahli_utama"), QStringLiteral("S2:60,S3:40")}};
    return d.value(jenjang, QStringLiteral("S1:100"));
}

// Jabatan fungsional seats: one per jenjang, "terampil:3,ahli_pertama:2" = relative weights.
// edu overrides the education of every jenjang ("" = the jenjang's default).
void jf(Templates& out, const char* base, const char* ladder, const char* field, const char* tech, int pppk = 10,
        const char* edu = "")
{
    const ReferenceCatalog& cat = ReferenceCatalog::instance();
    for (const QString& part : s(ladder).split(u',', Qt::SkipEmptyParts)) {
        const QString jenjang = part.section(u':', 0, 0);
        const JenjangInfo* info = cat.jenjang(jenjang);
        if (!info)
            continue;
        DemoStaffTemplate t;
        t.name = s(base) + u' ' + info->name;
        t.jenjang = jenjang;
        t.kelas = DemoPositionCatalog::defaultKelas(jenjang);
        const QString eduSpec = *edu ? s(edu) : defaultEducation(jenjang);
        t.education = DemoPositionCatalog::parseEducation(eduSpec);
        const bool keahlian = info->family == u"fungsional_keahlian";
        t.minEducation = keahlian ? QStringLiteral("S1") : (eduSpec.contains(u"SMA") ? QStringLiteral("SMA") : QStringLiteral("D3"));
        t.field = s(field);
        t.technical = codes(tech);
        t.weight = part.section(u':', 1, 1).toInt();
        t.pppk = pppk;
        out << t;
    }
}

void administration(Templates& t)
{
    pl(t, "Pengadministrasi Perkantoran", 5, "SMA:60,D3:20,S1:20", "umum", "T.08", 4);
    pl(t, "Pengelola Keuangan", 7, "S1:60,D3:40", "keuangan", "T.02", 3, 4);
    pl(t, "Pengelola Barang Milik Daerah", 6, "SMA:30,D3:30,S1:40", "umum", "T.03", 1, 4);
    pl(t, "Pengolah Data dan Informasi", 6, "D3:40,S1:40,SMA:20", "ti", "T.09", 2);
    jf(t, "Analis SDM Aparatur", "ahli_pertama:2,ahli_muda:1", "sdm", "T.01", 6);
    jf(t, "Perencana", "ahli_pertama:1,ahli_muda:1", "perencanaan", "T.04", 6);
    jf(t, "Arsiparis", "terampil:1", "arsip", "T.08", 10);
}

void health(Templates& t) // puskesmas
{
    jf(t, "Dokter", "ahli_pertama:3,ahli_muda:1", "dokter", "T.11 T.10", 25, "S1:85,S2:15");
    jf(t, "Dokter Gigi", "ahli_pertama:1", "dokter_gigi", "T.11", 25, "S1:100");
    jf(t, "Perawat", "terampil:4,mahir:1,ahli_pertama:3", "perawat", "T.12 T.10", 30);
    jf(t, "Bidan", "terampil:3,mahir:1,ahli_pertama:1", "bidan", "T.13 T.10", 30, "D3:80,D4:20");
    jf(t, "Tenaga Sanitasi Lingkungan", "terampil:1", "sanitasi", "T.10 T.21", 20);
    jf(t, "Nutrisionis", "terampil:1", "gizi", "T.10", 20);
    jf(t, "Pranata Laboratorium Kesehatan", "terampil:1", "lab", "T.11", 20);
    jf(t, "Asisten Apoteker", "terampil:1", "farmasi", "T.11", 20);
    jf(t, "Perekam Medis", "terampil:1", "rekam_medis", "T.11 T.09", 20);
    jf(t, "Penyuluh Kesehatan Masyarakat", "ahli_pertama:1", "kesmas", "T.10", 15);
    pl(t, "Pengadministrasi Perkantoran", 5, "SMA:60,D3:30,S1:10", "umum", "T.08", 2);
    pl(t, "Pengelola Keuangan", 7, "D3:50,S1:50", "keuangan", "T.02", 1, 4);
}

void hospital(Templates& t)
{
    jf(t, "Dokter", "ahli_pertama:3", "dokter", "T.11", 25, "S1:100");
    jf(t, "Dokter", "ahli_muda:2,ahli_madya:1", "dokter_spesialis", "T.11", 10, "S2:100");
    jf(t, "Dokter Gigi", "ahli_pertama:1", "dokter_gigi", "T.11", 25, "S1:100");
    jf(t, "Perawat", "terampil:8,mahir:4,penyelia:1,ahli_pertama:5,ahli_muda:2", "perawat", "T.12 T.11", 30);
    jf(t, "Bidan", "terampil:2,ahli_pertama:1", "bidan", "T.13", 30, "D3:75,D4:25");
    jf(t, "Apoteker", "ahli_pertama:1", "farmasi", "T.11", 20, "S1:100");
    jf(t, "Asisten Apoteker", "terampil:1", "farmasi", "T.11", 20);
    jf(t, "Radiografer", "terampil:1", "radiologi", "T.11", 20);
    jf(t, "Pranata Laboratorium Kesehatan", "terampil:1", "lab", "T.11", 20);
    jf(t, "Perekam Medis", "terampil:1", "rekam_medis", "T.11 T.09", 20);
    jf(t, "Nutrisionis", "terampil:1", "gizi", "T.11", 20);
    jf(t, "Fisioterapis", "terampil:1", "fisioterapi", "T.11", 20);
    jf(t, "Administrator Kesehatan", "ahli_pertama:1", "kesmas", "T.10 T.04", 10);
    pl(t, "Pengadministrasi Perkantoran", 5, "SMA:60,D3:30,S1:10", "umum", "T.08", 2);
}

Templates sectorStaff(const QString& sector)
{
    Templates t;
    if (sector == u"pengawasan") {
        jf(t, "Auditor", "ahli_pertama:3,ahli_muda:3,ahli_madya:1", "keuangan", "T.06 T.02", 3);
        jf(t, "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "ahli_pertama:1,ahli_muda:2", "umum", "T.06 T.07", 3);
        pl(t, "Pengadministrasi Perkantoran", 5, "SMA:50,D3:30,S1:20", "umum", "T.08", 1);
    } else if (sector == u"setwan") {
        jf(t, "Analis Kebijakan", "ahli_pertama:1,ahli_muda:1", "umum", "T.04 T.07", 4);
        jf(t, "Perancang Peraturan Perundang-undangan", "ahli_pertama:1,ahli_muda:1", "hukum", "T.07", 4);
        jf(t, "Pranata Hubungan Masyarakat", "ahli_pertama:1", "komunikasi", "T.27", 6);
        pl(t, "Pengadministrasi Persidangan", 5, "SMA:50,D3:20,S1:30", "umum", "T.08 T.07", 3);
        pl(t, "Pengelola Keuangan", 7, "S1:60,D3:40", "keuangan", "T.02", 2, 4);
    } else if (sector == u"setda_hukum") {
        jf(t, "Perancang Peraturan Perundang-undangan", "ahli_pertama:2,ahli_muda:1", "hukum", "T.07", 4);
        jf(t, "Analis Hukum", "ahli_pertama:2,ahli_muda:1", "hukum", "T.07", 4);
        pl(t, "Pengadministrasi Perkantoran", 5, "SMA:40,D3:20,S1:40", "umum", "T.08", 1);
    } else if (sector == u"setda_organisasi") {
        jf(t, "Analis Kebijakan", "ahli_pertama:2,ahli_muda:1", "umum", "T.04 T.01", 4);
        jf(t, "Analis SDM Aparatur", "ahli_pertama:1,ahli_muda:1", "sdm", "T.01", 4);
        pl(t, "Penata Kelembagaan dan Tata Laksana", 7, "S1:100", "umum", "T.01 T.04", 2);
    } else if (sector == u"setda_pemkesra") {
        jf(t, "Analis Kebijakan", "ahli_pertama:2,ahli_muda:1", "pemerintahan", "T.18 T.20", 4);
        pl(t, "Pengelola Kesejahteraan Rakyat", 6, "SMA:30,D3:20,S1:50", "sosial", "T.20", 2);
    } else if (sector == u"setda_pbj") {
        jf(t, "Pengelola Pengadaan Barang/Jasa", "ahli_pertama:3,ahli_muda:2,ahli_madya:1", "umum", "T.05", 4);
        pl(t, "Pengadministrasi Pengadaan", 6, "D3:40,S1:60", "umum", "T.05 T.08", 2);
    } else if (sector == u"setda_ekonomi") {
        jf(t, "Analis Kebijakan", "ahli_pertama:2,ahli_muda:1", "ekonomi", "T.26 T.04", 4);
        pl(t, "Pengelola Data Perekonomian", 6, "D3:30,S1:70", "ekonomi", "T.26", 2);
    } else if (sector == u"setda_umum") {
        jf(t, "Pranata Hubungan Masyarakat", "ahli_pertama:2,ahli_muda:1", "komunikasi", "T.27", 6);
        pl(t, "Pengelola Protokol", 6, "SMA:30,D3:30,S1:40", "komunikasi", "T.27", 2);
        pl(t, "Pengadministrasi Perkantoran", 5, "SMA:60,D3:20,S1:20", "umum", "T.08 T.03", 3);
        pl(t, "Pengemudi Pimpinan", 5, "SMA:100", "lapangan", "T.03", 2, 15);
    } else if (sector == u"sdm") {
        jf(t, "Analis SDM Aparatur", "ahli_pertama:4,ahli_muda:3,ahli_madya:1", "sdm", "T.01", 4);
        jf(t, "Asesor SDM Aparatur", "ahli_pertama:1,ahli_muda:1", "psikologi", "T.01", 4);
        jf(t, "Pranata SDM Aparatur", "terampil:2,mahir:1", "umum", "T.01 T.08", 8, "D3:100");
        pl(t, "Pengolah Data Kepegawaian", 6, "D3:40,S1:60", "ti", "T.01 T.09", 2);
    } else if (sector == u"kesbangpol") {
        jf(t, "Analis Kebijakan", "ahli_pertama:1,ahli_muda:1", "pemerintahan", "T.32", 4);
        pl(t, "Pengelola Ketahanan Nasional", 7, "S1:100", "pemerintahan", "T.32", 3);
        pl(t, "Pengadministrasi Perkantoran", 5, "SMA:60,D3:20,S1:20", "umum", "T.08", 1);
    } else if (sector == u"bencana") {
        jf(t, "Penata Penanggulangan Bencana", "ahli_pertama:2,ahli_muda:1", "lingkungan", "T.17", 6);
        pl(t, "Operator Pusat Pengendalian Operasi", 5, "SMA:70,D3:30", "ti", "T.17 T.09", 3, 15);
        pl(t, "Petugas Tanggap Darurat", 5, "SMA:100", "lapangan", "T.17", 4, 15);
    } else if (sector == u"keuangan") {
        jf(t, "Analis Pengelolaan Keuangan APBD", "ahli_pertama:3,ahli_muda:2", "keuangan", "T.02", 4);
        jf(t, "Analis Anggaran", "ahli_pertama:1,ahli_muda:1", "keuangan", "T.02 T.04", 4);
        jf(t, "Penilai Pemerintah", "ahli_pertama:1", "ekonomi", "T.03", 4);
        pl(t, "Pengelola Barang Milik Daerah", 6, "D3:40,S1:60", "umum", "T.03", 2);
        pl(t, "Penata Laporan Keuangan", 7, "D3:30,S1:70", "keuangan", "T.02", 3);
    } else if (sector == u"perencanaan") {
        jf(t, "Perencana", "ahli_pertama:3,ahli_muda:3,ahli_madya:1", "perencanaan", "T.04", 4);
        jf(t, "Analis Kebijakan", "ahli_muda:1", "umum", "T.04", 4);
        jf(t, "Statistisi", "ahli_pertama:1", "statistik", "T.04 T.09", 4);
        pl(t, "Pengolah Data Perencanaan", 6, "D3:40,S1:60", "statistik", "T.04", 2);
    } else if (sector == u"trantib") {
        jf(t, "Polisi Pamong Praja", "terampil:6,mahir:3,penyelia:1", "lapangan", "T.15", 8, "SMA:65,D3:35");
        jf(t, "Polisi Pamong Praja", "ahli_pertama:1", "hukum", "T.15 T.07", 5);
        pl(t, "Pengelola Ketenteraman dan Ketertiban", 6, "SMA:70,D3:10,S1:20", "hukum", "T.15", 3, 15);
    } else if (sector == u"pariwisata") {
        jf(t, "Pamong Budaya", "ahli_pertama:1,ahli_muda:1", "pariwisata", "T.29", 6);
        jf(t, "Adyatama Kepariwisataan dan Ekonomi Kreatif", "ahli_pertama:1", "pariwisata", "T.29", 6);
        pl(t, "Pengelola Sarana Olahraga dan Kepemudaan", 6, "SMA:50,D3:20,S1:30", "umum", "T.29", 2);
    } else if (sector == u"adminduk") {
        jf(t, "Administrator Database Kependudukan", "ahli_pertama:1,ahli_muda:1", "ti", "T.14 T.09", 6);
        jf(t, "Pranata Komputer", "terampil:1", "ti", "T.09", 10);
        pl(t, "Pengolah Data Kependudukan", 6, "SMA:40,D3:30,S1:30", "umum", "T.14", 4, 12);
        pl(t, "Operator Layanan Operasional", 5, "SMA:70,D3:30", "umum", "T.14", 3, 15);
    } else if (sector == u"kesehatan") {
        jf(t, "Administrator Kesehatan", "ahli_pertama:2,ahli_muda:1", "kesmas", "T.10 T.04", 8);
        jf(t, "Epidemiolog Kesehatan", "ahli_pertama:1,ahli_muda:1", "kesmas", "T.10", 8);
        jf(t, "Penyuluh Kesehatan Masyarakat", "ahli_pertama:1", "kesmas", "T.10", 8);
        jf(t, "Tenaga Sanitasi Lingkungan", "terampil:1,ahli_pertama:1", "sanitasi", "T.10 T.21", 10);
        jf(t, "Apoteker", "ahli_pertama:1", "farmasi", "T.11", 8, "S1:100");
        pl(t, "Pengelola Data Kesehatan", 6, "D3:40,S1:60", "kesmas", "T.10 T.09", 2);
    } else if (sector == u"pertanian") {
        jf(t, "Penyuluh Pertanian", "terampil:1,ahli_pertama:2", "pertanian", "T.25", 8);
        jf(t, "Medik Veteriner", "ahli_pertama:1", "veteriner", "T.25", 8, "S1:100");
        jf(t, "Paramedik Veteriner", "terampil:1", "veteriner", "T.25", 8);
        jf(t, "Analis Ketahanan Pangan", "ahli_pertama:1", "pertanian", "T.25", 8);
        pl(t, "Pengelola Ketahanan Pangan", 6, "SMA:30,D3:30,S1:40", "pertanian", "T.25", 2);
    } else if (sector == u"kominfo") {
        jf(t, "Pranata Komputer", "terampil:2,ahli_pertama:3,ahli_muda:1", "ti", "T.09", 10);
        jf(t, "Pranata Hubungan Masyarakat", "ahli_pertama:2,ahli_muda:1", "komunikasi", "T.27", 8);
        jf(t, "Statistisi", "ahli_pertama:1", "statistik", "T.09 T.04", 6);
        jf(t, "Sandiman", "ahli_pertama:1", "ti", "T.09", 4);
        pl(t, "Pengelola Layanan Informasi Publik", 6, "D3:40,S1:60", "komunikasi", "T.27", 2);
    } else if (sector == u"perdagangan") {
        jf(t, "Pengawas Koperasi", "ahli_pertama:1,ahli_muda:1", "ekonomi", "T.26", 6);
        jf(t, "Penera", "terampil:1,mahir:1", "teknik_mesin", "T.26", 6);
        jf(t, "Pengawas Perdagangan", "ahli_pertama:1", "ekonomi", "T.26", 6);
        pl(t, "Pengelola Pasar", 5, "SMA:70,D3:10,S1:20", "ekonomi", "T.26", 3, 12);
        pl(t, "Pendamping UMKM", 6, "D3:30,S1:70", "ekonomi", "T.26", 2, 12);
    } else if (sector == u"lingkungan") {
        jf(t, "Pengendali Dampak Lingkungan", "ahli_pertama:2,ahli_muda:1", "lingkungan", "T.21", 6);
        jf(t, "Pengawas Lingkungan Hidup", "ahli_pertama:1", "lingkungan", "T.21", 6);
        pl(t, "Pengawas Lapangan Kebersihan dan Pertamanan", 5, "SMA:100", "lapangan", "T.21", 5, 15);
        pl(t, "Pengelola Ruang Terbuka Hijau", 6, "D3:30,S1:70", "pertanian", "T.21", 2);
    } else if (sector == u"damkar") {
        jf(t, "Pemadam Kebakaran", "pemula:3,terampil:6", "lapangan", "T.16 T.17", 10, "SMA:100");
        jf(t, "Pemadam Kebakaran", "mahir:2,penyelia:1", "lapangan", "T.16 T.17", 6, "SMA:60,D3:40");
        jf(t, "Analis Kebakaran", "ahli_pertama:1,ahli_muda:1", "teknik_sipil", "T.16", 5);
        pl(t, "Operator Komunikasi Kedaruratan", 5, "SMA:70,D3:30", "ti", "T.16 T.09", 2, 12);
    } else if (sector == u"ppa") {
        jf(t, "Penyuluh Keluarga Berencana", "ahli_pertama:2,ahli_muda:1", "sosial", "T.31", 8);
        jf(t, "Analis Kebijakan", "ahli_pertama:1", "sosial", "T.31", 6);
        jf(t, "Psikolog Klinis", "ahli_pertama:1", "psikologi", "T.31", 8);
        pl(t, "Pendamping Perlindungan Perempuan dan Anak", 6, "D3:30,S1:70", "sosial", "T.31 T.20", 3, 12);
    } else if (sector == u"perizinan") {
        jf(t, "Penata Perizinan", "ahli_pertama:2,ahli_muda:1", "umum", "T.19", 6);
        jf(t, "Penata Kelola Penanaman Modal", "ahli_pertama:1", "ekonomi", "T.19", 6);
        pl(t, "Pengelola Perizinan", 6, "SMA:20,D3:30,S1:50", "umum", "T.19", 3);
        pl(t, "Operator Layanan Operasional", 5, "SMA:70,D3:30", "umum", "T.19", 2, 12);
    } else if (sector == u"pendidikan") {
        jf(t, "Pengawas Sekolah", "ahli_muda:2,ahli_madya:2", "pendidikan", "T.24", 2, "S2:60,S1:40");
        jf(t, "Penilik", "ahli_pertama:1,ahli_muda:1", "pendidikan", "T.24", 6);
        jf(t, "Pamong Belajar", "ahli_pertama:2,ahli_muda:1", "pendidikan", "T.24", 8);
        pl(t, "Pengelola Data Pendidikan", 6, "D3:40,S1:60", "ti", "T.24 T.09", 2);
    } else if (sector == u"perhubungan") {
        jf(t, "Penguji Kendaraan Bermotor", "terampil:2,mahir:1,ahli_pertama:1", "teknik_mesin", "T.22", 8);
        pl(t, "Petugas Pengatur Lalu Lintas", 5, "SMA:100", "lapangan", "T.22 T.15", 6, 15);
        pl(t, "Pengelola Perparkiran", 6, "SMA:70,D3:30", "lapangan", "T.22", 2, 15);
        pl(t, "Analis Lalu Lintas", 7, "S1:100", "teknik_sipil", "T.22", 1);
    } else if (sector == u"tenaga_kerja") {
        jf(t, "Mediator Hubungan Industrial", "ahli_pertama:1,ahli_muda:1", "hukum", "T.30", 6);
        jf(t, "Pengantar Kerja", "ahli_pertama:1,ahli_muda:1", "umum", "T.30", 6);
        jf(t, "Instruktur", "terampil:1,ahli_pertama:1", "teknik_mesin", "T.30", 8);
        pl(t, "Pembina Industri", 7, "S1:100", "teknik_mesin", "T.30", 2);
    } else if (sector == u"arsip") {
        jf(t, "Pustakawan", "terampil:2,ahli_pertama:2,ahli_muda:1", "perpustakaan", "T.28", 8);
        jf(t, "Arsiparis", "terampil:2,ahli_pertama:2,ahli_muda:1", "arsip", "T.08", 8);
        pl(t, "Pengelola Layanan Perpustakaan", 6, "SMA:40,D3:30,S1:30", "perpustakaan", "T.28", 2);
    } else if (sector == u"pu" || sector == u"perumahan") {
        jf(t, "Teknik Jalan dan Jembatan", "ahli_pertama:2,ahli_muda:1", "teknik_sipil", "T.23", 6);
        jf(t, "Teknik Pengairan", "ahli_pertama:2,ahli_muda:1", "teknik_sipil", "T.23", 6);
        jf(t, "Teknik Tata Bangunan dan Perumahan", "ahli_pertama:2", "teknik_sipil", "T.23", 6);
        jf(t, "Penata Ruang", "ahli_pertama:1,ahli_muda:1", "planologi", "T.23 T.04", 6);
        pl(t, "Pengawas Lapangan Pekerjaan Umum", 6, "SMA:50,D3:50", "teknik_sipil", "T.23", 3, 12);
        if (sector == u"pu")
            pl(t, "Operator Rumah Pompa", 5, "SMA:100", "lapangan", "T.23", 4, 15);
        else
            pl(t, "Penata Kelola Pertanahan", 7, "S1:100", "hukum", "T.23 T.07", 2);
    } else if (sector == u"sosial") {
        jf(t, "Pekerja Sosial", "terampil:2,ahli_pertama:2,ahli_muda:1", "sosial", "T.20", 10);
        jf(t, "Penyuluh Sosial", "ahli_pertama:1", "sosial", "T.20", 8);
        pl(t, "Pramu Sosial", 5, "SMA:100", "sosial", "T.20", 3, 15);
        pl(t, "Pengelola Data Jaminan Sosial", 6, "D3:40,S1:60", "ti", "T.20 T.09", 2);
    } else {
        pl(t, "Pengadministrasi Perkantoran", 5, "SMA:60,D3:20,S1:20", "umum", "T.08", 2);
        pl(t, "Pengelola Layanan Operasional", 7, "S1:100", "umum", "T.04", 2);
    }
    return t;
}

} // namespace

QVector<DemoEduOption> DemoPositionCatalog::parseEducation(const QString& spec)
{
    QVector<DemoEduOption> out;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts))
        out.append({part.section(u':', 0, 0), std::max(1, part.section(u':', 1, 1).toInt())});
    return out;
}

int DemoPositionCatalog::defaultKelas(const QString& jenjang)
{
    static const QHash<QString, int> k = {{QStringLiteral("pemula"), 5},       {QStringLiteral("terampil"), 6},
                                          {QStringLiteral("mahir"), 7},        {QStringLiteral("penyelia"), 8},
                                          {QStringLiteral("ahli_pertama"), 8}, {QStringLiteral("ahli_muda"), 9},
                                          {QStringLiteral("ahli_madya"), 11},  {QStringLiteral("ahli_utama"), 13},
                                          {QStringLiteral("pelaksana"), 6},    {QStringLiteral("pengawas"), 9},
                                          {QStringLiteral("administrator"), 11}, {QStringLiteral("jpt_pratama"), 14}};
    return k.value(jenjang, 6);
}

int DemoPositionCatalog::technicalLevel(const QString& jenjang)
{
    static const QHash<QString, int> k = {{QStringLiteral("pemula"), 1},       {QStringLiteral("terampil"), 2},
                                          {QStringLiteral("mahir"), 2},        {QStringLiteral("penyelia"), 3},
                                          {QStringLiteral("ahli_pertama"), 2}, {QStringLiteral("ahli_muda"), 3},
                                          {QStringLiteral("ahli_madya"), 4},   {QStringLiteral("ahli_utama"), 4},
                                          {QStringLiteral("pelaksana"), 1},    {QStringLiteral("pengawas"), 3},
                                          {QStringLiteral("administrator"), 3}, {QStringLiteral("jpt_pratama"), 4}};
    return k.value(jenjang, 2);
}

QString DemoPositionCatalog::sectorOf(const QString& code)
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("INSPEKTORAT"), QStringLiteral("pengawasan")},   {QStringLiteral("SETWAN"), QStringLiteral("setwan")},
        {QStringLiteral("BAG-HUKUM"), QStringLiteral("setda_hukum")},    {QStringLiteral("BAG-ORGANISASI"), QStringLiteral("setda_organisasi")},
        {QStringLiteral("BAG-PEMKESRA"), QStringLiteral("setda_pemkesra")}, {QStringLiteral("BAG-PBJAP"), QStringLiteral("setda_pbj")},
        {QStringLiteral("BAG-PEREKONOMIAN"), QStringLiteral("setda_ekonomi")}, {QStringLiteral("BAG-UMUM"), QStringLiteral("setda_umum")},
        {QStringLiteral("BKPSDM"), QStringLiteral("sdm")},               {QStringLiteral("BAKESBANGPOL"), QStringLiteral("kesbangpol")},
        {QStringLiteral("BPBD"), QStringLiteral("bencana")},             {QStringLiteral("BPKAD"), QStringLiteral("keuangan")},
        {QStringLiteral("BAPPEDALITBANG"), QStringLiteral("perencanaan")}, {QStringLiteral("SATPOLPP"), QStringLiteral("trantib")},
        {QStringLiteral("RSUD-SOEWANDHIE"), QStringLiteral("rumah_sakit")}, {QStringLiteral("RSUD-BDH"), QStringLiteral("rumah_sakit")},
        {QStringLiteral("DISBUDPORAPAR"), QStringLiteral("pariwisata")}, {QStringLiteral("DISPENDUKCAPIL"), QStringLiteral("adminduk")},
        {QStringLiteral("DINKES"), QStringLiteral("kesehatan")},         {QStringLiteral("DKPP"), QStringLiteral("pertanian")},
        {QStringLiteral("DISKOMINFO"), QStringLiteral("kominfo")},       {QStringLiteral("DINKOPUMDAG"), QStringLiteral("perdagangan")},
        {QStringLiteral("DLH"), QStringLiteral("lingkungan")},           {QStringLiteral("DAMKAR"), QStringLiteral("damkar")},
        {QStringLiteral("DP3APPKB"), QStringLiteral("ppa")},             {QStringLiteral("DPMPTSP"), QStringLiteral("perizinan")},
        {QStringLiteral("DISPENDIK"), QStringLiteral("pendidikan")},     {QStringLiteral("DISHUB"), QStringLiteral("perhubungan")},
        {QStringLiteral("DISPERINAKER"), QStringLiteral("tenaga_kerja")}, {QStringLiteral("DISPUSIP"), QStringLiteral("arsip")},
        {QStringLiteral("DPRKPP"), QStringLiteral("perumahan")},         {QStringLiteral("DINSOS"), QStringLiteral("sosial")},
        {QStringLiteral("DSDABM"), QStringLiteral("pu")}};
    if (code.startsWith(u"KEC-"))
        return QStringLiteral("kewilayahan");
    return m.value(code, QStringLiteral("umum"));
}

QString DemoPositionCatalog::headField(const QString& sector)
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("pengawasan"), QStringLiteral("keuangan")}, {QStringLiteral("setda_hukum"), QStringLiteral("hukum")},
        {QStringLiteral("sdm"), QStringLiteral("sdm")},             {QStringLiteral("keuangan"), QStringLiteral("keuangan")},
        {QStringLiteral("perencanaan"), QStringLiteral("perencanaan")}, {QStringLiteral("trantib"), QStringLiteral("hukum")},
        {QStringLiteral("rumah_sakit"), QStringLiteral("dokter")},  {QStringLiteral("kesehatan"), QStringLiteral("kesmas")},
        {QStringLiteral("pertanian"), QStringLiteral("pertanian")}, {QStringLiteral("kominfo"), QStringLiteral("ti")},
        {QStringLiteral("perdagangan"), QStringLiteral("ekonomi")}, {QStringLiteral("lingkungan"), QStringLiteral("lingkungan")},
        {QStringLiteral("ppa"), QStringLiteral("sosial")},          {QStringLiteral("pendidikan"), QStringLiteral("pendidikan")},
        {QStringLiteral("pu"), QStringLiteral("teknik_sipil")},     {QStringLiteral("perumahan"), QStringLiteral("teknik_sipil")},
        {QStringLiteral("sosial"), QStringLiteral("sosial")},       {QStringLiteral("kewilayahan"), QStringLiteral("pemerintahan")},
        {QStringLiteral("arsip"), QStringLiteral("arsip")},         {QStringLiteral("setda_ekonomi"), QStringLiteral("ekonomi")},
        {QStringLiteral("pariwisata"), QStringLiteral("pariwisata")}, {QStringLiteral("setwan"), QStringLiteral("hukum")}};
    return m.value(sector, QStringLiteral("umum"));
}

QStringList DemoPositionCatalog::headTechnical(const QString& sector, const QString& kind)
{
    if (kind == u"sekretariat")
        return codes("T.02 T.01 T.04");
    if (kind == u"kelurahan")
        return codes("T.18 T.14");
    if (kind == u"puskesmas")
        return codes("T.10 T.11");
    static const QHash<QString, QString> m = {
        {QStringLiteral("pengawasan"), QStringLiteral("T.06 T.02")},  {QStringLiteral("setwan"), QStringLiteral("T.07 T.27")},
        {QStringLiteral("setda_hukum"), QStringLiteral("T.07")},      {QStringLiteral("setda_organisasi"), QStringLiteral("T.01 T.04")},
        {QStringLiteral("setda_pemkesra"), QStringLiteral("T.18 T.20")}, {QStringLiteral("setda_pbj"), QStringLiteral("T.05")},
        {QStringLiteral("setda_ekonomi"), QStringLiteral("T.26 T.04")}, {QStringLiteral("setda_umum"), QStringLiteral("T.27 T.03")},
        {QStringLiteral("sdm"), QStringLiteral("T.01")},              {QStringLiteral("kesbangpol"), QStringLiteral("T.32")},
        {QStringLiteral("bencana"), QStringLiteral("T.17")},          {QStringLiteral("keuangan"), QStringLiteral("T.02 T.03")},
        {QStringLiteral("perencanaan"), QStringLiteral("T.04")},      {QStringLiteral("trantib"), QStringLiteral("T.15")},
        {QStringLiteral("rumah_sakit"), QStringLiteral("T.11 T.12")}, {QStringLiteral("pariwisata"), QStringLiteral("T.29")},
        {QStringLiteral("adminduk"), QStringLiteral("T.14 T.09")},    {QStringLiteral("kesehatan"), QStringLiteral("T.10 T.11")},
        {QStringLiteral("pertanian"), QStringLiteral("T.25")},        {QStringLiteral("kominfo"), QStringLiteral("T.09 T.27")},
        {QStringLiteral("perdagangan"), QStringLiteral("T.26")},      {QStringLiteral("lingkungan"), QStringLiteral("T.21")},
        {QStringLiteral("damkar"), QStringLiteral("T.16 T.17")},      {QStringLiteral("ppa"), QStringLiteral("T.31 T.20")},
        {QStringLiteral("perizinan"), QStringLiteral("T.19")},        {QStringLiteral("pendidikan"), QStringLiteral("T.24")},
        {QStringLiteral("perhubungan"), QStringLiteral("T.22")},      {QStringLiteral("tenaga_kerja"), QStringLiteral("T.30")},
        {QStringLiteral("arsip"), QStringLiteral("T.08 T.28")},       {QStringLiteral("perumahan"), QStringLiteral("T.23")},
        {QStringLiteral("pu"), QStringLiteral("T.23")},               {QStringLiteral("sosial"), QStringLiteral("T.20")},
        {QStringLiteral("kewilayahan"), QStringLiteral("T.18 T.15")}};
    QStringList out = m.value(sector, QStringLiteral("T.04")).split(u' ', Qt::SkipEmptyParts);
    if (kind == u"perangkat_daerah" && out.size() < 3 && !out.contains(QStringLiteral("T.04")))
        out << QStringLiteral("T.04"); // heads of a perangkat daerah own its plans
    return out;
}

QVector<DemoStaffTemplate> DemoPositionCatalog::staffFor(const QString& sector, const QString& kind, const QString& code)
{
    Templates t;
    if (kind == u"sekretariat" || (kind == u"bagian" && sector == u"rumah_sakit")) {
        administration(t);
    } else if (kind == u"puskesmas") {
        health(t);
    } else if (sector == u"rumah_sakit") {
        hospital(t);
    } else if (kind == u"kecamatan") {
        pl(t, "Pengadministrasi Perkantoran", 5, "SMA:60,D3:20,S1:20", "umum", "T.08", 3);
        pl(t, "Pengelola Keuangan", 7, "D3:40,S1:60", "keuangan", "T.02", 2, 4);
        pl(t, "Pengelola Layanan Kewilayahan", 7, "S1:80,D4:20", "pemerintahan", "T.18", 2);
    } else if (kind == u"kelurahan") {
        pl(t, "Pengadministrasi Perkantoran", 5, "SMA:70,D3:20,S1:10", "umum", "T.08", 2);
        pl(t, "Pengolah Data Kependudukan", 6, "SMA:50,D3:30,S1:20", "umum", "T.14", 2, 12);
        pl(t, "Pengelola Layanan Kewilayahan", 7, "S1:80,D4:20", "pemerintahan", "T.18", 2);
        pl(t, "Pengelola Ketenteraman dan Ketertiban", 6, "SMA:80,S1:20", "hukum", "T.15", 1, 15);
        pl(t, "Pengelola Pemberdayaan Masyarakat", 6, "SMA:40,D3:20,S1:40", "sosial", "T.18 T.20", 1, 12);
    } else if (sector == u"kewilayahan") { // seksi of a kecamatan
        if (code.endsWith(u"-TIB")) {
            jf(t, "Polisi Pamong Praja", "terampil:2,mahir:1", "lapangan", "T.15", 8, "SMA:70,D3:30");
            pl(t, "Pengelola Ketenteraman dan Ketertiban", 6, "SMA:80,S1:20", "hukum", "T.15", 2, 15);
        } else if (code.endsWith(u"-KESRA")) {
            pl(t, "Pengelola Pemberdayaan Masyarakat", 6, "SMA:40,D3:20,S1:40", "sosial", "T.18 T.20", 2, 12);
            pl(t, "Pengelola Data Kesejahteraan Rakyat", 6, "D3:40,S1:60", "sosial", "T.20", 1);
        } else {
            pl(t, "Pengelola Layanan Kewilayahan", 7, "S1:80,D4:20", "pemerintahan", "T.18 T.14", 2);
            pl(t, "Pengolah Data Kependudukan", 6, "SMA:50,D3:30,S1:20", "umum", "T.14", 1, 12);
        }
    } else {
        t = sectorStaff(sector);
    }
    return t;
}

double DemoPositionCatalog::unitWeight(const QString& sector, const QString& kind, bool hasChildren)
{
    double w = 0;
    if (kind == u"sekretariat")
        w = 14;
    else if (kind == u"bidang" || kind == u"bagian")
        w = 10;
    else if (kind == u"seksi")
        w = 4;
    else if (kind == u"kelurahan")
        w = 7;
    else if (kind == u"puskesmas")
        w = 26;
    else if (kind == u"uptd")
        w = 12;
    else if (kind == u"kecamatan")
        w = 6;
    else
        w = hasChildren ? 0 : 10;
    if (kind == u"bidang" || kind == u"bagian" || kind == u"uptd") {
        static const QHash<QString, double> m = {{QStringLiteral("rumah_sakit"), 9.0}, {QStringLiteral("damkar"), 6.0},
                                                 {QStringLiteral("trantib"), 6.0},     {QStringLiteral("perhubungan"), 3.0},
                                                 {QStringLiteral("pu"), 3.0},          {QStringLiteral("lingkungan"), 2.5},
                                                 {QStringLiteral("adminduk"), 2.0},    {QStringLiteral("sosial"), 1.5},
                                                 {QStringLiteral("kesehatan"), 1.2}};
        w *= m.value(sector, 1.0);
    }
    return w;
}

} // namespace karsa
