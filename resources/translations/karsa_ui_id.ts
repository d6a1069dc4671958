<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AssessmentLabels</name>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="16" />
        <source>Assessment centre</source>
        <translation>Assessment center</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="18" />
        <source>Competency test (uji kompetensi)</source>
        <translation>Uji kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="20" />
        <source>360° feedback</source>
        <translation>Umpan balik 360°</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="22" />
        <source>Self-assessment</source>
        <translation>Penilaian diri</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="24" />
        <source>Training result</source>
        <translation>Hasil pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="32" />
        <source>Validated</source>
        <translation>Tervalidasi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="34" />
        <source>Needs validation</source>
        <translation>Perlu validasi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="38" />
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/common/DbCommand.cpp" line="38" />
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/common/DbCommand.cpp" line="39" />
        <source>“%1” could not be undone or redone: %2</source>
        <translation>“%1” tidak dapat diurungkan atau diulangi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="86" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="87" />
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, dipisahkan koma (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="88" />
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="89" />
        <location filename="../../ui/common/TableExport.cpp" line="131" />
        <location filename="../../ui/common/TableExport.cpp" line="136" />
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="103" />
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="136" />
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="149" />
        <source>Print preview — %1</source>
        <translation>Pratinjau cetak — %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="152" />
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="42" />
        <source>Sangat Baik</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="44" />
        <source>Baik</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="46" />
        <source>Butuh Perbaikan</source>
        <translation>Butuh Perbaikan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="48" />
        <source>Kurang/Misconduct</source>
        <translation>Kurang/Misconduct</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="49" />
        <source>Sangat Kurang</source>
        <translation>Sangat Kurang</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="49" />
        <source>Creating the demo city of Surabaya…</source>
        <translation>Membuat kota demo Surabaya…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="103" />
        <location filename="../../ui/shell/FirstRun.cpp" line="49" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="80" />
        <source>The demo city could not be created: %1</source>
        <translation>Kota demo tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="27" />
        <source>Karsa — competency-based career management for ASN</source>
        <translation>Karsa — manajemen karier ASN berbasis kompetensi</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="31" />
        <source>When the database is new, fill it with the demo city without asking.</source>
        <translation>Jika basis data masih baru, isi dengan kota demo tanpa bertanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="33" />
        <source>The database to open.</source>
        <translation>Basis data yang dibuka.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="54" />
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="55" />
        <source>Karsa database (*.db *.karsa);;All files (*)</source>
        <translation>Basis data Karsa (*.db *.karsa);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="21" />
        <source>Correct assessment</source>
        <translation>Koreksi asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="21" />
        <source>New assessment</source>
        <translation>Asesmen baru</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="31" />
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="35" />
        <source>Level (1–5)</source>
        <translation>Level (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="40" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="47" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="49" />
        <source>e.g. UPT Penilaian Kompetensi, name of the assessor</source>
        <translation>mis. UPT Penilaian Kompetensi, nama asesor</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="50" />
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="52" />
        <source>Report number, certificate, observation…</source>
        <translation>Nomor laporan, sertifikat, observasi…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="54" />
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="59" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>karsa::ui::AssessmentsPage</name>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="36" />
        <source>One employee</source>
        <translation>Satu pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="37" />
        <source>Batch entry for a unit</source>
        <translation>Input massal per unit</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="70" />
        <source>Loading employees…</source>
        <translation>Memuat pegawai…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="78" />
        <source>The employee list could not be loaded: %1</source>
        <translation>Daftar pegawai tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="84" />
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.h" line="21" />
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
</context>
<context>
    <name>karsa::ui::BatchAssessmentModel</name>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="183" />
        <source>%1 is not in this employee's standard</source>
        <translation>%1 tidak termasuk standar pegawai ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="184" />
        <source>%1: changed to %2, not saved yet</source>
        <translation>%1: diubah menjadi %2, belum disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="228" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="230" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>karsa::ui::BatchAssessmentPanel</name>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="40" />
        <source>Unit (with sub-units):</source>
        <translation>Unit (beserta sub-unit):</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="42" />
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="51" />
        <source>Assessor or assessment team</source>
        <translation>Asesor atau tim penilai</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="52" />
        <source>Date of the new assessments:</source>
        <translation>Tanggal asesmen baru:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="55" />
        <source>Method:</source>
        <translation>Metode:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="58" />
        <source>Assessor:</source>
        <translation>Asesor:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="65" />
        <source>Search NIP or name…</source>
        <translation>Cari NIP atau nama…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="72" />
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="74" />
        <source>Discard</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="75" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="76" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="101" />
        <source>Double-click or type 1–5 in a cell to change a level. Changed cells are yellow; grey cells are competencies outside the employee's standard. Save writes one new assessment per changed cell (undo removes them all).</source>
        <translation>Klik dua kali atau ketik 1–5 pada sel untuk mengubah level. Sel yang diubah berwarna kuning; sel abu-abu adalah kompetensi di luar standar pegawai. Simpan menulis satu asesmen baru per sel yang diubah (urungkan menghapus semuanya).</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="119" />
        <source>Save assessments</source>
        <translation>Simpan asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="123" />
        <source>Current competency levels</source>
        <translation>Level kompetensi saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="127" />
        <source>competency-levels</source>
        <translation>level-kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="148" />
        <source>Choose a unit…</source>
        <translation>Pilih unit…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="170" />
        <source>All positions</source>
        <translation>Semua jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="251" />
        <source>Computing the current levels…</source>
        <translation>Menghitung level saat ini…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="252" />
        <source>%1 employees × %2 competencies</source>
        <translation>%1 pegawai × %2 kompetensi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="256" />
        <source>%n unsaved change(s)</source>
        <translation><numerusform>%n perubahan belum disimpan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="290" />
        <source>Batch assessment: %n level(s)</source>
        <translation><numerusform>Asesmen massal: %n level</numerusform></translation>
    </message>
</context>
<context>
    <name>karsa::ui::CategoryBandModel</name>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="46" />
        <source>new_scale</source>
        <translation>skala_baru</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="47" />
        <source>New scale</source>
        <translation>Skala baru</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="148" />
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="150" />
        <source>Scale name</source>
        <translation>Nama skala</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="152" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="154" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="156" />
        <source>From JPM (%)</source>
        <translation>Mulai JPM (%)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetenciesPage</name>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="38" />
        <source>Search code, name or definition…</source>
        <translation>Cari kode, nama atau definisi…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="43" />
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="71" />
        <source>New technical competency…</source>
        <translation>Kompetensi teknis baru…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="72" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="73" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="74" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="75" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="92" />
        <source>Competency dictionary — %1</source>
        <translation>Kamus kompetensi — %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="92" />
        <source>Competency dictionary</source>
        <translation>Kamus kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="96" />
        <source>competency-dictionary</source>
        <translation>kamus-kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="133" />
        <source>The competency dictionary could not be loaded: %1</source>
        <translation>Kamus kompetensi tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="163" />
        <source>%1 competencies</source>
        <translation>%1 kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="163" />
        <source>%1 of %2 competencies</source>
        <translation>%1 dari %2 kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="169" />
        <source>Choose a competency to read its levels.</source>
        <translation>Pilih kompetensi untuk membaca levelnya.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="177" />
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="177" />
        <source>No definition yet.</source>
        <translation>Belum ada definisi.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="184" />
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="186" />
        <source>Not described yet.</source>
        <translation>Belum dideskripsikan.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="191" />
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="203" />
        <source>New competency %1</source>
        <translation>Kompetensi baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="212" />
        <source>Edit competency %1</source>
        <translation>Ubah kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="225" />
        <source>Delete competency %1</source>
        <translation>Hapus kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="262" />
        <source>Edit competency</source>
        <translation>Ubah kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="279" />
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="285" />
        <source>Delete competency</source>
        <translation>Hapus kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="280" />
        <source>Delete the competency %1 (%2) with its level descriptions?
You can undo this with Edit ▸ Undo.</source>
        <translation>Hapus kompetensi %1 (%2) beserta deskripsi levelnya?
Anda dapat membatalkannya dengan Sunting ▸ Urungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.h" line="25" />
        <source>Competency Dictionary</source>
        <translation>Kamus Kompetensi</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetencyEditDialog</name>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="16" />
        <source>Edit competency</source>
        <translation>Ubah kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="16" />
        <source>New technical competency</source>
        <translation>Kompetensi teknis baru</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="24" />
        <source>e.g. T.SDM.01</source>
        <translation>mis. T.SDM.01</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="25" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="28" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="33" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="36" />
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="46" />
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="50" />
        <source>Behavioural indicators (one per line)</source>
        <translation>Indikator perilaku (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="55" />
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="99" />
        <source>The code is empty</source>
        <translation>Kode kosong</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="102" />
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetencyTableModel</name>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="126" />
        <source>%1 of 5</source>
        <translation>%1 dari 5</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="142" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="144" />
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="146" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="148" />
        <source>Levels described</source>
        <translation>Level terdeskripsi</translation>
    </message>
</context>
<context>
    <name>karsa::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="45" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="54" />
        <source>Type to search a unit…</source>
        <translation>Ketik untuk mencari unit…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="81" />
        <source>Click a bar or a slice to list its employees.</source>
        <translation>Klik batang atau irisan untuk menampilkan pegawainya.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="91" />
        <source>The analytics could not be computed: %1</source>
        <translation>Analitik tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="94" />
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="102" />
        <source>Computing the analytics…</source>
        <translation>Menghitung analitik…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="114" />
        <source>Kota Surabaya (all)</source>
        <translation>Kota Surabaya (semua)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="160" />
        <source>Kota Surabaya</source>
        <translation>Kota Surabaya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="186" />
        <source>No analytics.</source>
        <translation>Tidak ada analitik.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="193" />
        <source>&lt;b&gt;%1&lt;/b&gt; employees · JPM complete &lt;b&gt;%2&lt;/b&gt; · incomplete &lt;b&gt;%3&lt;/b&gt; · mean JPM &lt;b&gt;%4&lt;/b&gt; · in the 9-box &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pegawai · JPM lengkap &lt;b&gt;%2&lt;/b&gt; · belum lengkap &lt;b&gt;%3&lt;/b&gt; · rata-rata JPM &lt;b&gt;%4&lt;/b&gt; · dalam 9-box &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="209" />
        <source>Employees per unit</source>
        <translation>Pegawai per unit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="209" />
        <source>No sub-units with employees.</source>
        <translation>Tidak ada sub-unit yang berpegawai.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="211" />
        <source>Employees per unit (largest %1)</source>
        <translation>Pegawai per unit (%1 terbesar)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="225" />
        <source>%1: %2 employees</source>
        <translation>%1: %2 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="227" />
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="229" />
        <source>JPM incomplete (a required competency not assessed): %1 employees</source>
        <translation>JPM belum lengkap (ada kompetensi wajib yang belum diases): %1 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="234" />
        <source>JPM categories (%1)</source>
        <translation>Kategori JPM (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="238" />
        <source>JPM %1 — %2</source>
        <translation>JPM %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="241" />
        <source>JPM incomplete — %1</source>
        <translation>JPM belum lengkap — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="255" />
        <source>%1 %2: mean gap %3, %4 of %5 assessed below standard</source>
        <translation>%1 %2: rata-rata gap %3, %4 dari %5 yang diases di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="263" />
        <source>Mean gap per competency</source>
        <translation>Rata-rata gap per kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="263" />
        <source>No assessed competencies.</source>
        <translation>Belum ada kompetensi yang diases.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="266" />
        <source>Mean gap per competency (actual − required; the %1 lowest)</source>
        <translation>Rata-rata gap per kompetensi (aktual − standar; %1 terendah)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="272" />
        <source>Below standard in %1 — %2</source>
        <translation>Di bawah standar pada %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="286" />
        <source>9-box (not placed: %1)</source>
        <translation>9-box (belum terpetakan: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="288" />
        <source>Box %1 — %2</source>
        <translation>Kotak %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="302" />
        <source>Competencies below standard</source>
        <translation>Kompetensi di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="302" />
        <source>No shortfalls.</source>
        <translation>Tidak ada kekurangan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="304" />
        <source>% of assessed competencies below standard</source>
        <translation>% kompetensi yang diases di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.h" line="22" />
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeEditDialog</name>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="37" />
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="37" />
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="47" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="57" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="60" />
        <source>Title before name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="63" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="65" />
        <source>Title after name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="67" />
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="74" />
        <source>%1 (PPPK)</source>
        <translation>%1 (PPPK)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="76" />
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="78" />
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="85" />
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="87" />
        <source>Field of study</source>
        <translation>Jurusan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="90" />
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="94" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="96" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="101" />
        <source>TMT position</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="104" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="106" />
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="108" />
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="123" />
        <source>(no position)</source>
        <translation>(tanpa jabatan)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="147" />
        <source>Born %1 · %2 · TMT %3</source>
        <translation>Lahir %1 · %2 · TMT %3</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="149" />
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="149" />
        <source>female</source>
        <translation>perempuan</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeProfile</name>
    <message>
        <location filename="../../ui/profile/EmployeeProfile.cpp" line="16" />
        <source>The analytics are not ready.</source>
        <translation>Analitik belum siap.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfile.cpp" line="23" />
        <source>The employee is not in the analytics yet.</source>
        <translation>Pegawai belum ada dalam analitik.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeProfileWindow</name>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="55" />
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="205" />
        <source>Employee profile</source>
        <translation>Profil pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="70" />
        <source>Compare with position…</source>
        <translation>Bandingkan dengan jabatan…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="72" />
        <source>Gaps and JPM against the position to be held (PP 11/2017 art. 206)</source>
        <translation>Gap dan JPM terhadap jabatan yang akan diduduki (PP 11/2017 ps. 206)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="73" />
        <source>Back to the current position</source>
        <translation>Kembali ke jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="74" />
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="75" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="83" />
        <source>profile-%1</source>
        <translation>profil-%1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="92" />
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="97" />
        <source>Talent (9-box)</source>
        <translation>Talenta (9-box)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="105" />
        <source>Competency against the standard</source>
        <translation>Kompetensi terhadap standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="123" />
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="124" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="125" />
        <source>IKK</source>
        <translation>IKK</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="138" />
        <source>Shortfall: &lt;span style='background:#d6f0dc'&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; &lt;span style='background:#ffe8b0'&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; &lt;span style='background:#f8c8c8'&gt;&amp;nbsp;≥ 2&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e0e0e0'&gt;&amp;nbsp;not assessed yet&amp;nbsp;&lt;/span&gt;</source>
        <translation>Kekurangan: &lt;span style='background:#d6f0dc'&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; &lt;span style='background:#ffe8b0'&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; &lt;span style='background:#f8c8c8'&gt;&amp;nbsp;≥ 2&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e0e0e0'&gt;&amp;nbsp;belum diases&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="144" />
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="242" />
        <source>Competency gaps</source>
        <translation>Kesenjangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="149" />
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="245" />
        <source>Assessment history</source>
        <translation>Riwayat asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="170" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="209" />
        <source>%1 — Employee profile</source>
        <translation>%1 — Profil pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="211" />
        <source>NIP %1 · %2 · %3</source>
        <translation>NIP %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="219" />
        <source>&lt;b&gt;Compared with:&lt;/b&gt; %1 (%2) — not the current position</source>
        <translation>&lt;b&gt;Dibandingkan dengan:&lt;/b&gt; %1 (%2) — bukan jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="221" />
        <source>&lt;b&gt;Standard of the current position:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Standar jabatan saat ini:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="237" />
        <source>Competency profile</source>
        <translation>Profil kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="237" />
        <source>The position has no standard.</source>
        <translation>Jabatan belum memiliki standar.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="239" />
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="239" />
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="242" />
        <source>gaps-%1</source>
        <translation>gap-%1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="245" />
        <source>assessments-%1</source>
        <translation>asesmen-%1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeTableModel</name>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="239" />
        <source>%1 (incomplete)</source>
        <translation>%1 (belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="245" />
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="337" />
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="273" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="275" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="277" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="279" />
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="281" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="283" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="285" />
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="287" />
        <source>JPM category</source>
        <translation>Kategori JPM</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeesPage</name>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="42" />
        <source>Search name, NIP, position or unit…</source>
        <translation>Cari nama, NIP, jabatan atau unit…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="57" />
        <source>Show all employees</source>
        <translation>Tampilkan semua pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="65" />
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="67" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="68" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="72" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="73" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="77" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="81" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="328" />
        <location filename="../../ui/employees/EmployeesPage.h" line="25" />
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="78" />
        <source>employees</source>
        <translation>pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="113" />
        <source>Right-click to choose the columns</source>
        <translation>Klik kanan untuk memilih kolom</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="154" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="157" />
        <source>Jenjang:</source>
        <translation>Jenjang:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="158" />
        <source>Golongan:</source>
        <translation>Golongan:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="159" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="160" />
        <source>JPM category:</source>
        <translation>Kategori JPM:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="161" />
        <source>Reset filters</source>
        <translation>Atur ulang filter</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="166" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="169" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="173" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="176" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="280" />
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="177" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="203" />
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="284" />
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="319" />
        <source>Loading employees…</source>
        <translation>Memuat pegawai…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="328" />
        <source>The employee list could not be loaded: %1</source>
        <translation>Daftar pegawai tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="355" />
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="355" />
        <source>%1 of %2 employees</source>
        <translation>%1 dari %2 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="365" />
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="393" />
        <source>New employee %1</source>
        <translation>Pegawai baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="407" />
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="415" />
        <source>Edit employee %1</source>
        <translation>Ubah data pegawai %1</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="430" />
        <location filename="../../ui/employees/EmployeesPage.cpp" line="450" />
        <source>Delete employee</source>
        <translation>Hapus pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="431" />
        <source>Delete %1 (NIP %2) with their assessment history and performance records?
You can undo this with Edit ▸ Undo.</source>
        <translation>Hapus %1 (NIP %2) beserta riwayat asesmen dan catatan kinerjanya?
Anda dapat membatalkannya dengan Sunting ▸ Urungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="437" />
        <source>Delete employee %1</source>
        <translation>Hapus pegawai %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::FirstRunDialog</name>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="20" />
        <source>Welcome to Karsa</source>
        <translation>Selamat datang di Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="22" />
        <source>&lt;h3&gt;Welcome to Karsa&lt;/h3&gt;&lt;p&gt;There is no database yet. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Selamat datang di Karsa&lt;/h3&gt;&lt;p&gt;Belum ada basis data. Bagaimana Anda ingin memulai?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="25" />
        <source>Create the demo city of Surabaya (2,000 employees) to explore Karsa</source>
        <translation>Buat kota demo Surabaya (2.000 pegawai) untuk mencoba Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="26" />
        <source>Start with an empty database for the agency's own data</source>
        <translation>Mulai dengan basis data kosong untuk data instansi sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="27" />
        <source>Open an existing Karsa database file…</source>
        <translation>Buka berkas basis data Karsa yang sudah ada…</translation>
    </message>
</context>
<context>
    <name>karsa::ui::HolderTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/positions/HolderTableModel.cpp" line="72" />
        <source>%n competencies of the standard have no current assessment; the JPM is a lower bound.</source>
        <translation><numerusform>%n kompetensi standar belum memiliki hasil asesmen terkini; JPM ini merupakan batas bawah.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="94" />
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="111" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="113" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="115" />
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="117" />
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="119" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>karsa::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="70" />
        <source>Computing the analytics…</source>
        <translation>Menghitung analitik…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="76" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="147" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="148" />
        <source>&amp;New database…</source>
        <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="150" />
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="152" />
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="154" />
        <source>Save a &amp;backup copy…</source>
        <translation>Simpan &amp;salinan cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="157" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="160" />
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="161" />
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="163" />
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="170" />
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="181" />
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="182" />
        <source>&amp;About Karsa</source>
        <translation>&amp;Tentang Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="183" />
        <source>About Karsa</source>
        <translation>Tentang Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="184" />
        <source>&lt;h3&gt;Karsa %1&lt;/h3&gt;&lt;p&gt;Competency-based career management for the civil servants of Kota Surabaya.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Karsa %1&lt;/h3&gt;&lt;p&gt;Manajemen karier berbasis kompetensi bagi ASN Pemerintah Kota Surabaya.&lt;/p&gt;&lt;p&gt;Dilisensikan di bawah GNU GPL versi 3 atau yang lebih baru.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="220" />
        <location filename="../../ui/shell/MainWindow.cpp" line="245" />
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="232" />
        <location filename="../../ui/shell/MainWindow.cpp" line="237" />
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="233" />
        <source>Karsa database (*.db *.karsa)</source>
        <translation>Basis data Karsa (*.db *.karsa)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="237" />
        <source>%1 cannot be replaced.</source>
        <translation>%1 tidak dapat diganti.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="246" />
        <source>Karsa database (*.db *.karsa);;All files (*)</source>
        <translation>Basis data Karsa (*.db *.karsa);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="255" />
        <location filename="../../ui/shell/MainWindow.cpp" line="261" />
        <location filename="../../ui/shell/MainWindow.cpp" line="265" />
        <source>Save a backup copy</source>
        <translation>Simpan salinan cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="257" />
        <source>Karsa database (*.db)</source>
        <translation>Basis data Karsa (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="261" />
        <source>Choose a different file from the open database.</source>
        <translation>Pilih berkas yang berbeda dari basis data yang sedang dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="267" />
        <source>Backup saved to %1</source>
        <translation>Cadangan disimpan ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="273" />
        <source>%1 — Karsa</source>
        <translation>%1 — Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="274" />
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::NineBoxWidget</name>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="52" />
        <source>Performance (kinerja)</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="66" />
        <source>Potential (potensial) — low to high</source>
        <translation>Potensial — rendah ke tinggi</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="75" />
        <source>Box %1 — recommendation: %2</source>
        <translation>Kotak %1 — rekomendasi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="86" />
        <source>Employees who cannot be placed: list them</source>
        <translation>Pegawai yang belum dapat dipetakan: tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="112" />
        <source>Performance %1, potential %2</source>
        <translation>Kinerja %1, potensial %2</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="114" />
        <source>Box %1
%2
%3 employees (%4)</source>
        <translation>Kotak %1
%2
%3 pegawai (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="127" />
        <source>%1 without a performance rating</source>
        <translation>%1 tanpa nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="129" />
        <source>%1 without a competency standard</source>
        <translation>%1 tanpa standar kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="131" />
        <source>%1 with unassessed competencies</source>
        <translation>%1 dengan kompetensi belum diases</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="133" />
        <source>Every employee in scope has a box</source>
        <translation>Semua pegawai dalam cakupan sudah masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="134" />
        <source>%1 employees without a box: %2</source>
        <translation>%1 pegawai tanpa kotak: %2</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionEditDialog</name>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="25" />
        <source>Edit position</source>
        <translation>Ubah jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="25" />
        <source>New position</source>
        <translation>Jabatan baru</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="34" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="37" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="44" />
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="50" />
        <source>(choose a unit)</source>
        <translation>(pilih unit)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="54" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="58" />
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="60" />
        <source>Kelas jabatan</source>
        <translation>Kelas jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="63" />
        <source>Superior position</source>
        <translation>Jabatan atasan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="68" />
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="75" />
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="109" />
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="72" />
        <source>Minimum golongan</source>
        <translation>Golongan minimal</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="79" />
        <source>Minimum education</source>
        <translation>Pendidikan minimal</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="84" />
        <source>Formation (seats)</source>
        <translation>Formasi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="86" />
        <source>Key position (succession planning)</source>
        <translation>Jabatan kunci (rencana suksesi)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionPickerDialog</name>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="18" />
        <source>Compare with position</source>
        <translation>Bandingkan dengan jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="23" />
        <source>Search code, position, jenjang or unit…</source>
        <translation>Cari kode, jabatan, jenjang atau unit…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28" />
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="67" />
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionTableModel</name>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="146" />
        <source>%1 holders for a formation of %2</source>
        <translation>%1 pemangku untuk formasi %2</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="168" />
        <location filename="../../ui/positions/PositionTableModel.cpp" line="202" />
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="186" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="188" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="190" />
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="192" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="194" />
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="196" />
        <source>Seats</source>
        <translation>Formasi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="200" />
        <source>Vacant</source>
        <translation>Lowong</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="204" />
        <source>SKJ lines</source>
        <translation>Baris SKJ</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="198" />
        <source>Holders</source>
        <translation>Pemangku</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionsPage</name>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="74" />
        <source>Search units…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="84" />
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="94" />
        <source>Search code, position, jenjang or unit…</source>
        <translation>Cari kode, jabatan, jenjang atau unit…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="99" />
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="100" />
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="101" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="102" />
        <location filename="../../ui/positions/PositionsPage.cpp" line="127" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="103" />
        <location filename="../../ui/positions/PositionsPage.cpp" line="128" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="121" />
        <source>Competency standard (SKJ)</source>
        <translation>Standar Kompetensi Jabatan (SKJ)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="140" />
        <source>Holders</source>
        <translation>Pemangku</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="147" />
        <location filename="../../ui/positions/PositionsPage.cpp" line="148" />
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="147" />
        <source>positions</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="151" />
        <source>Holders of %1</source>
        <translation>Pemangku %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="154" />
        <source>holders</source>
        <translation>pemangku</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="204" />
        <source>Loading positions…</source>
        <translation>Memuat jabatan…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="212" />
        <source>The positions could not be loaded: %1</source>
        <translation>Jabatan tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="314" />
        <source>Choose a position to see its holders.</source>
        <translation>Pilih jabatan untuk melihat pemangkunya.</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="328" />
        <source>&lt;b&gt;%1&lt;/b&gt; · formation %2 · %3 holders · &lt;b&gt;%4 vacancies&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · formasi %2 · %3 pemangku · &lt;b&gt;%4 lowongan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="333" />
        <source>Holders (%1)</source>
        <translation>Pemangku (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="367" />
        <source>%1 positions</source>
        <translation>%1 jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="367" />
        <source>%1 of %2 positions</source>
        <translation>%1 dari %2 jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="386" />
        <source>New position %1</source>
        <translation>Jabatan baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="395" />
        <source>Edit position %1</source>
        <translation>Ubah jabatan %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="410" />
        <source>Delete position %1</source>
        <translation>Hapus jabatan %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="465" />
        <source>Delete the position %1 (%2) with its competency standard?</source>
        <translation>Hapus jabatan %1 (%2) beserta standar kompetensinya?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/positions/PositionsPage.cpp" line="467" />
        <source>%n employee(s) hold it; they will be left without a position.</source>
        <translation><numerusform>%n pegawai memangku jabatan ini; mereka akan tanpa jabatan.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="468" />
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Anda dapat membatalkannya dengan Sunting ▸ Urungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="469" />
        <location filename="../../ui/positions/PositionsPage.cpp" line="472" />
        <source>Delete position</source>
        <translation>Hapus jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.h" line="31" />
        <source>Positions &amp; Standards</source>
        <translation>Jabatan &amp; SKJ</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ProfileFormatter</name>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="27" />
        <source>%1 years %2 months</source>
        <translation>%1 tahun %2 bulan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="34" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="35" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="36" />
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="167" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="39" />
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="42" />
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="42" />
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="42" />
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="44" />
        <source>TMT CPNS (from NIP)</source>
        <translation>TMT CPNS (dari NIP)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="47" />
        <source>TMT (from NI PPPK)</source>
        <translation>TMT (dari NI PPPK)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="48" />
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="48" />
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="49" />
        <source>Masa kerja</source>
        <translation>Masa kerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="50" />
        <source>Pangkat, golongan</source>
        <translation>Pangkat, golongan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="52" />
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="54" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="55" />
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="56" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="57" />
        <source>Retirement</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="58" />
        <source>%1 (age %2)</source>
        <translation>%1 (usia %2)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="74" />
        <source>No standard</source>
        <translation>Tanpa standar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="76" />
        <source>Incomplete: %n competencies not assessed</source>
        <translation><numerusform>Belum lengkap: %n kompetensi belum diases</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="81" />
        <source>Below every band</source>
        <translation>Di bawah semua kategori</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="87" />
        <source>Target position</source>
        <translation>Jabatan sasaran</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="87" />
        <source>Standard of</source>
        <translation>Standar jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="88" />
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="89" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="90" />
        <source>IKK</source>
        <translation>IKK</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="101" />
        <source>no performance rating in the kinerja window</source>
        <translation>tidak ada penilaian kinerja dalam periode kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="103" />
        <source>no complete JPM</source>
        <translation>JPM belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="104" />
        <source>Not placed in the 9-box: %1.</source>
        <translation>Belum terpetakan dalam 9-box: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="106" />
        <source>Box %1 — kinerja %2, potensial %3</source>
        <translation>Kotak %1 — kinerja %2, potensial %3</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="109" />
        <source>Recommendation: %1</source>
        <translation>Rekomendasi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="111" />
        <source>Note: a disciplinary sanction within the rekam jejak window.</source>
        <translation>Catatan: ada hukuman disiplin dalam periode rekam jejak.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="117" />
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="162" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="118" />
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="163" />
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="119" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="120" />
        <source>Required</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="121" />
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="122" />
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="122" />
        <source>Actual − required; negative is below standard</source>
        <translation>Aktual − standar; negatif berarti di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="123" />
        <source>Shortfall</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="123" />
        <source>Levels missing to reach the standard</source>
        <translation>Jumlah level yang kurang untuk mencapai standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="143" />
        <source>not assessed yet</source>
        <translation>belum diases</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="161" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="164" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="165" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="166" />
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="178" />
        <source>validated</source>
        <translation>tervalidasi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="181" />
        <source>needs validation</source>
        <translation>perlu validasi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="184" />
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="203" />
        <source>Employee competency profile</source>
        <translation>Profil kompetensi pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="206" />
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="207" />
        <source>Competency against the standard</source>
        <translation>Kompetensi terhadap standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="209" />
        <source>Actual levels against the standard of %1</source>
        <translation>Level aktual terhadap standar %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="212" />
        <source>Competency gaps</source>
        <translation>Kesenjangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="227" />
        <source>Gap = actual − required; shortfall = levels missing to reach the standard.</source>
        <translation>Gap = aktual − standar; kekurangan = jumlah level yang kurang untuk mencapai standar.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="229" />
        <source>9-box</source>
        <translation>9-box</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="229" />
        <source>Talent</source>
        <translation>Talenta</translation>
    </message>
</context>
<context>
    <name>karsa::ui::SettingsPage</name>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="56" />
        <source>&lt;h2&gt;Settings&lt;/h2&gt;&lt;p&gt;Rules that regulations and agencies vary. Changes apply to every page and report once saved, and can be undone (Edit ▸ Undo).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pengaturan&lt;/h2&gt;&lt;p&gt;Aturan yang berbeda menurut regulasi dan instansi. Perubahan berlaku untuk semua halaman dan laporan setelah disimpan, dan dapat diurungkan (Sunting ▸ Urungkan).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="62" />
        <source>JPM &amp;&amp; categories</source>
        <translation>JPM &amp;&amp; kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="63" />
        <source>Talent 9-box</source>
        <translation>Talenta 9-box</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="64" />
        <source>Retirement ages</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="65" />
        <source>Letterhead &amp;&amp; signature</source>
        <translation>Kop surat &amp;&amp; tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="66" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="71" />
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="72" />
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="138" />
        <source>Category scale used by default</source>
        <translation>Skala kategori bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="142" />
        <source>Count each competency at most at its required level (no compensation between competencies)</source>
        <translation>Hitung setiap kompetensi paling tinggi sampai level standarnya (tanpa kompensasi antarkompetensi)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="144" />
        <source>Weight technical against managerial and socio-cultural competencies (PermenPANRB 35/2020)</source>
        <translation>Bobot kompetensi teknis terhadap manajerial dan sosial kultural (PermenPANRB 35/2020)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="148" />
        <source>Technical share for %1</source>
        <translation>Porsi teknis untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="151" />
        <source>&lt;b&gt;Category scales&lt;/b&gt; — a JPM at or above “From JPM” (and below the next band) falls in that category. Add a band to extend a scale; give a new scale name to add a scale.</source>
        <translation>&lt;b&gt;Skala kategori&lt;/b&gt; — JPM yang sama dengan atau di atas “Mulai JPM” (dan di bawah kategori berikutnya) masuk kategori tersebut. Tambahkan baris untuk memperluas skala; beri nama skala baru untuk menambah skala.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="172" />
        <source>Add band</source>
        <translation>Tambah kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="173" />
        <source>Remove band</source>
        <translation>Hapus kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="206" />
        <source>&lt;b&gt;Kinerja axis&lt;/b&gt; — mean score of the predikat of the last completed years</source>
        <translation>&lt;b&gt;Sumbu kinerja&lt;/b&gt; — rata-rata nilai predikat tahun-tahun terakhir yang sudah selesai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="207" />
        <source>Years of performance counted</source>
        <translation>Jumlah tahun kinerja yang dihitung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="208" />
        <source>Above expectation from score</source>
        <translation>Di atas ekspektasi mulai nilai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="209" />
        <source>Meets expectation from score</source>
        <translation>Sesuai ekspektasi mulai nilai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="212" />
        <source>Score of predikat %1</source>
        <translation>Nilai predikat %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="213" />
        <source>&lt;b&gt;Potensial axis&lt;/b&gt; — from the JPM against the current position</source>
        <translation>&lt;b&gt;Sumbu potensial&lt;/b&gt; — dari JPM terhadap jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="214" />
        <source>High potential from</source>
        <translation>Potensial tinggi mulai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="215" />
        <source>Medium potential from</source>
        <translation>Potensial menengah mulai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="216" />
        <source>&lt;b&gt;Track record&lt;/b&gt; (rekam jejak)</source>
        <translation>&lt;b&gt;Rekam jejak&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="217" />
        <source>Sanctions counted for (months)</source>
        <translation>Hukuman disiplin diperhitungkan selama (bulan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="218" />
        <source>&lt;b&gt;Candidate ranking&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pemeringkatan kandidat&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="219" />
        <source>Exclude candidates retiring within (months)</source>
        <translation>Kecualikan kandidat yang pensiun dalam (bulan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="221" />
        <source>Share of performance in the score</source>
        <translation>Porsi kinerja dalam skor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="230" />
        <source>Retirement age (batas usia pensiun) per jenjang, used for retirement dates and vacancies.</source>
        <translation>Batas usia pensiun per jenjang, dipakai untuk tanggal pensiun dan lowongan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="234" />
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="242" />
        <source>&lt;b&gt;Letterhead&lt;/b&gt; (kop surat) of printed reports</source>
        <translation>&lt;b&gt;Kop surat&lt;/b&gt; laporan cetak</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="243" />
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="244" />
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="245" />
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="246" />
        <source>Phone, e-mail, website</source>
        <translation>Telepon, surel, situs web</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="247" />
        <source>City (for the signature date)</source>
        <translation>Kota (untuk tanggal tanda tangan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="253" />
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="257" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="257" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="261" />
        <source>Logo image</source>
        <translation>Gambar logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="263" />
        <source>&lt;b&gt;Signing official&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pejabat penanda tangan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="264" />
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="265" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="266" />
        <source>Rank (pangkat)</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="267" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="279" />
        <source>Language of the application</source>
        <translation>Bahasa aplikasi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="282" />
        <source>The language changes the next time Karsa starts.</source>
        <translation>Bahasa berubah saat Karsa dijalankan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="340" />
        <location filename="../../ui/settings/SettingsPage.cpp" line="362" />
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="344" />
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/SettingsPage.cpp" line="359" />
        <source>Change %n setting(s)</source>
        <translation><numerusform>Ubah %n pengaturan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/SettingsPage.cpp" line="366" />
        <source>Saved %n setting(s).</source>
        <translation><numerusform>%n pengaturan disimpan.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.h" line="28" />
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>karsa::ui::SingleAssessmentPanel</name>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="38" />
        <source>Employee:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="41" />
        <source>Type a NIP or a name…</source>
        <translation>Ketik NIP atau nama…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="51" />
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="170" />
        <source>No employee chosen.</source>
        <translation>Belum ada pegawai dipilih.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="57" />
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="69" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="58" />
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="70" />
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="59" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="60" />
        <source>Required</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="61" />
        <source>Current</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="61" />
        <source>Latest validated level</source>
        <translation>Level tervalidasi terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="62" />
        <source>Assessed on</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="63" />
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="68" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="71" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="72" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="73" />
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="74" />
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="80" />
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="81" />
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="82" />
        <source>Validate</source>
        <translation>Validasi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="83" />
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="94" />
        <source>Standard of the position: required and current level</source>
        <translation>Standar jabatan: level dipersyaratkan dan level saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="95" />
        <source>Assessment history</source>
        <translation>Riwayat asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="178" />
        <source>&lt;b&gt;%1&lt;/b&gt; · NIP %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · NIP %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="185" />
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="355" />
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="217" />
        <source>Not assessed</source>
        <translation>Belum diases</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="220" />
        <source>Meets the standard</source>
        <translation>Memenuhi standar</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="223" />
        <source>Below by %1</source>
        <translation>Kurang %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="229" />
        <source>Competency standard of %1</source>
        <translation>Standar kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="229" />
        <source>standard-%1</source>
        <translation>standar-%1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="249" />
        <source>Assessment history of %1</source>
        <translation>Riwayat asesmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="249" />
        <source>assessments-%1</source>
        <translation>asesmen-%1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="250" />
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="275" />
        <source>New assessment of %1</source>
        <translation>Asesmen baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="293" />
        <source>Correct assessment of %1</source>
        <translation>Koreksi asesmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="304" />
        <source>Validate assessment of %1</source>
        <translation>Validasi asesmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="305" />
        <source>Reject assessment of %1</source>
        <translation>Tolak asesmen %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::StandardEditor</name>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="34" />
        <source>Add competency</source>
        <translation>Tambah kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="35" />
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="36" />
        <source>Fill from jenjang defaults</source>
        <translation>Isi dari standar jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="37" />
        <source>Adds the manajerial and sosial kultural competencies the standard lacks at the jenjang's default level</source>
        <translation>Menambahkan kompetensi manajerial dan sosial kultural yang belum ada pada level bawaan jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="74" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="75" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="79" />
        <source>Discard changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="80" />
        <source>Save standard</source>
        <translation>Simpan standar</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="87" />
        <source>Competency standard — %1</source>
        <translation>Standar kompetensi — %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="90" />
        <source>standard-%1</source>
        <translation>standar-%1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="130" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · default level %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · level bawaan %4</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="142" />
        <source>Choose a position to see and edit its competency standard.</source>
        <translation>Pilih jabatan untuk melihat dan mengubah standar kompetensinya.</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="211" />
        <source>Edit standard of %1</source>
        <translation>Ubah standar %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::StandardTableModel</name>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="119" />
        <source>(unknown competency)</source>
        <translation>(kompetensi tidak dikenal)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="178" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="180" />
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="182" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="184" />
        <source>Required level</source>
        <translation>Level standar</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="186" />
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
</context>
<context>
    <name>karsa::ui::SuccessionPanel</name>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="26" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="27" />
        <source>Key position</source>
        <translation>Jabatan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="28" />
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="29" />
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="46" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="33" />
        <source>Key positions</source>
        <translation>Jabatan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="33" />
        <source>key-positions</source>
        <translation>jabatan-kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="38" />
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="91" />
        <source>Choose a key position to see its succession pool (boxes 7, 8 and 9).</source>
        <translation>Pilih jabatan kunci untuk melihat kelompok suksesinya (kotak 7, 8 dan 9).</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="42" />
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="43" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="44" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="45" />
        <source>Current position</source>
        <translation>Jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="47" />
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="47" />
        <source>Job person match against the key position</source>
        <translation>Job person match terhadap jabatan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="48" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="49" />
        <source>Track record</source>
        <translation>Rekam jejak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="49" />
        <source>Rekam jejak: a disqualifying sanction</source>
        <translation>Rekam jejak: hukuman disiplin yang menggugurkan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="114" />
        <source>%1 (incomplete)</source>
        <translation>%1 (belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="120" />
        <source>Sanction</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="126" />
        <source>Succession pool of %1 (%2): %n candidate(s)</source>
        <translation><numerusform>Kelompok suksesi %1 (%2): %n kandidat</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="127" />
        <source>Succession pool: %1</source>
        <translation>Kelompok suksesi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="127" />
        <source>succession-%1</source>
        <translation>suksesi-%1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::TablePanel</name>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="24" />
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="33" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="34" />
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/TablePanel.cpp" line="99" />
        <source>%n row(s)</source>
        <translation><numerusform>%n baris</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="99" />
        <source>%1 of %2 rows</source>
        <translation>%1 dari %2 baris</translation>
    </message>
</context>
<context>
    <name>karsa::ui::TalentPage</name>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="32" />
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="50" />
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="51" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="52" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="54" />
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="55" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="56" />
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="56" />
        <source>Job person match against the current position</source>
        <translation>Job person match terhadap jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="57" />
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="57" />
        <source>Kinerja score 0-100</source>
        <translation>Nilai kinerja 0–100</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="58" />
        <source>Potential</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="58" />
        <source>Potensial score 0-100</source>
        <translation>Nilai potensial 0–100</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="59" />
        <source>Track record</source>
        <translation>Rekam jejak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="59" />
        <source>Rekam jejak: a disqualifying sanction</source>
        <translation>Rekam jejak: hukuman disiplin yang menggugurkan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="53" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="53" />
        <source>Why the employee has no box</source>
        <translation>Alasan pegawai tidak masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="68" />
        <source>9-box</source>
        <translation>9-box</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="70" />
        <source>Succession pools</source>
        <translation>Kelompok rencana suksesi</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="95" />
        <source>Computing the talent map…</source>
        <translation>Menghitung peta talenta…</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="112" />
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="146" />
        <source>Thresholds (Settings): performance above ≥ %1, meets ≥ %2 (SKP %3–%4); potential high ≥ %5, middle ≥ %6. Percentages are shares of the employees placed in a box.</source>
        <translation>Ambang (Pengaturan): kinerja di atas ≥ %1, sesuai ≥ %2 (SKP %3–%4); potensial tinggi ≥ %5, menengah ≥ %6. Persentase dihitung dari pegawai yang masuk kotak.</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="194" />
        <source>%1 (incomplete)</source>
        <translation>%1 (belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="206" />
        <source>Sanction</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="212" />
        <source>no performance rating</source>
        <translation>tanpa nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="214" />
        <source>no competency standard</source>
        <translation>tanpa standar kompetensi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/talent/TalentPage.cpp" line="216" />
        <source>%n competency(ies) not assessed</source>
        <translation><numerusform>%n kompetensi belum diases</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="224" />
        <source>Employees without a talent box</source>
        <translation>Pegawai tanpa kotak talenta</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="224" />
        <source>Talent box %1</source>
        <translation>Kotak talenta %1</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="225" />
        <source>talent-unplaced</source>
        <translation>talenta-tanpa-kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="225" />
        <source>talent-box-%1</source>
        <translation>talenta-kotak-%1</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.h" line="26" />
        <source>Talent</source>
        <translation>Talenta</translation>
    </message>
</context>
<context>
    <name>karsa::ui::UnitTreeModel</name>
    <message>
        <location filename="../../ui/positions/UnitTreeModel.cpp" line="161" />
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
</context>
</TS>