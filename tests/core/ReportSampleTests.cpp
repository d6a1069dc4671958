// Not a check: writes a sample report as PDF, XLSX and CSV into $KARSA_SAMPLE_DIR so that a person
// can look at it (pdftoppm -png; openpyxl/LibreOffice). Hidden; run with
//   KARSA_SAMPLE_DIR=/tmp/sample karsa_core_tests "[reports-sample]"
#include <catch2/catch.hpp>

#include "QtStringMaker.h"
#include "domain/Nip.h"
#include "reports/CsvRenderer.h"
#include "reports/PdfRenderer.h"
#include "reports/ReportDocument.h"
#include "reports/XlsxRenderer.h"

#include <QDir>
#include <QPainter>

using namespace karsa;
using namespace Qt::Literals::StringLiterals;

namespace {

QImage sampleLogo()
{
    QImage img(300, 360, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1f, 0x5f, 0xa8));
    p.setPen(QPen(QColor(0xd4, 0xa0, 0x17), 12));
    p.drawRoundedRect(QRectF(10, 10, 280, 340), 40, 40);
    p.setPen(Qt::white);
    p.setFont(QFont(u"DejaVu Sans"_s, 60, QFont::Bold));
    p.drawText(img.rect(), Qt::AlignCenter, u"SBY"_s);
    return img;
}

QImage sampleChart()
{
    QImage img(1600, 700, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QPair<QString, double>> bars = {{u"Integritas"_s, 82.5}, {u"Kerja Sama"_s, 76.0},
                                                {u"Komunikasi"_s, 64.25}, {u"Orientasi Hasil"_s, 88.0},
                                                {u"Pelayanan Publik"_s, 71.5}};
    p.setFont(QFont(u"DejaVu Sans"_s, 20));
    for (int i = 0; i < bars.size(); ++i) {
        const double h = bars.at(i).second / 100.0 * 520;
        const QRectF bar(80 + i * 300, 600 - h, 180, h);
        p.fillRect(bar, QColor(0x1f, 0x5f, 0xa8));
        p.setPen(Qt::black);
        p.drawText(QRectF(bar.left() - 60, 610, 300, 60), Qt::AlignHCenter | Qt::AlignTop, bars.at(i).first);
        p.drawText(QRectF(bar.left() - 60, bar.top() - 50, 300, 45), Qt::AlignHCenter | Qt::AlignBottom,
                   QString::number(bars.at(i).second, 'f', 2));
    }
    p.drawLine(40, 600, 1560, 600);
    return img;
}

} // namespace

