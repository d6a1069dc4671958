#include "DemoTechnicalCompetencies.h"

namespace karsa {

namespace {

struct Spec
{
    const char* code;
    const char* name;
    const char* field; // the object of the competency, used in the level texts
    const char* definition;
};

// clang-format off
const Spec kSpecs[] = {
    {"T.01", "Manajemen ASN", "manajemen ASN",
     "Kemampuan mengelola ASN mulai dari perencanaan kebutuhan, pengadaan, pengembangan karier dan kompetensi, penilaian kinerja, hingga pemberhentian sesuai sistem merit."},
    {"T.02", "Pengelolaan Keuangan Daerah", "pengelolaan keuangan daerah",
     "Kemampuan menyusun anggaran, menatausahakan, melaksanakan, membukukan dan mempertanggungjawabkan keuangan daerah sesuai standar akuntansi pemerintahan."},
    {"T.03", "Pengelolaan Barang Milik Daerah", "pengelolaan barang milik daerah",
     "Kemampuan merencanakan, menatausahakan, memanfaatkan, mengamankan dan menghapus barang milik daerah secara tertib dan akuntabel."},
    {"T.04", "Perencanaan Pembangunan", "perencanaan pembangunan",
     "Kemampuan menyusun, mengendalikan dan mengevaluasi dokumen perencanaan pembangunan daerah (RPJMD, Renstra, RKPD, Renja) berbasis data dan kinerja."},
    {"T.05", "Pengadaan Barang/Jasa", "pengadaan barang/jasa pemerintah",
     "Kemampuan melaksanakan perencanaan, pemilihan penyedia, kontrak dan serah terima pengadaan barang/jasa pemerintah secara transparan dan akuntabel."},
    {"T.06", "Pengawasan Internal", "pengawasan internal pemerintah",
     "Kemampuan melaksanakan audit, reviu, evaluasi dan pemantauan atas penyelenggaraan pemerintahan daerah untuk menjamin akuntabilitas dan pencegahan korupsi."},
    {"T.07", "Hukum dan Perundang-undangan", "hukum dan perundang-undangan",
     "Kemampuan menyusun, mengharmonisasi dan menganalisis produk hukum daerah serta memberikan pertimbangan dan bantuan hukum."},
    {"T.08", "Pengelolaan Arsip", "pengelolaan arsip",
     "Kemampuan mengelola arsip dinamis dan statis, termasuk penataan, penyusutan, alih media dan layanan arsip sesuai kaidah kearsipan."},
    {"T.09", "Teknologi Informasi", "teknologi informasi",
     "Kemampuan membangun, mengoperasikan dan mengamankan aplikasi, jaringan dan data untuk mendukung sistem pemerintahan berbasis elektronik."},
    {"T.10", "Pelayanan Kesehatan Masyarakat", "pelayanan kesehatan masyarakat",
     "Kemampuan menyelenggarakan upaya kesehatan masyarakat: promosi kesehatan, kesehatan keluarga, gizi, kesehatan lingkungan serta pencegahan dan pengendalian penyakit."},
    {"T.11", "Pelayanan Medis", "pelayanan medis",
     "Kemampuan memberikan pelayanan medis promotif, preventif, kuratif dan rehabilitatif kepada pasien sesuai standar profesi dan standar pelayanan."},
    {"T.12", "Keperawatan", "asuhan keperawatan",
     "Kemampuan memberikan asuhan keperawatan kepada individu, keluarga dan kelompok sesuai standar praktik dan kode etik keperawatan."},
    {"T.13", "Kebidanan", "pelayanan kebidanan",
     "Kemampuan memberikan pelayanan kebidanan bagi ibu hamil, bersalin, nifas, bayi baru lahir dan keluarga berencana sesuai standar profesi bidan."},
    {"T.14", "Administrasi Kependudukan", "administrasi kependudukan",
     "Kemampuan melaksanakan pendaftaran penduduk, pencatatan sipil dan pengelolaan data kependudukan secara akurat dan cepat."},
    {"T.15", "Ketenteraman dan Ketertiban Umum", "ketenteraman dan ketertiban umum",
     "Kemampuan menegakkan peraturan daerah serta menyelenggarakan ketenteraman, ketertiban umum dan pelindungan masyarakat secara humanis."},
    {"T.16", "Penanggulangan Kebakaran dan Penyelamatan", "penanggulangan kebakaran dan penyelamatan",
     "Kemampuan mencegah, memadamkan kebakaran dan melakukan penyelamatan serta evakuasi korban sesuai standar operasional."},
    {"T.17", "Penanggulangan Bencana", "penanggulangan bencana",
     "Kemampuan melaksanakan pencegahan, kesiapsiagaan, tanggap darurat dan rehabilitasi pascabencana di wilayah kota."},
    {"T.18", "Pemerintahan Kewilayahan", "penyelenggaraan pemerintahan kecamatan dan kelurahan",
     "Kemampuan mengoordinasikan pemerintahan, pelayanan publik, pemberdayaan masyarakat dan pembangunan di tingkat kecamatan dan kelurahan."},
    {"T.19", "Perizinan dan Penanaman Modal", "pelayanan perizinan dan penanaman modal",
     "Kemampuan memproses perizinan berusaha dan non-berusaha melalui layanan terpadu satu pintu serta memfasilitasi penanaman modal."},
    {"T.20", "Kesejahteraan Sosial", "penyelenggaraan kesejahteraan sosial",
     "Kemampuan melaksanakan rehabilitasi, perlindungan, jaminan dan pemberdayaan sosial serta penanganan fakir miskin."},
    {"T.21", "Pengelolaan Lingkungan Hidup", "pengelolaan lingkungan hidup",
     "Kemampuan melaksanakan pengendalian pencemaran, pengelolaan sampah, ruang terbuka hijau dan pengawasan dampak lingkungan."},
    {"T.22", "Perhubungan dan Lalu Lintas", "manajemen perhubungan dan lalu lintas",
     "Kemampuan mengelola lalu lintas, angkutan umum, perparkiran dan pengujian kendaraan bermotor untuk keselamatan dan kelancaran transportasi."},
    {"T.23", "Pekerjaan Umum dan Penataan Ruang", "pekerjaan umum dan penataan ruang",
     "Kemampuan merencanakan, membangun dan memelihara jalan, jembatan, saluran air dan bangunan gedung serta mengendalikan pemanfaatan ruang."},
    {"T.24", "Pendidikan", "penyelenggaraan pendidikan",
     "Kemampuan mengelola layanan pendidikan anak usia dini, dasar dan nonformal serta pembinaan pendidik dan tenaga kependidikan."},
    {"T.25", "Ketahanan Pangan dan Pertanian", "ketahanan pangan dan pertanian",
     "Kemampuan mengelola ketersediaan, keamanan dan distribusi pangan, pertanian perkotaan serta kesehatan hewan."},
    {"T.26", "Koperasi, UMKM dan Perdagangan", "pemberdayaan koperasi, UMKM dan perdagangan",
     "Kemampuan membina koperasi dan usaha mikro, mengelola pasar dan metrologi legal serta menjaga stabilitas perdagangan."},
    {"T.27", "Komunikasi Publik", "komunikasi publik dan kehumasan",
     "Kemampuan mengelola informasi publik, kehumasan dan media untuk membangun kepercayaan masyarakat kepada pemerintah kota."},
    {"T.28", "Perpustakaan", "penyelenggaraan perpustakaan",
     "Kemampuan mengelola koleksi, layanan perpustakaan dan pembudayaan gemar membaca bagi masyarakat."},
    {"T.29", "Kebudayaan dan Pariwisata", "kebudayaan, kepemudaan dan pariwisata",
     "Kemampuan melestarikan cagar budaya dan kesenian, mengembangkan destinasi wisata, kepemudaan dan olahraga."},
    {"T.30", "Ketenagakerjaan dan Perindustrian", "ketenagakerjaan dan perindustrian",
     "Kemampuan melaksanakan pelatihan dan penempatan tenaga kerja, hubungan industrial serta pembinaan industri kecil dan menengah."},
    {"T.31", "Pemberdayaan Perempuan dan Perlindungan Anak", "pemberdayaan perempuan, perlindungan anak dan keluarga berencana",
     "Kemampuan melaksanakan pengarusutamaan gender, perlindungan perempuan dan anak serta pengendalian penduduk dan keluarga berencana."},
    {"T.32", "Kesatuan Bangsa dan Politik", "kesatuan bangsa dan politik",
     "Kemampuan membina wawasan kebangsaan, kerukunan, organisasi kemasyarakatan dan kewaspadaan nasional di wilayah kota."},
};
// clang-format on

struct LevelText
{
    const char* description;
    const char* indicators[3];
};

// Generic teknis levels (domain.md 1.3): 1 basic understanding, works per procedure; 2 runs the
// basics operationally and independently; 3 identifies development potential systematically;
// 4 develops the field; 5 (not seen in the sources) shapes city-wide policy and is a reference.
const LevelText kLevels[5] = {
    {"Memahami konsep dasar %1 dan melaksanakan tugas sesuai prosedur",
     {"Menjelaskan ketentuan dan istilah dasar %1", "Melaksanakan tugas %1 sesuai SOP dengan arahan atasan",
      "Mencatat dan melaporkan hasil kerja sesuai format yang ditetapkan"}},
    {"Menjalankan konsep dasar %1 secara operasional dan mandiri",
     {"Melaksanakan tugas %1 secara mandiri tanpa arahan rinci", "Menggunakan aplikasi, instrumen dan data pendukung %1 dengan benar",
      "Menyelesaikan permasalahan rutin %1 sesuai ketentuan"}},
    {"Mengidentifikasi potensi pengembangan %1 dengan metode yang sistematis",
     {"Menganalisis data dan permasalahan %1 secara sistematis", "Mengidentifikasi peluang perbaikan proses dan layanan %1",
      "Membimbing rekan kerja dalam pelaksanaan tugas %1"}},
    {"Mengembangkan %1 melalui metode, standar dan kebijakan teknis di lingkup perangkat daerah",
     {"Menyusun standar, pedoman atau SOP %1", "Merancang dan menguji inovasi %1",
      "Mengevaluasi efektivitas pelaksanaan %1 dan merumuskan rekomendasi perbaikan"}},
    {"Merumuskan kebijakan strategis %1 di tingkat kota dan menjadi rujukan bagi instansi lain",
     {"Merumuskan arah kebijakan %1 jangka menengah dan panjang", "Menjadi narasumber dan rujukan %1 bagi instansi lain",
      "Membangun jejaring dan kolaborasi %1 lintas instansi"}},
};

} // namespace

QVector<Competency> DemoTechnicalCompetencies::build()
{
    QVector<Competency> out;
    for (const Spec& s : kSpecs) {
        Competency c;
        c.code = QString::fromUtf8(s.code);
        c.name = QString::fromUtf8(s.name);
        c.type = CompetencyType::Teknis;
        c.definition = QString::fromUtf8(s.definition);
        const QString field = QString::fromUtf8(s.field);
        for (int l = 0; l < 5; ++l) {
            CompetencyLevel level;
            level.level = l + 1;
            level.description = QString::fromUtf8(kLevels[l].description).arg(field);
            for (const char* ind : kLevels[l].indicators) {
                const QString text = QString::fromUtf8(ind);
                level.indicators << (text.contains(u"%1") ? text.arg(field) : text);
            }
            c.levels << level;
        }
        out << c;
    }
    return out;
}

} // namespace karsa
