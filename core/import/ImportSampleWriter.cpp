#include "ImportSampleWriter.h"

#include "domain/Nip.h"

#include <QCoreApplication>
#include <QFile>

#include <random>

namespace karsa {

namespace {
Status writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return makeError(QCoreApplication::translate("Import", "Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

QByteArray ddmmyyyy(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy")).toLatin1();
}

QDate birthOf(int index)
{
    return QDate(1966, 1, 1).addDays(qint64(index) * 7919 % 12000);
}
} // namespace

QString ImportSampleWriter::nipOf(int index)
{
    const QDate birth = birthOf(index);
    return Nip::compose(birth, birth.year() + 20 + index % 5, 1 + index % 12, index % 2 ? Sex::Female : Sex::Male,
                        index / 12000 + 1);
}

Status ImportSampleWriter::writeEmployees(const QString& path, int employees, quint64 seed)
{
    std::mt19937_64 rng(seed);
    static const char* const first[] = {"Agus", "Budi", "Dewi", "Eka", "Fitri", "Hadi", "Indah", "Joko", "Kartika", "Lestari",
                                        "Made", "Nur", "Putri", "Rahmat", "Sri", "Teguh", "Wahyu", "Yuni"};
    static const char* const last[] = {"Santoso", "Wijaya", "Rahayu", "Setiawan", "Kusuma", "Pratama", "Hidayat", "Susanti",
                                       "Nugroho", "Lestari", "Saputra", "Wulandari"};
    static const char* const golongan[] = {"II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"};
    static const char* const education[] = {"SLTA", "D-III", "S-1/Sarjana", "S-1/Sarjana", "S-2"};
    static const char* const positions[] = {"Analis SDM Aparatur Ahli Muda", "Pengadministrasi Umum", "Pranata Komputer Ahli Pertama",
                                            "Kepala Seksi Pelayanan", "Kepala Bidang Program", "Bendahara", "Pengelola Keuangan",
                                            "Analis Kebijakan Ahli Madya", "Arsiparis Terampil", "Pengemudi",
                                            "Perencana Ahli Muda", "Auditor Ahli Pertama", "Penyusun Laporan", "Verifikator Keuangan",
                                            "Kepala Sub Bagian Umum", "Pengolah Data", "Teknisi Jaringan", "Penata Laporan Keuangan",
                                            "Analis Data", "Pranata Humas Ahli Muda"};
    QByteArray out;
    out.reserve(qsizetype(employees) * 420);
    out += "pns_id,nip_baru,nip_lama,nama,gelar_depan,gelar_belakang,tempat_lahir_nama,tanggal_lahir,jenis_kelamin,nik,"
           "nomor_hp,email,alamat,jenis_pegawai_nama,status_cpns_pns,tmt_cpns,gol_akhir_nama,tmt_golongan,jabatan_id,"
           "jabatan_nama,tmt_jabatan,tingkat_pendidikan_nama,pendidikan_nama,unor_id,unor_nama\r\n";
    for (int i = 0; i < employees; ++i) {
        const QString nip = nipOf(i);
        const QDate birth = birthOf(i);
        const QDate tmt(birth.year() + 20 + i % 5, 1 + i % 12, 1);
        const int unit = int(rng() % 40), pos = int(rng() % 20);
        out += "A5CF" + QByteArray::number(i) + ',' + nip.toLatin1() + ",,\"" + first[rng() % 18] + ' ' + last[rng() % 12] +
               "\",," + (rng() % 2 ? "S.Kom." : "\"S.E., M.M.\"") + ",Surabaya," + ddmmyyyy(birth) + ',' + (i % 2 ? 'F' : 'M') +
               ",3578" + QByteArray::number(100000000000LL + i) + ",0812" + QByteArray::number(10000000 + i) + ",pegawai" +
               QByteArray::number(i) + "@surabaya.go.id,\"Jl. Contoh No. " + QByteArray::number(i % 200 + 1) +
               ", Surabaya\",PNS Daerah,P," + ddmmyyyy(tmt) + ',' + golongan[rng() % 10] + ',' + ddmmyyyy(tmt.addYears(4)) +
               ",J" + QByteArray::number(unit * 100 + pos) + ',' + positions[pos] + ',' + ddmmyyyy(tmt.addYears(2)) + ',' +
               education[rng() % 5] + ",Ilmu Administrasi,U" + QByteArray::number(100 + unit) + ",Perangkat Daerah Contoh " +
               QByteArray::number(unit + 1) + "\r\n";
    }
    return writeAll(path, out);
}

Status ImportSampleWriter::writeAssessments(const QString& path, int employees, int perEmployee, quint64 seed)
{
    std::mt19937_64 rng(seed);
    static const char* const codes[] = {"M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"};
    static const char* const assessors[] = {"Tim Asesor BKPSDM", "UPT Penilaian Kompetensi", "Asesor Mitra"};
    QByteArray out;
    out.reserve(qsizetype(employees) * perEmployee * 60);
    out += "nip,kode_kompetensi,level,tanggal,metode,asesor\n";
    for (int e = 0; e < employees; ++e) {
        const QByteArray nip = nipOf(e).toLatin1();
        for (int k = 0; k < perEmployee; ++k) {
            const QDate date = QDate(2016, 1, 4).addDays(qint64(k / 9) * 400 + e % 28);
            out += nip + ',' + codes[k % 9] + ',' + char('1' + rng() % 5) + ',' + date.toString(Qt::ISODate).toLatin1() +
                   ",Assessment Center," + assessors[rng() % 3] + '\n';
        }
    }
    return writeAll(path, out);
}

} // namespace karsa