TEST_CASE("Write a sample report for visual inspection", "[.][reports-sample]")
{
    const QString dir = qEnvironmentVariable("KARSA_SAMPLE_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    const QString logoPath = dir + u"/logo.png"_s;
    REQUIRE(sampleLogo().save(logoPath));

    ReportDocument doc;
    doc.title = u"Rekapitulasi Job Person Match Pegawai"_s;
    doc.subtitle = u"Pemerintah Kota Surabaya — Periode Penilaian 2026"_s;
    doc.generated = QDateTime(QDate(2026, 11, 29), QTime(14, 5));
    doc.letterhead.government = u"PEMERINTAH KOTA SURABAYA"_s;
    doc.letterhead.agency = u"BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"_s;
    doc.letterhead.address = u"Jalan Jimerto No. 25-27, Surabaya 60272"_s;
    doc.letterhead.contact = u"Telp. (031) 0000000 · bkpsdm@example.go.id · bkpsdm.example.go.id"_s;
    doc.letterhead.logoPath = logoPath;
    doc.letterhead.city = u"Surabaya"_s;
    doc.letterhead.signerName = u"Dr. Ir. Ahmad Fauzi Rahmanto, M.Si."_s;
    doc.letterhead.signerNip = u"197005121995031002"_s;
    doc.letterhead.signerTitle = u"Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"_s;
    doc.letterhead.signerRank = u"Pembina Utama Muda (IV/c)"_s;

    doc.addKeyValues({{u"Perangkat Daerah"_s, u"Seluruh Perangkat Daerah"_s},
                      {u"Jenis Kompetensi"_s, u"Manajerial dan Sosial Kultural"_s},
                      {u"Dasar"_s, u"Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan "
                                   u"Aparatur Sipil Negara"_s}});

    ReportTable t;
    t.title = doc.title;
    t.columns = {ReportColumn::integer(u"no"_s, u"No."_s, 4),
                 ReportColumn::nip(u"nip"_s, u"NIP"_s, 19),
                 ReportColumn::text(u"name"_s, u"Nama"_s, 24),
                 ReportColumn::text(u"position"_s, u"Jabatan"_s, 24),
                 ReportColumn::date(u"tmt"_s, u"TMT Jabatan"_s, 15),
                 ReportColumn::decimal(u"gap"_s, u"Rata-rata Gap"_s, 2, 9),
                 ReportColumn::percent(u"jpm"_s, u"JPM"_s, 2, 9)};
    const QStringList units = {u"Dinas Pendidikan"_s, u"Dinas Kesehatan"_s,
                               u"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"_s};
    int no = 0;
    double sum = 0;
    for (const QString& unit : units) {
        t.addGroup(unit);
        for (int i = 0; i < 40; ++i) {
            ++no;
            const double jpm = 55.0 + (no * 37 % 45) + 0.25 * (no % 4);
            sum += jpm;
            const QString name = no % 9 == 0 ? u"Raden Roro Ayu Kusumawardhani Sekar Arum Puspitaningrum, S.Psi., M.Psi."_s
                                             : u"Pegawai Contoh %1"_s.arg(no);
            t.addRow({no, Nip::compose(QDate(1980 + no % 15, 1 + no % 12, 1 + no % 28), 2005 + no % 15, 1 + no % 12,
                                       no % 2 ? Sex::Male : Sex::Female, no),
                      name, no % 5 == 0 ? u"Analis Sumber Daya Manusia Aparatur Ahli Muda"_s : u"Pelaksana"_s,
                      QDate(2015 + no % 10, 1 + no % 12, 1 + no % 28), -0.5 + (no % 7) * 0.25, jpm});
        }
    }
    t.totals = {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), sum / no};
    t.totalsLabel = u"Rata-rata seluruh pegawai"_s;
    t.notes = {u"JPM: Job Person Match, persentase kesesuaian kompetensi pegawai dengan standar jabatan."_s};
    doc.addTable(t);
    doc.addHeading(u"Grafik Rata-rata Kompetensi"_s);
    doc.addImage(sampleChart(), u"Gambar 1. Rata-rata level kompetensi (contoh)"_s, 0.8);
    doc.addParagraph(u"Demikian rekapitulasi ini dibuat untuk dipergunakan sebagaimana mestinya."_s);
    doc.addSignature(SignatureSection::fromLetterhead(doc.letterhead, QDate(2026, 11, 29)));

    SignatureSection three;
    three.place = u"Surabaya"_s;
    three.date = QDate(2026, 11, 29);
    three.signers = {Signer{u"Mengetahui,"_s, u"Sekretaris Daerah"_s, u"Ir. Bambang Wijaya, M.T."_s,
                            u"Pembina Utama Madya (IV/d)"_s, u"196805101993031005"_s},
                     Signer{QString(), u"Kepala Bidang Pengembangan Kompetensi Aparatur"_s, u"Sri Rahayu, S.E."_s,
                            QString(), u"197512312000032001"_s},
                     Signer{QString(), u"Analis SDM Aparatur Ahli Muda"_s, QString(), QString(), QString()}};
    doc.addSignature(three);

    REQUIRE(PdfRenderer::render(doc, dir + u"/sample.pdf"_s).ok());
    PdfOptions landscape;
    landscape.orientation = QPageLayout::Landscape;
    REQUIRE(PdfRenderer::render(doc, dir + u"/sample-landscape.pdf"_s, landscape).ok());
    REQUIRE(XlsxRenderer::render(doc, dir + u"/sample.xlsx"_s).ok());
    REQUIRE(CsvRenderer::render(doc, dir + u"/sample.csv"_s).ok());
}
