<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AssessmentLabels</name>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="16"/>
        <source>Assessment centre</source>
        <translation>Assessment center</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="18"/>
        <source>Competency test (uji kompetensi)</source>
        <translation>Uji kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="20"/>
        <source>360° feedback</source>
        <translation>Umpan balik 360°</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="22"/>
        <source>Self-assessment</source>
        <translation>Penilaian diri</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="24"/>
        <source>Training result</source>
        <translation>Hasil pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="32"/>
        <source>Validated</source>
        <translation>Tervalidasi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="34"/>
        <source>Needs validation</source>
        <translation>Perlu validasi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentLabels.cpp" line="38"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <location filename="../../ui/development/DevelopmentContext.cpp" line="12"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../ui/common/ExportNotice.cpp" line="19"/>
        <source>%1 was saved in the folder %2.</source>
        <translation>%1 sudah disimpan di folder %2.</translation>
    </message>
    <message>
        <location filename="../../ui/common/ExportNotice.cpp" line="26"/>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../ui/common/ExportNotice.cpp" line="27"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../../ui/common/ExportNotice.cpp" line="28"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../ui/common/ExportNotice.cpp" line="29"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ImportPreviewRows</name>
    <message>
        <location filename="../../ui/import/ImportPreviewRows.cpp" line="9"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewRows.cpp" line="10"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewRows.cpp" line="11"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewRows.cpp" line="12"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewRows.cpp" line="13"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewRows.cpp" line="14"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewRows.cpp" line="15"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/common/DbCommand.cpp" line="68"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/common/DbCommand.cpp" line="64"/>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>“%1” tidak dapat diurungkan atau diulangi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="244"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="245"/>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, dipisahkan koma (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="246"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="237"/>
        <location filename="../../ui/common/TableExport.cpp" line="256"/>
        <location filename="../../ui/common/TableExport.cpp" line="293"/>
        <location filename="../../ui/common/TableExport.cpp" line="298"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="271"/>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="298"/>
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="318"/>
        <source>Print preview — %1</source>
        <translation>Pratinjau cetak — %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="311"/>
        <location filename="../../ui/common/TableExport.cpp" line="321"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="46"/>
        <source>Sangat Baik</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="48"/>
        <source>Baik</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="50"/>
        <source>Butuh Perbaikan</source>
        <translation>Butuh Perbaikan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="52"/>
        <source>Kurang/Misconduct</source>
        <translation>Kurang/Misconduct</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="53"/>
        <source>Sangat Kurang</source>
        <translation>Sangat Kurang</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="49"/>
        <source>Creating the demo city of Surabaya…</source>
        <translation>Membuat kota demo Surabaya…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TableExport.cpp" line="271"/>
        <location filename="../../ui/import/ImportJobRunner.cpp" line="16"/>
        <location filename="../../ui/shell/FirstRun.cpp" line="49"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="80"/>
        <source>The demo city could not be created: %1</source>
        <translation>Kota demo tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="37"/>
        <source>Karsa — competency-based career management for ASN</source>
        <translation>Karsa — manajemen karier ASN berbasis kompetensi</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="41"/>
        <source>When the database is new, fill it with the demo city without asking.</source>
        <translation>Jika basis data masih baru, isi dengan kota demo tanpa bertanya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="43"/>
        <source>The database to open.</source>
        <translation>Basis data yang dibuka.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="65"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="66"/>
        <source>Karsa database (*.db *.karsa);;All files (*)</source>
        <translation>Basis data Karsa (*.db *.karsa);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/shell/AboutDialog.cpp" line="25"/>
        <source>About Karsa</source>
        <translation>Tentang Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/AboutDialog.cpp" line="32"/>
        <source>&lt;h2&gt;Karsa %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Karsa %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/AboutDialog.cpp" line="34"/>
        <source>Competency-based career management for the civil servants (ASN) of Kota Surabaya: competency standards, gaps and Job Person Match, development, 360° evaluation, the talent 9-box and placement. Works offline on one office PC.</source>
        <translation>Manajemen karier berbasis kompetensi bagi ASN Pemerintah Kota Surabaya: standar kompetensi, kesenjangan dan Job Person Match, pengembangan kompetensi, penilaian 360°, 9-box talenta, dan penempatan. Bekerja tanpa internet di satu PC kantor.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/AboutDialog.cpp" line="39"/>
        <source>&lt;p&gt;Copyright © 2026 Tim Karsa, BKPSDM Kota Surabaya.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or (at your option) any later version (%1). Karsa comes with ABSOLUTELY NO WARRANTY. You may share and change it under the terms of that licence. Its full text comes with Karsa (the LICENSE file; on Debian /usr/share/common-licenses/GPL-3) and is at https://www.gnu.org/licenses/.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hak cipta © 2026 Tim Karsa, BKPSDM Kota Surabaya.&lt;/p&gt;&lt;p&gt;Lisensi: GNU General Public License versi 3 atau (sesuai pilihan Anda) versi yang lebih baru (%1). Karsa disediakan TANPA JAMINAN APA PUN. Anda boleh membagikan dan mengubahnya menurut ketentuan lisensi tersebut. Teks lengkapnya disertakan bersama Karsa (berkas LICENSE; di Debian /usr/share/common-licenses/GPL-3) dan tersedia di https://www.gnu.org/licenses/.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/AboutDialog.cpp" line="48"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Dibangun dengan Qt %1, berjalan di Qt %2.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::AssessmentDialog</name>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="21"/>
        <source>Correct assessment</source>
        <translation>Koreksi asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="21"/>
        <source>New assessment</source>
        <translation>Asesmen baru</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="31"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="35"/>
        <source>Level (1–5)</source>
        <translation>Level (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="40"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="47"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="49"/>
        <source>e.g. UPT Penilaian Kompetensi, name of the assessor</source>
        <translation>mis. UPT Penilaian Kompetensi, nama asesor</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="50"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="52"/>
        <source>Report number, certificate, observation…</source>
        <translation>Nomor laporan, sertifikat, observasi…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="54"/>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentDialog.cpp" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>karsa::ui::AssessmentsPage</name>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="37"/>
        <source>One employee</source>
        <translation>Satu pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="38"/>
        <source>Batch entry for a unit</source>
        <translation>Input massal per unit</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="71"/>
        <source>Loading employees…</source>
        <translation>Memuat pegawai…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="79"/>
        <source>The employee list could not be loaded: %1</source>
        <translation>Daftar pegawai tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.cpp" line="85"/>
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/AssessmentsPage.h" line="21"/>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
</context>
<context>
    <name>karsa::ui::AuditPage</name>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="26"/>
        <source>Added</source>
        <translation>Ditambah</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="28"/>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="30"/>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="32"/>
        <source>Bulk load</source>
        <translation>Muat massal</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="34"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="36"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="38"/>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="40"/>
        <source>Restore</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="55"/>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;&lt;p&gt;Every change to the data (who, when, which record, old → new), every export and print, backups and restores. Audit rows cannot be changed.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Jejak Audit&lt;/h2&gt;&lt;p&gt;Setiap perubahan data (siapa, kapan, rekaman mana, lama → baru), setiap ekspor dan cetak, pencadangan dan pemulihan. Baris audit tidak dapat diubah.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="61"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="79"/>
        <source>Every action</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="84"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="86"/>
        <location filename="../../ui/security/AuditPage.cpp" line="100"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="88"/>
        <location filename="../../ui/security/AuditPage.cpp" line="102"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="90"/>
        <location filename="../../ui/security/AuditPage.cpp" line="101"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="99"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="103"/>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="104"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="108"/>
        <location filename="../../ui/security/AuditPage.h" line="25"/>
        <source>Audit trail</source>
        <translation>Jejak Audit</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="108"/>
        <source>audit-trail</source>
        <translation>jejak-audit</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="113"/>
        <source>Choose a row to see the values before and after.</source>
        <translation>Pilih satu baris untuk melihat nilai sebelum dan sesudah.</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="175"/>
        <source>Every user</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="178"/>
        <source>(nobody signed in)</source>
        <translation>(belum ada yang masuk)</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="180"/>
        <source>Every table</source>
        <translation>Semua tabel</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="213"/>
        <source>Showing the newest %1 events; narrow the dates or filters to see older ones.</source>
        <translation>Menampilkan %1 kejadian terbaru; persempit tanggal atau saringan untuk melihat yang lebih lama.</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="230"/>
        <source>Before:</source>
        <translation>Sebelum:</translation>
    </message>
    <message>
        <location filename="../../ui/security/AuditPage.cpp" line="230"/>
        <source>After:</source>
        <translation>Sesudah:</translation>
    </message>
</context>
<context>
    <name>karsa::ui::BatchAssessmentModel</name>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="183"/>
        <source>%1 is not in this employee&apos;s standard</source>
        <translation>%1 tidak termasuk standar pegawai ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="184"/>
        <source>%1: changed to %2, not saved yet</source>
        <translation>%1: diubah menjadi %2, belum disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="228"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentModel.cpp" line="230"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>karsa::ui::BatchAssessmentPanel</name>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="42"/>
        <source>Unit (with sub-units):</source>
        <translation>Unit (beserta sub-unit):</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="44"/>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="53"/>
        <source>Assessor or assessment team</source>
        <translation>Asesor atau tim penilai</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="54"/>
        <source>Date of the new assessments:</source>
        <translation>Tanggal asesmen baru:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="57"/>
        <source>Method:</source>
        <translation>Metode:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="60"/>
        <source>Assessor:</source>
        <translation>Asesor:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="67"/>
        <source>Search NIP or name…</source>
        <translation>Cari NIP atau nama…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="74"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="76"/>
        <source>Discard</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="79"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="80"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="105"/>
        <source>Double-click or type 1–5 in a cell to change a level. Changed cells are yellow; grey cells are competencies outside the employee&apos;s standard. Save writes one new assessment per changed cell (undo removes them all).</source>
        <translation>Klik dua kali atau ketik 1–5 pada sel untuk mengubah level. Sel yang diubah berwarna kuning; sel abu-abu adalah kompetensi di luar standar pegawai. Simpan menulis satu asesmen baru per sel yang diubah (urungkan menghapus semuanya).</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="123"/>
        <source>Save assessments</source>
        <translation>Simpan asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="127"/>
        <source>Current competency levels</source>
        <translation>Level kompetensi saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="131"/>
        <source>competency-levels</source>
        <translation>level-kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="152"/>
        <source>Choose a unit…</source>
        <translation>Pilih unit…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="174"/>
        <source>All positions</source>
        <translation>Semua jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="255"/>
        <source>Computing the current levels…</source>
        <translation>Menghitung level saat ini…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="256"/>
        <source>%1 employees × %2 competencies</source>
        <translation>%1 pegawai × %2 kompetensi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="260"/>
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%Ln perubahan belum disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessments/BatchAssessmentPanel.cpp" line="294"/>
        <source>Batch assessment: %n level(s)</source>
        <translation>
            <numerusform>Asesmen massal: %Ln level</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karsa::ui::CalibrationDialog</name>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="33"/>
        <source>Calibrate result</source>
        <translation>Kalibrasi hasil</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="39"/>
        <source>Computed result: hasil kerja %1, perilaku %2 (score %3), predikat %4.</source>
        <translation>Hasil perhitungan: hasil kerja %1, perilaku %2 (nilai %3), predikat %4.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="44"/>
        <source>Calibrated on %1 by %2: %3 → %4 (%5)</source>
        <translation>Dikalibrasi pada %1 oleh %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="54"/>
        <source>Bias flags:</source>
        <translation>Tanda bias:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="70"/>
        <source>Hasil kerja</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="71"/>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="72"/>
        <source>New predikat</source>
        <translation>Predikat baru</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="73"/>
        <source>Reason (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/CalibrationDialog.cpp" line="74"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CataloguePanel</name>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="27"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="28"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="29"/>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="30"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="31"/>
        <source>Provider</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="32"/>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="33"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="33"/>
        <source>Jam pelajaran: 1 JP = 45 minutes</source>
        <translation>Jam pelajaran: 1 JP = 45 menit</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="34"/>
        <source>Cost (Rp)</source>
        <translation>Biaya (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="34"/>
        <source>Cost per participant</source>
        <translation>Biaya per peserta</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="35"/>
        <source>Develops (target level)</source>
        <translation>Mengembangkan (level target)</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="36"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="42"/>
        <source>Training catalogue</source>
        <translation>Katalog pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="42"/>
        <source>training-catalogue</source>
        <translation>katalog-pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="43"/>
        <source>Add programme…</source>
        <translation>Tambah program…</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="44"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="45"/>
        <source>Activate / deactivate</source>
        <translation>Aktifkan / nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="77"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="77"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="91"/>
        <source>Add programme %1</source>
        <translation>Tambah program %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="102"/>
        <source>Edit programme %1</source>
        <translation>Ubah program %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="116"/>
        <location filename="../../ui/development/CataloguePanel.cpp" line="144"/>
        <location filename="../../ui/development/CataloguePanel.cpp" line="155"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="127"/>
        <source>Edit training programme</source>
        <translation>Ubah program pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="150"/>
        <source>Activate %1</source>
        <translation>Aktifkan %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/CataloguePanel.cpp" line="150"/>
        <source>Deactivate %1</source>
        <translation>Nonaktifkan %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CategoryBandModel</name>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="46"/>
        <source>new_scale</source>
        <translation>skala_baru</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="47"/>
        <source>New scale</source>
        <translation>Skala baru</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="148"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="150"/>
        <source>Scale name</source>
        <translation>Nama skala</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="152"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="154"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/CategoryBandModel.cpp" line="156"/>
        <source>From JPM (%)</source>
        <translation>Mulai JPM (%)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetenciesPage</name>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="40"/>
        <source>Search code, name or definition…</source>
        <translation>Cari kode, nama atau definisi…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="45"/>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="73"/>
        <source>New technical competency…</source>
        <translation>Kompetensi teknis baru…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="74"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="75"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="79"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="80"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="97"/>
        <source>Competency dictionary — %1</source>
        <translation>Kamus kompetensi — %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="97"/>
        <source>Competency dictionary</source>
        <translation>Kamus kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="101"/>
        <source>competency-dictionary</source>
        <translation>kamus-kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="138"/>
        <source>The competency dictionary could not be loaded: %1</source>
        <translation>Kamus kompetensi tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="168"/>
        <source>%1 competencies</source>
        <translation>%1 kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="168"/>
        <source>%1 of %2 competencies</source>
        <translation>%1 dari %2 kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="174"/>
        <source>Choose a competency to read its levels.</source>
        <translation>Pilih kompetensi untuk membaca levelnya.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="182"/>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="182"/>
        <source>No definition yet.</source>
        <translation>Belum ada definisi.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="189"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="191"/>
        <source>Not described yet.</source>
        <translation>Belum dideskripsikan.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="196"/>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="208"/>
        <source>New competency %1</source>
        <translation>Kompetensi baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="217"/>
        <source>Edit competency %1</source>
        <translation>Ubah kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="230"/>
        <source>Delete competency %1</source>
        <translation>Hapus kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="267"/>
        <source>Edit competency</source>
        <translation>Ubah kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="284"/>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="290"/>
        <source>Delete competency</source>
        <translation>Hapus kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.cpp" line="285"/>
        <source>Delete the competency %1 (%2) with its level descriptions?
You can undo this with Edit ▸ Undo.</source>
        <translation>Hapus kompetensi %1 (%2) beserta deskripsi levelnya?
Anda dapat membatalkannya dengan Sunting ▸ Urungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetenciesPage.h" line="25"/>
        <source>Competency Dictionary</source>
        <translation>Kamus Kompetensi</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetencyEditDialog</name>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="16"/>
        <source>Edit competency</source>
        <translation>Ubah kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="16"/>
        <source>New technical competency</source>
        <translation>Kompetensi teknis baru</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="24"/>
        <source>e.g. T.SDM.01</source>
        <translation>mis. T.SDM.01</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="25"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="28"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="33"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="36"/>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="46"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="50"/>
        <source>Behavioural indicators (one per line)</source>
        <translation>Indikator perilaku (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="55"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="99"/>
        <source>The code is empty</source>
        <translation>Kode kosong</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyEditDialog.cpp" line="102"/>
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompetencyTableModel</name>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="126"/>
        <source>%1 of 5</source>
        <translation>%1 dari 5</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="142"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="144"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="146"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/competencies/CompetencyTableModel.cpp" line="148"/>
        <source>Levels described</source>
        <translation>Level terdeskripsi</translation>
    </message>
</context>
<context>
    <name>karsa::ui::CompliancePanel</name>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="32"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="33"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="34"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="35"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="36"/>
        <source>Realised JP</source>
        <translation>JP realisasi</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="37"/>
        <source>Minimum JP</source>
        <translation>JP minimal</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="38"/>
        <source>Shortfall JP</source>
        <translation>Kekurangan JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="39"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="46"/>
        <source>Only those behind</source>
        <translation>Hanya yang belum memenuhi</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="68"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: &lt;b&gt;%3&lt;/b&gt; of %4 employees met the minimum of %5 JP (%6); %7 behind, %8 without any JP; average %9 JP.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: &lt;b&gt;%3&lt;/b&gt; dari %4 pegawai memenuhi JP minimal %5 JP (%6); %7 belum memenuhi, %8 belum memiliki JP sama sekali; rata-rata %9 JP.</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="91"/>
        <source>%1: %2 of %3 met, %4 behind, %5 without JP</source>
        <translation>%1: %2 dari %3 memenuhi, %4 belum memenuhi, %5 tanpa JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="94"/>
        <source>Share that met the JP minimum</source>
        <translation>Persentase yang memenuhi JP minimal</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="94"/>
        <source>No sub-units with employees.</source>
        <translation>Tidak ada subunit yang memiliki pegawai.</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="97"/>
        <source>% of employees that met %1 JP in %2 (units with the lowest share)</source>
        <translation>% pegawai yang memenuhi %1 JP pada %2 (unit dengan persentase terendah)</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="134"/>
        <source>Behind the JP minimum %1</source>
        <translation>Belum memenuhi JP minimal %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="135"/>
        <source>JP compliance %1</source>
        <translation>Kepatuhan JP %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/CompliancePanel.cpp" line="136"/>
        <source>jp-compliance-%1</source>
        <translation>kepatuhan-jp-%1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="51"/>
        <source>Unit:</source>
        <translation>Unit Kerja:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="60"/>
        <source>Type to search a unit…</source>
        <translation>Ketik untuk mencari unit…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="68"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="70"/>
        <source>The dashboard with letterhead, its figures and a signature, for a leadership meeting</source>
        <translation>Dasbor dengan kop surat, angka-angkanya dan tanda tangan, untuk rapat pimpinan</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="71"/>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="110"/>
        <source>Click a bar or a slice to list its employees.</source>
        <translation>Klik batang atau irisan untuk menampilkan pegawainya.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="120"/>
        <source>The analytics could not be computed: %1</source>
        <translation>Analitik tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="123"/>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="131"/>
        <source>Computing the analytics…</source>
        <translation>Menghitung analitik…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="143"/>
        <source>Kota Surabaya (all)</source>
        <translation>Kota Surabaya (semua)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="189"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="196"/>
        <source>Kota Surabaya</source>
        <translation>Kota Surabaya</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="207"/>
        <source>Personnel dashboard</source>
        <translation>Dasbor Kepegawaian</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="213"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="230"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="243"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="214"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="231"/>
        <source>JPM complete</source>
        <translation>JPM lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="215"/>
        <source>JPM incomplete</source>
        <translation>JPM belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="216"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="232"/>
        <source>Mean JPM</source>
        <translation>Rata-rata JPM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="217"/>
        <source>In the 9-box</source>
        <translation>Masuk 9-box</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="228"/>
        <source>Employees and shortfalls per unit</source>
        <translation>Pegawai dan kekurangan kompetensi per unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="229"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="240"/>
        <source>9-box</source>
        <translation>9-box</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="241"/>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="242"/>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="247"/>
        <source>Placed in a box</source>
        <translation>Masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="275"/>
        <source>No analytics.</source>
        <translation>Tidak ada analitik.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="282"/>
        <source>&lt;b&gt;%1&lt;/b&gt; employees · JPM complete &lt;b&gt;%2&lt;/b&gt; · incomplete &lt;b&gt;%3&lt;/b&gt; · mean JPM &lt;b&gt;%4&lt;/b&gt; · in the 9-box &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pegawai · JPM lengkap &lt;b&gt;%2&lt;/b&gt; · belum lengkap &lt;b&gt;%3&lt;/b&gt; · rata-rata JPM &lt;b&gt;%4&lt;/b&gt; · dalam 9-box &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="298"/>
        <source>Employees per unit</source>
        <translation>Pegawai per unit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="298"/>
        <source>No sub-units with employees.</source>
        <translation>Tidak ada subunit yang memiliki pegawai.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="300"/>
        <source>Employees per unit (largest %1)</source>
        <translation>Pegawai per unit (%1 terbesar)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="314"/>
        <source>%1: %2 employees</source>
        <translation>%1: %2 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="316"/>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="318"/>
        <source>JPM incomplete (a required competency not assessed): %1 employees</source>
        <translation>JPM belum lengkap (ada kompetensi wajib yang belum diases): %1 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="323"/>
        <source>JPM categories (%1)</source>
        <translation>Kategori JPM (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="327"/>
        <source>JPM %1 — %2</source>
        <translation>JPM %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="330"/>
        <source>JPM incomplete — %1</source>
        <translation>JPM belum lengkap — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="344"/>
        <source>%1 %2: mean gap %3, %4 of %5 assessed below standard</source>
        <translation>%1 %2: rata-rata gap %3, %4 dari %5 yang diases di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="352"/>
        <source>Mean gap per competency</source>
        <translation>Rata-rata gap per kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="352"/>
        <source>No assessed competencies.</source>
        <translation>Belum ada kompetensi yang diases.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="355"/>
        <source>Mean gap per competency (actual − required; the %1 lowest)</source>
        <translation>Rata-rata gap per kompetensi (aktual − standar; %1 terendah)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="361"/>
        <source>Below standard in %1 — %2</source>
        <translation>Di bawah standar pada %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="375"/>
        <source>9-box (not placed: %1)</source>
        <translation>9-box (belum terpetakan: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="377"/>
        <source>Box %1 — %2</source>
        <translation>Kotak %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="233"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="391"/>
        <source>Competencies below standard</source>
        <translation>Kompetensi di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="391"/>
        <source>No shortfalls.</source>
        <translation>Tidak ada kekurangan.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="393"/>
        <source>% of assessed competencies below standard</source>
        <translation>% kompetensi yang diases di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="82"/>
        <location filename="../../ui/dashboard/DashboardPage.h" line="25"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>karsa::ui::DevelopmentPage</name>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="43"/>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="50"/>
        <source>Unit:</source>
        <translation>Unit Kerja:</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="66"/>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="67"/>
        <source>Realisation</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="68"/>
        <source>JP compliance</source>
        <translation>Kepatuhan JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="69"/>
        <source>Pending validation</source>
        <translation>Menunggu validasi</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="70"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="102"/>
        <source>Computing the analytics…</source>
        <translation>Menghitung analitik…</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="115"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="137"/>
        <source>Loading %1…</source>
        <translation>Memuat %1…</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.cpp" line="169"/>
        <source>%1 · %2 employees · %3 plans · %4 trainings · minimum %5 JP</source>
        <translation>%1 · %2 pegawai · %3 rencana · %4 pelatihan · minimal %5 JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/DevelopmentPage.h" line="28"/>
        <source>Development</source>
        <translation>Pengembangan</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeEditDialog</name>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="37"/>
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="37"/>
        <source>New employee</source>
        <translation>Pegawai baru</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="47"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="60"/>
        <source>Title before name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="63"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="65"/>
        <source>Title after name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="67"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="74"/>
        <source>%1 (PPPK)</source>
        <translation>%1 (PPPK)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="76"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="78"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="85"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="87"/>
        <source>Field of study</source>
        <translation>Jurusan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="90"/>
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="94"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="96"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="101"/>
        <source>TMT position</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="104"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="106"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="108"/>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="123"/>
        <source>(no position)</source>
        <translation>(tanpa jabatan)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="147"/>
        <source>Born %1 · %2 · TMT %3</source>
        <translation>Lahir %1 · %2 · TMT %3</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="149"/>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeEditDialog.cpp" line="149"/>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeProfile</name>
    <message>
        <location filename="../../ui/profile/EmployeeProfile.cpp" line="16"/>
        <source>The analytics are not ready.</source>
        <translation>Analitik belum siap.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfile.cpp" line="23"/>
        <source>The employee is not in the analytics yet.</source>
        <translation>Pegawai belum ada dalam analitik.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeProfileWindow</name>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="55"/>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="205"/>
        <source>Employee profile</source>
        <translation>Profil pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="70"/>
        <source>Compare with position…</source>
        <translation>Bandingkan dengan jabatan…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="72"/>
        <source>Gaps and JPM against the position to be held (PP 11/2017 art. 206)</source>
        <translation>Gap dan JPM terhadap jabatan yang akan diduduki (PP 11/2017 ps. 206)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="73"/>
        <source>Back to the current position</source>
        <translation>Kembali ke jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="74"/>
        <source>Export PDF…</source>
        <translation>Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="75"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="83"/>
        <source>Profile-%1</source>
        <translation>Profil-%1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="92"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="97"/>
        <source>Talent (9-box)</source>
        <translation>Talenta (9-box)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="105"/>
        <source>Competency against the standard</source>
        <translation>Kompetensi terhadap standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="123"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="124"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="125"/>
        <source>IKK</source>
        <translation>IKK</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="138"/>
        <source>Shortfall: &lt;span style=&apos;background:#d6f0dc&apos;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffe8b0&apos;&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f8c8c8&apos;&gt;&amp;nbsp;≥ 2&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e0e0e0&apos;&gt;&amp;nbsp;not assessed yet&amp;nbsp;&lt;/span&gt;</source>
        <translation>Kekurangan: &lt;span style=&apos;background:#d6f0dc&apos;&gt;&amp;nbsp;0&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffe8b0&apos;&gt;&amp;nbsp;1&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#f8c8c8&apos;&gt;&amp;nbsp;≥ 2&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e0e0e0&apos;&gt;&amp;nbsp;belum diases&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="144"/>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="242"/>
        <source>Competency gaps</source>
        <translation>Kesenjangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="149"/>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="245"/>
        <source>Assessment history</source>
        <translation>Riwayat asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="170"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="209"/>
        <source>%1 — Employee profile</source>
        <translation>%1 — Profil pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="211"/>
        <source>NIP %1 · %2 · %3</source>
        <translation>NIP %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="219"/>
        <source>&lt;b&gt;Compared with:&lt;/b&gt; %1 (%2) — not the current position</source>
        <translation>&lt;b&gt;Dibandingkan dengan:&lt;/b&gt; %1 (%2) — bukan jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="221"/>
        <source>&lt;b&gt;Standard of the current position:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Standar jabatan saat ini:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="237"/>
        <source>Competency profile</source>
        <translation>Profil kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="237"/>
        <source>The position has no standard.</source>
        <translation>Jabatan belum memiliki standar.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="239"/>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="239"/>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="242"/>
        <source>gaps-%1</source>
        <translation>gap-%1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/EmployeeProfileWindow.cpp" line="245"/>
        <source>assessments-%1</source>
        <translation>asesmen-%1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeeTableModel</name>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="239"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="245"/>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="260"/>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="345"/>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="260"/>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="276"/>
        <source>JPM completeness</source>
        <translation>Kelengkapan JPM</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="281"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="283"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="285"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="287"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="289"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="291"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="293"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeeTableModel.cpp" line="295"/>
        <source>JPM category</source>
        <translation>Kategori JPM</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EmployeesPage</name>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="46"/>
        <source>Search name, NIP, position or unit…</source>
        <translation>Cari nama, NIP, jabatan atau unit…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="61"/>
        <source>Show all employees</source>
        <translation>Tampilkan semua pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="69"/>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="71"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="72"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="79"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="80"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="210"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="216"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="382"/>
        <location filename="../../ui/employees/EmployeesPage.h" line="27"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="116"/>
        <source>Right-click to choose the columns</source>
        <translation>Klik kanan untuk memilih kolom</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="157"/>
        <source>Unit:</source>
        <translation>Unit Kerja:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="160"/>
        <source>Jenjang:</source>
        <translation>Jenjang:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="161"/>
        <source>Golongan:</source>
        <translation>Golongan:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="162"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="163"/>
        <source>JPM category:</source>
        <translation>Kategori JPM:</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="164"/>
        <source>Reset filters</source>
        <translation>Atur ulang filter</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="169"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="172"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="176"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="179"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="334"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="180"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="209"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="237"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="201"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="201"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="202"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="203"/>
        <source>JPM category</source>
        <translation>Kategori JPM</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="338"/>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="373"/>
        <source>Loading employees…</source>
        <translation>Memuat pegawai…</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="382"/>
        <source>The employee list could not be loaded: %1</source>
        <translation>Daftar pegawai tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="409"/>
        <source>%1 employees</source>
        <translation>%1 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="409"/>
        <source>%1 of %2 employees</source>
        <translation>%1 dari %2 pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="422"/>
        <source>Filter: %1 (other filters cleared)</source>
        <translation>Filter: %1 (filter lain dihapus)</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="450"/>
        <source>New employee %1</source>
        <translation>Pegawai baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="464"/>
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="472"/>
        <source>Edit employee %1</source>
        <translation>Ubah data pegawai %1</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="487"/>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="507"/>
        <source>Delete employee</source>
        <translation>Hapus pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="488"/>
        <source>Delete %1 (NIP %2) with their assessment history and performance records?
You can undo this with Edit ▸ Undo.</source>
        <translation>Hapus %1 (NIP %2) beserta riwayat asesmen dan catatan kinerjanya?
Anda dapat membatalkannya dengan Sunting ▸ Urungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/employees/EmployeesPage.cpp" line="494"/>
        <source>Delete employee %1</source>
        <translation>Hapus pegawai %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EvaluationEditor</name>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="61"/>
        <source>Performance evaluation</source>
        <translation>Penilaian kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="80"/>
        <source>New evaluation cycle %1</source>
        <translation>Periode penilaian baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="102"/>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="113"/>
        <source>Generate raters</source>
        <translation>Tetapkan penilai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="114"/>
        <source>%n rater(s) assigned from the position hierarchy.</source>
        <translation>
            <numerusform>%Ln penilai ditetapkan dari hierarki jabatan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="124"/>
        <source>Public</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="125"/>
        <source>%1 rates %2 as %3</source>
        <translation>%1 menilai %2 sebagai %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="136"/>
        <source>Answers of a rater</source>
        <translation>Jawaban penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="153"/>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="181"/>
        <source>Add rater</source>
        <translation>Tambah penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="159"/>
        <source>NIP of the rater</source>
        <translation>NIP penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="160"/>
        <source>Employee rated</source>
        <translation>Pegawai yang dinilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="161"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="162"/>
        <source>Rater NIP</source>
        <translation>NIP penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="203"/>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="210"/>
        <source>Remove rater</source>
        <translation>Hapus penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="203"/>
        <source>Remove this rater and their answers?</source>
        <translation>Hapus penilai ini beserta jawabannya?</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="228"/>
        <source>Public feedback for %1</source>
        <translation>Umpan balik masyarakat untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="235"/>
        <source>Public feedback</source>
        <translation>Umpan balik masyarakat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="252"/>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="266"/>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="277"/>
        <source>Import public feedback</source>
        <translation>Impor umpan balik masyarakat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="253"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="258"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="278"/>
        <source>%1 forms imported: %2 for employees, %3 for units.</source>
        <translation>%1 formulir diimpor: %2 untuk pegawai, %3 untuk unit kerja.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="290"/>
        <source>Not entered</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="293"/>
        <source>Hasil kerja (SKP)</source>
        <translation>Hasil kerja (SKP)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="301"/>
        <source>Hasil kerja of %1</source>
        <translation>Hasil kerja %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="332"/>
        <source>Calibrate %1</source>
        <translation>Kalibrasi %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="357"/>
        <source>Close cycle</source>
        <translation>Tutup periode</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="359"/>
        <source>Close &apos;%1&apos;? %2 final results are written to the performance ratings of %3 (the talent 9-box); %4 pending results are not.</source>
        <translation>Tutup &apos;%1&apos;? %2 hasil final dicatat sebagai penilaian kinerja tahun %3 (dipakai 9-box talenta); %4 hasil tertunda tidak dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="361"/>
        <source>Close &apos;%1&apos;? %2 results are final, %4 pending. Quarterly results are not written to the performance ratings (%3).</source>
        <translation>Tutup &apos;%1&apos;? %2 hasil final, %4 tertunda. Hasil triwulanan tidak dicatat sebagai penilaian kinerja (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="371"/>
        <source>Close %1</source>
        <translation>Tutup %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="392"/>
        <source>Reopen %1</source>
        <translation>Buka kembali %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="403"/>
        <source>Lock cycle</source>
        <translation>Kunci periode</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="404"/>
        <source>Lock &apos;%1&apos;? Afterwards no answer, hasil kerja or calibration can change.</source>
        <translation>Kunci &apos;%1&apos;? Setelah itu jawaban, hasil kerja, dan kalibrasi tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationEditor.cpp" line="409"/>
        <source>Lock %1</source>
        <translation>Kunci %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EvaluationInstrumentWidget</name>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="25"/>
        <source>Core value</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="26"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="26"/>
        <source>Column name in public-feedback CSV files</source>
        <translation>Nama kolom pada berkas CSV umpan balik masyarakat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="27"/>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="30"/>
        <source>BerAKHLAK evaluation instrument</source>
        <translation>Instrumen penilaian BerAKHLAK</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="30"/>
        <source>evaluation-instrument</source>
        <translation>instrumen-penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="32"/>
        <source>Edit text…</source>
        <translation>Ubah uraian…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="36"/>
        <source>Predikat matrix (hasil kerja × perilaku kerja)</source>
        <translation>Matriks predikat (hasil kerja × perilaku kerja)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="39"/>
        <source>Perilaku: %1</source>
        <translation>Perilaku: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="42"/>
        <source>Hasil kerja: %1</source>
        <translation>Hasil kerja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="100"/>
        <source>Behaviour %1</source>
        <translation>Perilaku %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="100"/>
        <source>Text</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="104"/>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="109"/>
        <source>Behaviour text</source>
        <translation>Uraian perilaku</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="124"/>
        <location filename="../../ui/settings/EvaluationInstrumentWidget.cpp" line="129"/>
        <source>Predikat matrix</source>
        <translation>Matriks predikat</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EvaluationPage</name>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="46"/>
        <source>Cycle:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="60"/>
        <source>New cycle…</source>
        <translation>Periode baru…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="65"/>
        <source>Generate raters</source>
        <translation>Tetapkan penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="66"/>
        <source>Import public feedback…</source>
        <translation>Impor umpan balik masyarakat…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="67"/>
        <source>Close cycle</source>
        <translation>Tutup periode</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="68"/>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="69"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="62"/>
        <source>Export summary…</source>
        <translation>Ekspor rekapitulasi…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="63"/>
        <source>Print summary…</source>
        <translation>Cetak rekapitulasi…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="80"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="99"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="127"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="81"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="128"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="82"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="129"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="518"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="83"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="84"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="85"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="86"/>
        <source>Answered / assigned</source>
        <translation>Menjawab / ditetapkan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="87"/>
        <source>Public forms</source>
        <translation>Formulir masyarakat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="88"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="89"/>
        <source>Why pending</source>
        <translation>Alasan tertunda</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="94"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="98"/>
        <source>Employee rated</source>
        <translation>Pegawai yang dinilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="100"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="423"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="101"/>
        <source>Rater</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="102"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="424"/>
        <source>Answered</source>
        <translation>Menjawab</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="103"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="112"/>
        <source>Enter answers…</source>
        <translation>Isi jawaban…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="113"/>
        <source>Add rater…</source>
        <translation>Tambah penilai…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="114"/>
        <source>Public feedback…</source>
        <translation>Umpan balik masyarakat…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="115"/>
        <source>Remove rater</source>
        <translation>Hapus penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="118"/>
        <source>Rater lists are not exported: peers, subordinates and the public stay anonymous.</source>
        <translation>Daftar penilai tidak diekspor: rekan sejawat, bawahan, dan masyarakat tetap anonim.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="123"/>
        <source>Raters and answers</source>
        <translation>Penilai dan jawaban</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="130"/>
        <source>Hasil kerja</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="131"/>
        <source>Perilaku score</source>
        <translation>Nilai perilaku</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="131"/>
        <source>Weighted 360° score on the cycle&apos;s scale</source>
        <translation>Nilai 360° terbobot pada skala periode</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="132"/>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="133"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="135"/>
        <source>Bias flags</source>
        <translation>Tanda bias</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="135"/>
        <source>Shown to the officer; scores are not changed</source>
        <translation>Ditampilkan kepada petugas; nilai tidak diubah</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="141"/>
        <source>Hasil kerja…</source>
        <translation>Hasil kerja…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="142"/>
        <source>Calibrate…</source>
        <translation>Kalibrasi…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="144"/>
        <source>Report card…</source>
        <translation>Rapor…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="145"/>
        <source>Report cards of a unit…</source>
        <translation>Rapor satu unit kerja…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="154"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="269"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="286"/>
        <source>No evaluation cycle yet. Create one with &quot;New cycle…&quot;, then generate its raters.</source>
        <translation>Belum ada periode penilaian. Buat dengan &quot;Periode baru…&quot;, lalu tetapkan penilainya.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="290"/>
        <source>Loading the cycle…</source>
        <translation>Memuat periode…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="314"/>
        <source>%1 · %2 · scale 1–%3 · status %4. %5 employees: %6 final, %7 pending, %8 calibrated; forms answered %9. Predikat: %10.</source>
        <translation>%1 · %2 · skala 1–%3 · status %4. %5 pegawai: %6 final, %7 tertunda, %8 dikalibrasi; formulir dijawab %9. Predikat: %10.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="321"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="336"/>
        <source>Calibrated</source>
        <translation>Dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="336"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="336"/>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="386"/>
        <source>Public</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="386"/>
        <source>Public (%1)</source>
        <translation>Masyarakat (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="392"/>
        <source>Yes (%1 of %2)</source>
        <translation>Ya (%1 dari %2)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="392"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="401"/>
        <source>Evaluation progress</source>
        <translation>Kemajuan penilaian kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="401"/>
        <source>evaluation-progress</source>
        <translation>kemajuan-penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="402"/>
        <source>Evaluation results</source>
        <translation>Hasil penilaian kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="402"/>
        <source>evaluation-results</source>
        <translation>hasil-penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="403"/>
        <source>Raters</source>
        <translation>Penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="403"/>
        <source>raters</source>
        <translation>penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="417"/>
        <source>Select an employee to see the result by role, the bias flags and the feedback.</source>
        <translation>Pilih pegawai untuk melihat hasil per peran, tanda bias, dan umpan balik.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="424"/>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="424"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="430"/>
        <source>hidden (anonymity)</source>
        <translation>disembunyikan (anonimitas)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="445"/>
        <source>Bias flags (scores are not changed)</source>
        <translation>Tanda bias (nilai tidak diubah)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="447"/>
        <source>Calibration</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="448"/>
        <source>%1 → %2 by %3: %4</source>
        <translation>%1 → %2 oleh %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="452"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="453"/>
        <source>Development areas</source>
        <translation>Area pengembangan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="454"/>
        <source>What raters appreciate</source>
        <translation>Yang diapresiasi penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="455"/>
        <source>Raters&apos; suggestions</source>
        <translation>Saran penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="456"/>
        <source>Suggested for the development plan</source>
        <translation>Usulan untuk rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="496"/>
        <source>evaluation-summary</source>
        <translation>rekapitulasi-penilaian-kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="510"/>
        <source>report-card-%1</source>
        <translation>rapor-%1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="518"/>
        <source>Report cards of a unit</source>
        <translation>Rapor satu unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="523"/>
        <source>report-cards</source>
        <translation>rapor-unit-kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/EvaluationPage.h" line="31"/>
        <source>Performance Evaluation</source>
        <translation>Penilaian Kinerja</translation>
    </message>
</context>
<context>
    <name>karsa::ui::EvaluationSettingsWidget</name>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="34"/>
        <source>No national 360° weighting exists under PermenPANRB 6/2022: these are the agency&apos;s rules. Weights are relative; roles with fewer assigned raters than the minimum are left out to keep them anonymous.</source>
        <translation>PermenPANRB 6/2022 tidak menetapkan bobot 360° secara nasional: ini aturan instansi. Bobot bersifat relatif; peran dengan penilai yang ditetapkan kurang dari jumlah minimum tidak diperhitungkan agar tetap anonim.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="41"/>
        <source>Weight: %1</source>
        <translation>Bobot: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="45"/>
        <source>Minimum raters: %1</source>
        <translation>Minimum penilai: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="46"/>
        <source>Anonymous roles</source>
        <translation>Peran anonim</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="47"/>
        <source>Required roles</source>
        <translation>Peran wajib</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="48"/>
        <source>Answer scale 1 to (new cycles)</source>
        <translation>Skala jawaban 1 sampai (periode baru)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="49"/>
        <source>Perilaku above expectation from (% of scale)</source>
        <translation>Perilaku di atas ekspektasi mulai (% skala)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="51"/>
        <source>Perilaku meets expectation from (% of scale)</source>
        <translation>Perilaku sesuai ekspektasi mulai (% skala)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="53"/>
        <source>Peers generated per employee</source>
        <translation>Rekan sejawat yang ditetapkan per pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="54"/>
        <source>Subordinates generated per employee</source>
        <translation>Bawahan yang ditetapkan per pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="55"/>
        <source>Leniency flag: rater mean above the cycle by</source>
        <translation>Tanda leniency: rata-rata penilai melebihi rata-rata periode sebesar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="56"/>
        <source>Halo flag: variance at most</source>
        <translation>Tanda halo: varians paling tinggi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="57"/>
        <source>Halo flag: with at least (answers)</source>
        <translation>Tanda halo: dengan paling sedikit (jawaban)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="58"/>
        <source>Self-assessment flag: gap from the others of</source>
        <translation>Tanda penilaian diri: selisih dari penilai lain sebesar</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="59"/>
        <source>Quarterly cycles also write the performance ratings</source>
        <translation>Periode triwulanan juga dicatat sebagai penilaian kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="71"/>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="72"/>
        <source>Save evaluation settings</source>
        <translation>Simpan pengaturan penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="157"/>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="171"/>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="163"/>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="167"/>
        <source>Change %n evaluation setting(s)</source>
        <translation>
            <numerusform>Ubah %Ln pengaturan penilaian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/EvaluationSettingsWidget.cpp" line="175"/>
        <source>Saved %n evaluation setting(s).</source>
        <translation>
            <numerusform>%Ln pengaturan penilaian disimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karsa::ui::FirstRunDialog</name>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="20"/>
        <source>Welcome to Karsa</source>
        <translation>Selamat datang di Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="22"/>
        <source>&lt;h3&gt;Welcome to Karsa&lt;/h3&gt;&lt;p&gt;There is no database yet. How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Selamat datang di Karsa&lt;/h3&gt;&lt;p&gt;Belum ada basis data. Bagaimana Anda ingin memulai?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="25"/>
        <source>Create the demo city of Surabaya (2,000 employees) to explore Karsa</source>
        <translation>Buat kota demo Surabaya (2.000 pegawai) untuk mencoba Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="26"/>
        <source>Start with an empty database for the agency&apos;s own data</source>
        <translation>Mulai dengan basis data kosong untuk data instansi sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/FirstRun.cpp" line="27"/>
        <source>Open an existing Karsa database file…</source>
        <translation>Buka berkas basis data Karsa yang sudah ada…</translation>
    </message>
</context>
<context>
    <name>karsa::ui::GeneratePlanDialog</name>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="23"/>
        <source>Generate development plans %1</source>
        <translation>Buat rencana pengembangan %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="25"/>
        <source>Each competency below the required level becomes a need (the current position first, largest shortfall first, then the target position), matched to the catalogue; the plan is filled up to %1 JP where the catalogue allows.</source>
        <translation>Setiap kompetensi di bawah level standar menjadi kebutuhan (jabatan saat ini lebih dulu, kesenjangan terbesar lebih dulu, lalu jabatan target) yang dipasangkan dengan katalog; rencana dilengkapi hingga %1 JP sejauh katalog memungkinkan.</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="32"/>
        <source>One employee</source>
        <translation>Satu pegawai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="33"/>
        <source>Every employee of %1 (%n employee(s))</source>
        <translation>
            <numerusform>Semua pegawai %1 (%Ln pegawai)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="41"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="42"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="46"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="56"/>
        <source>Target position:</source>
        <translation>Jabatan target:</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="59"/>
        <source>Replace draft plans (approved plans are never replaced)</source>
        <translation>Ganti rencana berstatus draf (rencana yang sudah disetujui tidak pernah diganti)</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="62"/>
        <source>Generate</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location filename="../../ui/development/GeneratePlanDialog.cpp" line="83"/>
        <source>No employee has this NIP</source>
        <translation>Tidak ada pegawai dengan NIP ini</translation>
    </message>
</context>
<context>
    <name>karsa::ui::HolderTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/positions/HolderTableModel.cpp" line="72"/>
        <source>%n competencies of the standard have no current assessment; the JPM is a lower bound.</source>
        <translation>
            <numerusform>%Ln kompetensi standar belum memiliki hasil asesmen terkini; JPM ini merupakan batas bawah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="94"/>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="111"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="113"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="115"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="117"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/positions/HolderTableModel.cpp" line="119"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ImportDonePage</name>
    <message>
        <location filename="../../ui/import/ImportDonePage.cpp" line="12"/>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ImportFilePage</name>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="18"/>
        <source>Choose the file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="19"/>
        <source>The whole file is checked first; nothing is written until you confirm the preview.</source>
        <translation>Seluruh berkas diperiksa terlebih dahulu; tidak ada yang disimpan sebelum Anda menyetujui pratinjau.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="21"/>
        <source>Employees (SIASN export)</source>
        <translation>Pegawai (ekspor SIASN)</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="22"/>
        <source>Assessment results</source>
        <translation>Hasil penilaian kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="23"/>
        <source>Competency dictionary and position standards (SKJ)</source>
        <translation>Kamus kompetensi dan standar kompetensi jabatan (SKJ)</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="25"/>
        <source>CSV or XLSX file</source>
        <translation>Berkas CSV atau XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="26"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="34"/>
        <source>Employees: the SIASN &quot;Export Data ASN&quot; file (nip_baru, nama, gol_akhir_nama, jabatan_nama, unor_nama, …; header spellings may vary).
Assessments: nip, kode_kompetensi or kompetensi, level, tanggal, metode, asesor.
Standards: a dictionary sheet (kode, nama, jenis, definisi, level_1…level_5) and/or an SKJ sheet (kode_jabatan or jabatan, kode_kompetensi or kompetensi, level_standar, bobot).</source>
        <translation>Pegawai: berkas &quot;Export Data ASN&quot; dari SIASN (nip_baru, nama, gol_akhir_nama, jabatan_nama, unor_nama, …; penulisan judul kolom boleh berbeda).
Penilaian: nip, kode_kompetensi atau kompetensi, level, tanggal, metode, asesor.
Standar: lembar kamus (kode, nama, jenis, definisi, level_1…level_5) dan/atau lembar SKJ (kode_jabatan atau jabatan, kode_kompetensi atau kompetensi, level_standar, bobot).</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="42"/>
        <location filename="../../ui/import/ImportFilePage.cpp" line="51"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="43"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportFilePage.cpp" line="52"/>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabel (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ImportMappingPage</name>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="20"/>
        <source>Columns, units and positions</source>
        <translation>Kolom, unit kerja, dan jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="21"/>
        <source>Units and positions the file names that are not in the database are created with the import, unless you choose an existing one here.</source>
        <translation>Unit kerja dan jabatan dalam berkas yang belum ada di basis data akan dibuat saat impor, kecuali Anda memilih yang sudah ada di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="49"/>
        <source>Every column of the file is recognised.</source>
        <translation>Semua kolom dalam berkas dikenali.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="50"/>
        <source>Columns not imported (not recognised): %1</source>
        <translation>Kolom yang tidak diimpor (tidak dikenali): %1</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="54"/>
        <source>Every unit and position in the file is already in the database.</source>
        <translation>Semua unit kerja dan jabatan dalam berkas sudah ada di basis data.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="55"/>
        <source>New units: %1, new positions: %2.</source>
        <translation>Unit kerja baru: %1, jabatan baru: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="57"/>
        <source>The first %1 are listed; the others are created.</source>
        <translation>%1 yang pertama ditampilkan; sisanya akan dibuat.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="76"/>
        <source>Create new</source>
        <translation>Buat baru</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="79"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="79"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportMappingPage.cpp" line="84"/>
        <source> in %1</source>
        <translation> di %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import/ImportMappingPage.cpp" line="85"/>
        <source> (%n row(s))</source>
        <translation>
            <numerusform> (%Ln baris)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karsa::ui::ImportPreviewPage</name>
    <message>
        <location filename="../../ui/import/ImportPreviewPage.cpp" line="17"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewPage.cpp" line="18"/>
        <source>Check what the import will change. Importing writes everything at once, or nothing.</source>
        <translation>Periksa perubahan yang akan dilakukan impor. Impor menyimpan semuanya sekaligus, atau tidak sama sekali.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewPage.cpp" line="19"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import/ImportPreviewPage.cpp" line="45"/>
        <source>%n row(s) are rejected. Correct the file and choose it again; nothing can be imported while a row is rejected.</source>
        <translation>
            <numerusform>%Ln baris ditolak. Perbaiki berkas lalu pilih kembali; tidak ada yang dapat diimpor selama masih ada baris yang ditolak.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewPage.cpp" line="50"/>
        <source>Nothing to import: every row is already stored as it is in the file.</source>
        <translation>Tidak ada yang perlu diimpor: semua baris sudah tersimpan sama seperti dalam berkas.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewPage.cpp" line="52"/>
        <source>The table lists the first %1 rows to add or unchanged; the counts above are complete.</source>
        <translation>Tabel menampilkan %1 baris pertama yang ditambah atau tidak berubah; jumlah di atas sudah lengkap.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportPreviewPage.cpp" line="59"/>
        <source>Import preview</source>
        <translation>Pratinjau impor</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="17"/>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="43"/>
        <source>Reading and checking the file…</source>
        <translation>Membaca dan memeriksa berkas…</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="66"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="77"/>
        <source>Imported from %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Diimpor dari %1: %2 ditambah, %3 diubah, %4 tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/import/ImportWizard.cpp" line="83"/>
        <source>A backup of the database before the import was saved to %1.</source>
        <translation>Cadangan basis data sebelum impor disimpan di %1.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::JpDashboardChart</name>
    <message>
        <location filename="../../ui/development/JpDashboardChart.cpp" line="69"/>
        <location filename="../../ui/development/JpDashboardChart.cpp" line="77"/>
        <source>JP compliance</source>
        <translation>Kepatuhan JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/JpDashboardChart.cpp" line="69"/>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../ui/development/JpDashboardChart.cpp" line="89"/>
        <source>%1: %2 of %3 met, %4 behind, %5 without JP</source>
        <translation>%1: %2 dari %3 memenuhi, %4 belum memenuhi, %5 tanpa JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/JpDashboardChart.cpp" line="96"/>
        <source>JP %1: %2 met %3 JP (units with the lowest share)</source>
        <translation>JP %1: %2 memenuhi %3 JP (unit dengan persentase terendah)</translation>
    </message>
    <message>
        <location filename="../../ui/development/JpDashboardChart.cpp" line="101"/>
        <source>No sub-units with employees.</source>
        <translation>Tidak ada subunit yang memiliki pegawai.</translation>
    </message>
    <message>
        <location filename="../../ui/development/JpDashboardChart.cpp" line="116"/>
        <source>Behind the JP minimum — %1</source>
        <translation>Belum memenuhi JP minimal — %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::LetterheadDialog</name>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="21"/>
        <source>Letterhead and signing official</source>
        <translation>Kop surat dan pejabat penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="23"/>
        <source>&lt;h3&gt;Who signs the printed reports?&lt;/h3&gt;&lt;p&gt;Karsa prints the agency&apos;s letterhead (kop surat) and a signature block on every report. Fill them in now, or later in Settings ▸ Letterhead &amp;amp; signature.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Siapa yang menandatangani laporan cetak?&lt;/h3&gt;&lt;p&gt;Karsa mencetak kop surat instansi dan blok tanda tangan pada setiap laporan. Isi sekarang, atau nanti di Pengaturan ▸ Kop surat &amp;amp; tanda tangan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="40"/>
        <source>&lt;b&gt;Letterhead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kop surat&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="41"/>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="42"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="43"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="44"/>
        <source>Phone, e-mail, website</source>
        <translation>Telepon, surel, situs web</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="45"/>
        <source>City (for the signature date)</source>
        <translation>Kota (untuk tanggal tanda tangan)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="50"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="53"/>
        <source>Logo image</source>
        <translation>Gambar logo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="55"/>
        <source>&lt;b&gt;Signing official&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pejabat penanda tangan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="56"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="56"/>
        <source>with academic titles, e.g. Drs. Ahmad Fauzi, M.Si.</source>
        <translation>dengan gelar, mis. Drs. Ahmad Fauzi, M.Si.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="57"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="58"/>
        <source>Rank (pangkat)</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="59"/>
        <source>Title (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="60"/>
        <source>Signs on behalf of (a.n.), optional</source>
        <translation>Atas nama (a.n.), bila ada</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="60"/>
        <source>e.g. Kepala BKPSDM</source>
        <translation>mis. Kepala BKPSDM</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="61"/>
        <source>Acting official (Plt.)</source>
        <translation>Pelaksana tugas (Plt.)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="75"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="78"/>
        <source>Later</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="91"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="91"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/LetterheadDialog.cpp" line="105"/>
        <source>NIP: %1</source>
        <translation>NIP: %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/security/LoginDialog.cpp" line="19"/>
        <source>Sign in — Karsa</source>
        <translation>Masuk — Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/security/LoginDialog.cpp" line="21"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sign in with your Karsa user name and password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Masuk dengan nama pengguna dan kata sandi Karsa Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/security/LoginDialog.cpp" line="32"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/security/LoginDialog.cpp" line="33"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/security/LoginDialog.cpp" line="42"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/security/LoginDialog.cpp" line="43"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>karsa::ui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="107"/>
        <source>Computing the analytics…</source>
        <translation>Menghitung analitik…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="113"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="153"/>
        <source>Also open in: %1</source>
        <translation>Juga dibuka di: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="154"/>
        <source>This database file is open in another program too. Changes made there appear here within a few seconds; both can work safely.</source>
        <translation>Berkas basis data ini juga dibuka di program lain. Perubahan dari sana tampil di sini dalam beberapa detik; keduanya dapat bekerja dengan aman.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="159"/>
        <source>Data changed in another program; the pages were refreshed</source>
        <translation>Data diubah di program lain; halaman sudah diperbarui</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="161"/>
        <source>Daily backup saved: %1</source>
        <translation>Cadangan harian disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="164"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="469"/>
        <source>Automatic backup</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="164"/>
        <source>The automatic backup failed: %1</source>
        <translation>Cadangan otomatis gagal: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="231"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="232"/>
        <source>&amp;New database…</source>
        <translation>Basis data &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="234"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="236"/>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="238"/>
        <source>Save a &amp;backup copy…</source>
        <translation>Simpan &amp;salinan cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="240"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="247"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="251"/>
        <source>Sign in as &amp;another user…</source>
        <translation>Masuk sebagai pengguna &amp;lain…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="253"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="257"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="259"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="266"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="277"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="279"/>
        <source>&amp;About Karsa</source>
        <translation>&amp;Tentang Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="314"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="349"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="330"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="336"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="341"/>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="331"/>
        <source>Karsa database (*.db *.karsa)</source>
        <translation>Basis data Karsa (*.db *.karsa)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="337"/>
        <source>%1 is open (here or in another program) and cannot be replaced.</source>
        <translation>%1 sedang dibuka (di sini atau di program lain) dan tidak dapat diganti.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="341"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 tidak dapat diganti.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="350"/>
        <source>Karsa database (*.db *.karsa);;All files (*)</source>
        <translation>Basis data Karsa (*.db *.karsa);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="359"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="365"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="369"/>
        <source>Save a backup copy</source>
        <translation>Simpan salinan cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="361"/>
        <source>Karsa database (*.db)</source>
        <translation>Basis data Karsa (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="365"/>
        <source>Choose a different file from the open database.</source>
        <translation>Pilih berkas yang berbeda dari basis data yang sedang dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="371"/>
        <source>Backup saved to %1</source>
        <translation>Cadangan disimpan ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="377"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="384"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="388"/>
        <location filename="../../ui/shell/MainWindow.cpp" line="399"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="379"/>
        <source>Karsa database (*.db *.karsa *.bak);;All files (*)</source>
        <translation>Basis data Karsa (*.db *.karsa *.bak);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/MainWindow.cpp" line="389"/>
        <source>Replace the data of %1 with the backup %2 (%n employee(s))?

The current data is saved first as an automatic backup, so this can be reversed by restoring that file.</source>
        <translation>
            <numerusform>Ganti data %1 dengan cadangan %2 (%Ln pegawai)?

Data saat ini disimpan dahulu sebagai cadangan otomatis, sehingga dapat dikembalikan dengan memulihkan berkas tersebut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="420"/>
        <source>Nobody signed in to the restored database</source>
        <translation>Tidak ada yang masuk ke basis data yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="424"/>
        <source>Restored from %1</source>
        <translation>Dipulihkan dari %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="431"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="431"/>
        <source>Login is off for this database (Settings ▸ Security &amp; backups).</source>
        <translation>Login nonaktif untuk basis data ini (Pengaturan ▸ Keamanan &amp; cadangan).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="441"/>
        <source>Local officer (login off)</source>
        <translation>Petugas lokal (login nonaktif)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="442"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="455"/>
        <source>%1 — Karsa — DEMO DATA</source>
        <translation>%1 — Karsa — DATA DEMO</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="456"/>
        <source>%1 — Karsa</source>
        <translation>%1 — Karsa</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="458"/>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="464"/>
        <source>Saving the backup…</source>
        <translation>Menyimpan cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="470"/>
        <source>The backup on closing failed: %1

Close Karsa anyway? Your data is saved; only the backup copy is missing.</source>
        <translation>Cadangan saat menutup gagal: %1

Tetap tutup Karsa? Data Anda sudah tersimpan; hanya salinan cadangannya yang tidak ada.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::NewCycleDialog</name>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="16"/>
        <source>New evaluation cycle</source>
        <translation>Periode penilaian baru</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="19"/>
        <source>Annual performance evaluation %1</source>
        <translation>Penilaian Kinerja Tahunan %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="22"/>
        <source>Annual</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="24"/>
        <source>Quarter %1</source>
        <translation>Triwulan %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="30"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="35"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="36"/>
        <source>Period</source>
        <translation>Masa penilaian</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="37"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/NewCycleDialog.cpp" line="38"/>
        <source>Unit (with sub-units)</source>
        <translation>Unit kerja (beserta sub-unit)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::NineBoxWidget</name>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="52"/>
        <source>Performance (kinerja)</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="66"/>
        <source>Potential (potensial) — low to high</source>
        <translation>Potensial — rendah ke tinggi</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="75"/>
        <source>Box %1 — recommendation: %2</source>
        <translation>Kotak %1 — rekomendasi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="86"/>
        <source>Employees who cannot be placed: list them</source>
        <translation>Pegawai yang belum dapat dipetakan: tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="112"/>
        <source>Performance %1, potential %2</source>
        <translation>Kinerja %1, potensial %2</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="114"/>
        <source>Box %1
%2
%3 employees (%4)</source>
        <translation>Kotak %1
%2
%3 pegawai (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="127"/>
        <source>%1 without a performance rating</source>
        <translation>%1 tanpa nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="129"/>
        <source>%1 without a competency standard</source>
        <translation>%1 tanpa standar kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="131"/>
        <source>%1 with unassessed competencies</source>
        <translation>%1 dengan kompetensi belum diases</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="133"/>
        <source>Every employee in scope has a box</source>
        <translation>Semua pegawai dalam cakupan sudah masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/NineBoxWidget.cpp" line="134"/>
        <source>%1 employees without a box: %2</source>
        <translation>%1 pegawai tanpa kotak: %2</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PlacementPage</name>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="45"/>
        <source>Retirement horizon:</source>
        <translation>Rentang pensiun:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="48"/>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="51"/>
        <source>Candidates per vacancy:</source>
        <translation>Kandidat per lowongan:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="55"/>
        <source>Minimum score:</source>
        <translation>Skor minimum:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="60"/>
        <source>Fill as many vacancies as possible first</source>
        <translation>Utamakan mengisi sebanyak mungkin lowongan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="62"/>
        <source>Solve</source>
        <translation>Hitung Penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="83"/>
        <source>Vacancies and candidates</source>
        <translation>Lowongan dan kandidat</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="90"/>
        <source>Constraint</source>
        <translation>Batasan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="91"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="92"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="93"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="94"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="95"/>
        <source>Limit</source>
        <translation>Batas</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="99"/>
        <source>Placement constraints</source>
        <translation>Batasan penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="99"/>
        <source>placement-constraints</source>
        <translation>batasan-penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="102"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="104"/>
        <source>Unit:</source>
        <translation>Unit Kerja:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="111"/>
        <source>Limit moves out</source>
        <translation>Batasi yang keluar</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="118"/>
        <location filename="../../ui/placement/PlacementPage.cpp" line="376"/>
        <source>Set the constraints, then press Solve.</source>
        <translation>Atur batasan, lalu tekan Hitung Penempatan.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="125"/>
        <source>Placement proposal</source>
        <translation>Usulan penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="125"/>
        <source>placement-proposal</source>
        <translation>usulan-penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="128"/>
        <source>Save scenario…</source>
        <translation>Simpan skenario…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="129"/>
        <source>Report preview…</source>
        <translation>Pratinjau laporan…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="130"/>
        <source>The placement report with letterhead, recap and signature: preview and print</source>
        <translation>Laporan penempatan dengan kop surat, rekapitulasi dan tanda tangan: pratinjau dan cetak</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="131"/>
        <source>Export report…</source>
        <translation>Ekspor laporan…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="132"/>
        <source>The placement report as PDF, Excel or CSV</source>
        <translation>Laporan penempatan sebagai PDF, Excel atau CSV</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="139"/>
        <source>Constraints and result</source>
        <translation>Batasan dan hasil</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="142"/>
        <source>Scenarios and comparison</source>
        <translation>Skenario dan perbandingan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="149"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="267"/>
        <source>Solving cancelled; the previous result is unchanged.</source>
        <translation>Perhitungan dibatalkan; hasil sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="339"/>
        <source>The placement is being solved; the report follows when the result is ready.</source>
        <translation>Penempatan sedang dihitung; laporan tersedia setelah hasilnya siap.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="341"/>
        <source>The analytics are still being computed.</source>
        <translation>Analitik masih dihitung.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="343"/>
        <source>There is no result to report yet: press Solve, or open a saved scenario under “Scenarios and comparison”.</source>
        <translation>Belum ada hasil untuk dilaporkan: tekan Hitung Penempatan, atau buka skenario tersimpan di “Skenario dan perbandingan”.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="353"/>
        <source>Report preview</source>
        <translation>Pratinjau laporan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="353"/>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="359"/>
        <source>placement-report</source>
        <translation>laporan-penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="394"/>
        <source>Candidates not assessed on every required competency are left out (Settings).</source>
        <translation>Kandidat yang belum dinilai pada semua kompetensi yang dipersyaratkan tidak diikutsertakan (Pengaturan).</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="208"/>
        <source>Computing the analytics…</source>
        <translation>Menghitung analitik…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="247"/>
        <source>%1 positions with %2 seats to fill</source>
        <translation>%1 jabatan dengan %2 kursi untuk diisi</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="301"/>
        <source>Finding the best placement…</source>
        <translation>Mencari penempatan terbaik…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="73"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="320"/>
        <source>Vacancy added; press Solve to fill it.</source>
        <translation>Lowongan ditambahkan; tekan Hitung Penempatan untuk mengisinya.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="383"/>
        <source>%1: %2 of %3 seats filled, total score %4, mean JPM %5 (solved in %6 ms).</source>
        <translation>%1: %2 dari %3 kursi terisi, total skor %4, rata-rata JPM %5 (dihitung dalam %6 md).</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="424"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="426"/>
        <source>Exclude</source>
        <translation>Kecualikan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="428"/>
        <source>Added candidate</source>
        <translation>Kandidat tambahan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="430"/>
        <source>Keep in place</source>
        <translation>Tetap di tempat</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="432"/>
        <source>Moves out of unit</source>
        <translation>Batas keluar unit</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="452"/>
        <source>Constraint added; press Solve to see its effect.</source>
        <translation>Batasan ditambahkan; tekan Hitung Penempatan untuk melihat pengaruhnya.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="492"/>
        <location filename="../../ui/placement/PlacementPage.cpp" line="497"/>
        <location filename="../../ui/placement/PlacementPage.cpp" line="508"/>
        <location filename="../../ui/placement/PlacementPage.cpp" line="544"/>
        <source>Save scenario</source>
        <translation>Simpan skenario</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="492"/>
        <source>Solve the placement first.</source>
        <translation>Hitung penempatan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="497"/>
        <source>Name of the scenario:</source>
        <translation>Nama skenario:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="509"/>
        <source>A scenario named &quot;%1&quot; exists already. Replace it with this result?
You can undo this with Edit ▸ Undo.</source>
        <translation>Skenario bernama &quot;%1&quot; sudah ada. Timpa dengan hasil ini?
Anda dapat membatalkannya dengan Sunting ▸ Urungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="528"/>
        <source>Not saved: the scenario &quot;%1&quot; is kept as it was.</source>
        <translation>Tidak disimpan: skenario &quot;%1&quot; tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="534"/>
        <source>Replace scenario %1</source>
        <translation>Timpa skenario %1</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="539"/>
        <source>Save scenario %1</source>
        <translation>Simpan skenario %1</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="552"/>
        <source>Saved as &quot;%1&quot;.</source>
        <translation>Disimpan sebagai &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.cpp" line="565"/>
        <source>Open scenario</source>
        <translation>Buka skenario</translation>
    </message>
    <message>
        <location filename="../../ui/placement/PlacementPage.h" line="37"/>
        <source>Placement</source>
        <translation>Penempatan</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PlansPanel</name>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="51"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="52"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="53"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="54"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="55"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="56"/>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="56"/>
        <source>Items that are not cancelled</source>
        <translation>Butir yang tidak dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="57"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="58"/>
        <source>Planned JP</source>
        <translation>JP rencana</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="59"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="84"/>
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="60"/>
        <source>Realised JP</source>
        <translation>JP realisasi</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="60"/>
        <source>JP realised in the year so far</source>
        <translation>JP terealisasi pada tahun berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="61"/>
        <source>JP status</source>
        <translation>Status JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="67"/>
        <source>Generate plans…</source>
        <translation>Buat rencana…</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="68"/>
        <source>Approve plan</source>
        <translation>Setujui rencana</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="69"/>
        <source>Individual plan…</source>
        <translation>Rencana individu…</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="70"/>
        <source>The individual development plan with letterhead and signatures (PDF, Excel or CSV)</source>
        <translation>Rencana pengembangan kompetensi individu dengan kop surat dan tanda tangan (PDF, Excel atau CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="71"/>
        <source>Print plan…</source>
        <translation>Cetak rencana…</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="72"/>
        <source>Unit recap…</source>
        <translation>Rekap unit…</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="77"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="78"/>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="79"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="80"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="80"/>
        <source>Current level → required level</source>
        <translation>Level saat ini → level standar</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="81"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="82"/>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="83"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="86"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="92"/>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="93"/>
        <source>Swap…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="94"/>
        <source>Drop</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="95"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="96"/>
        <source>Record realisation…</source>
        <translation>Catat realisasi…</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="122"/>
        <source>development-plan-%1-%2</source>
        <translation>rencana-pengembangan-%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="130"/>
        <source>development-recap-%1</source>
        <translation>rekap-pengembangan-%1</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="185"/>
        <source>Development plans %1</source>
        <translation>Rencana pengembangan %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="185"/>
        <source>development-plans-%1</source>
        <translation>rencana-pengembangan-%1</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="219"/>
        <source>(no programme)</source>
        <translation>(tanpa program)</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="242"/>
        <source>Development plan items %1</source>
        <translation>Butir rencana pengembangan %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="242"/>
        <source>development-plan-items</source>
        <translation>butir-rencana-pengembangan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="281"/>
        <source>Generating development plans…</source>
        <translation>Membuat rencana pengembangan…</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="281"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="318"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="343"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="452"/>
        <source>Development plans</source>
        <translation>Rencana pengembangan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/development/PlansPanel.cpp" line="323"/>
        <source>Generate %n development plan(s)</source>
        <translation>
            <numerusform>Buat %Ln rencana pengembangan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="360"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="372"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="379"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="391"/>
        <source>Plan item</source>
        <translation>Butir rencana</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="360"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="379"/>
        <source>The plan item is not shown; choose it in the plan</source>
        <translation>Butir rencana tidak ditampilkan; pilih butir tersebut pada rencana</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="363"/>
        <source>Plan item: %1</source>
        <translation>Butir rencana: %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="382"/>
        <source>Swap programme</source>
        <translation>Ganti program</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="397"/>
        <source>The plan is not shown; choose its employee</source>
        <translation>Rencana tidak ditampilkan; pilih pegawainya terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="401"/>
        <source>Approve development plan</source>
        <translation>Setujui rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="397"/>
        <location filename="../../ui/development/PlansPanel.cpp" line="413"/>
        <source>Development plan</source>
        <translation>Rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="418"/>
        <source>Record training</source>
        <translation>Catat pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/PlansPanel.cpp" line="453"/>
        <source>%1 plan(s) created (%2 drafts replaced), %3 approved and %4 draft plan(s) left alone; %5 reach the JP minimum.</source>
        <translation>%1 rencana dibuat (%2 draf diganti), %3 rencana disetujui dan %4 draf tidak diubah; %5 mencapai JP minimal.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionEditDialog</name>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="25"/>
        <source>Edit position</source>
        <translation>Ubah jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="25"/>
        <source>New position</source>
        <translation>Jabatan Baru</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="34"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="37"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="44"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="50"/>
        <source>(choose a unit)</source>
        <translation>(pilih unit)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="54"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="58"/>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="60"/>
        <source>Kelas jabatan</source>
        <translation>Kelas jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="63"/>
        <source>Superior position</source>
        <translation>Jabatan atasan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="68"/>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="75"/>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="109"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="72"/>
        <source>Minimum golongan</source>
        <translation>Golongan minimal</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="79"/>
        <source>Minimum education</source>
        <translation>Pendidikan minimal</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="84"/>
        <source>Formation (seats)</source>
        <translation>Formasi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionEditDialog.cpp" line="86"/>
        <source>Key position (succession planning)</source>
        <translation>Jabatan kunci (rencana suksesi)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionPickerDialog</name>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="18"/>
        <source>Compare with position</source>
        <translation>Bandingkan dengan jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="23"/>
        <source>Search code, position, jenjang or unit…</source>
        <translation>Cari kode, jabatan, jenjang atau unit…</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="28"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/PositionPickerDialog.cpp" line="67"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionTableModel</name>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="146"/>
        <source>%1 holders for a formation of %2</source>
        <translation>%1 pemangku untuk formasi %2</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="168"/>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="202"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="186"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="188"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="190"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="192"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="194"/>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="196"/>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="200"/>
        <source>Vacant</source>
        <translation>Lowong</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="204"/>
        <source>SKJ lines</source>
        <translation>Baris SKJ</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionTableModel.cpp" line="198"/>
        <source>Holders</source>
        <translation>Pemangku</translation>
    </message>
</context>
<context>
    <name>karsa::ui::PositionsPage</name>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="76"/>
        <source>Search units…</source>
        <translation>Cari unit…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="86"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="96"/>
        <source>Search code, position, jenjang or unit…</source>
        <translation>Cari kode, jabatan, jenjang atau unit…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="101"/>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="102"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="103"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="107"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="132"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="108"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="133"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="126"/>
        <source>Competency standard (SKJ)</source>
        <translation>Standar Kompetensi Jabatan (SKJ)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="145"/>
        <source>Holders</source>
        <translation>Pemangku</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="152"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="153"/>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="152"/>
        <source>positions</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="156"/>
        <source>Holders of %1</source>
        <translation>Pemangku %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="159"/>
        <source>holders</source>
        <translation>pemangku</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="209"/>
        <source>Loading positions…</source>
        <translation>Memuat jabatan…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="217"/>
        <source>The positions could not be loaded: %1</source>
        <translation>Jabatan tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="319"/>
        <source>Choose a position to see its holders.</source>
        <translation>Pilih jabatan untuk melihat pemangkunya.</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="333"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · formation %2 · %3 holders · &lt;b&gt;%4 vacancies&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · formasi %2 · %3 pemangku · &lt;b&gt;%4 lowongan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="338"/>
        <source>Holders (%1)</source>
        <translation>Pemangku (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="372"/>
        <source>%1 positions</source>
        <translation>%1 jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="372"/>
        <source>%1 of %2 positions</source>
        <translation>%1 dari %2 jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="391"/>
        <source>New position %1</source>
        <translation>Jabatan baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="400"/>
        <source>Edit position %1</source>
        <translation>Ubah jabatan %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="415"/>
        <source>Delete position %1</source>
        <translation>Hapus jabatan %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="470"/>
        <source>Delete the position %1 (%2) with its competency standard?</source>
        <translation>Hapus jabatan %1 (%2) beserta standar kompetensinya?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/positions/PositionsPage.cpp" line="472"/>
        <source>%n employee(s) hold it; they will be left without a position.</source>
        <translation>
            <numerusform>%Ln pegawai memangku jabatan ini; mereka akan tanpa jabatan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="473"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Anda dapat membatalkannya dengan Sunting ▸ Urungkan.</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.cpp" line="474"/>
        <location filename="../../ui/positions/PositionsPage.cpp" line="477"/>
        <source>Delete position</source>
        <translation>Hapus jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/PositionsPage.h" line="31"/>
        <source>Positions &amp; Standards</source>
        <translation>Jabatan &amp; SKJ</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ProfileFormatter</name>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="28"/>
        <source>%1 years %2 months</source>
        <translation>%1 tahun %2 bulan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="35"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="36"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="37"/>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="173"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="40"/>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="43"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="43"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="43"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="45"/>
        <source>TMT CPNS (from NIP)</source>
        <translation>TMT CPNS (dari NIP)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="48"/>
        <source>TMT (from NI PPPK)</source>
        <translation>TMT (dari NI PPPK)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="49"/>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="49"/>
        <source>%1 years</source>
        <translation>%1 tahun</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="50"/>
        <source>Masa kerja</source>
        <translation>Masa kerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="51"/>
        <source>Pangkat, golongan</source>
        <translation>Pangkat, golongan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="53"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="55"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="56"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="57"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="58"/>
        <source>Retirement</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="59"/>
        <source>%1 (age %2)</source>
        <translation>%1 (usia %2)</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="62"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="63"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="64"/>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="65"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="80"/>
        <source>No standard</source>
        <translation>Tanpa standar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="82"/>
        <source>Incomplete: %n competencies not assessed</source>
        <translation>
            <numerusform>Belum lengkap: %Ln kompetensi belum diases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="87"/>
        <source>Below every band</source>
        <translation>Di bawah semua kategori</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="93"/>
        <source>Target position</source>
        <translation>Jabatan target</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="93"/>
        <source>Standard of</source>
        <translation>Standar jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="94"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="95"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="96"/>
        <source>IKK</source>
        <translation>IKK</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="107"/>
        <source>no performance rating in the kinerja window</source>
        <translation>tidak ada penilaian kinerja dalam periode kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="109"/>
        <source>no complete JPM</source>
        <translation>JPM belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="110"/>
        <source>Not placed in the 9-box: %1.</source>
        <translation>Belum terpetakan dalam 9-box: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="112"/>
        <source>Box %1 — kinerja %2, potensial %3</source>
        <translation>Kotak %1 — kinerja %2, potensial %3</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="115"/>
        <source>Recommendation: %1</source>
        <translation>Rekomendasi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="117"/>
        <source>Note: a disciplinary sanction within the rekam jejak window.</source>
        <translation>Catatan: ada hukuman disiplin dalam periode rekam jejak.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="123"/>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="168"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="124"/>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="169"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="125"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="126"/>
        <source>Required</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="127"/>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="128"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="128"/>
        <source>Actual − required; negative is below standard</source>
        <translation>Aktual − standar; negatif berarti di bawah standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="129"/>
        <source>Shortfall</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="129"/>
        <source>Levels missing to reach the standard</source>
        <translation>Jumlah level yang kurang untuk mencapai standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="149"/>
        <source>not assessed yet</source>
        <translation>belum diases</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="167"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="170"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="171"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="172"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="184"/>
        <source>validated</source>
        <translation>tervalidasi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="187"/>
        <source>needs validation</source>
        <translation>perlu validasi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="190"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="209"/>
        <source>Employee competency profile</source>
        <translation>Profil kompetensi pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="212"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="213"/>
        <source>Competency against the standard</source>
        <translation>Kompetensi terhadap standar</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="215"/>
        <source>Actual levels against the standard of %1</source>
        <translation>Level aktual terhadap standar %1</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="218"/>
        <source>Competency gaps</source>
        <translation>Kesenjangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="233"/>
        <source>Gap = actual − required; shortfall = levels missing to reach the standard.</source>
        <translation>Gap = aktual − standar; kekurangan = jumlah level yang kurang untuk mencapai standar.</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="235"/>
        <source>9-box</source>
        <translation>9-box</translation>
    </message>
    <message>
        <location filename="../../ui/profile/ProfileFormatter.cpp" line="235"/>
        <source>Talent</source>
        <translation>Talenta</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ProgrammeDialog</name>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="18"/>
        <source>New training programme</source>
        <translation>Program pelatihan baru</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="43"/>
        <source>e.g. M.01:3, T.09:4 (competency code : target level)</source>
        <translation>mis. M.01:3, T.09:4 (kode kompetensi : level target)</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="44"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="45"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="46"/>
        <source>Form:</source>
        <translation>Bentuk:</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="47"/>
        <source>Provider:</source>
        <translation>Penyelenggara:</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="48"/>
        <source>JP:</source>
        <translation>JP:</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="49"/>
        <source>Cost per participant (Rp):</source>
        <translation>Biaya per peserta (Rp):</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="50"/>
        <source>Mode:</source>
        <translation>Moda:</translation>
    </message>
    <message>
        <location filename="../../ui/development/ProgrammeDialog.cpp" line="51"/>
        <source>Develops:</source>
        <translation>Mengembangkan:</translation>
    </message>
</context>
<context>
    <name>karsa::ui::RealisationPanel</name>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="21"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="22"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="23"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="24"/>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="25"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="26"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="27"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="28"/>
        <source>Certificate no.</source>
        <translation>No. sertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="29"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="30"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="30"/>
        <source>From a development plan or ad hoc</source>
        <translation>Dari rencana pengembangan atau mandiri</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="36"/>
        <source>Record training…</source>
        <translation>Catat pelatihan…</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="46"/>
        <source>Record training</source>
        <translation>Catat pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="73"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="73"/>
        <source>Ad hoc</source>
        <translation>Mandiri (di luar rencana)</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="79"/>
        <source>Realised training %1</source>
        <translation>Realisasi pelatihan %1</translation>
    </message>
    <message>
        <location filename="../../ui/development/RealisationPanel.cpp" line="79"/>
        <source>training-%1</source>
        <translation>pelatihan-%1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::RecoveryDialog</name>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="23"/>
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="26"/>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be opened:&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Choose a backup to restore (the unreadable file is kept beside it), or open another file.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tidak dapat dibuka:&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Pilih cadangan yang akan dipulihkan (berkas yang tidak terbaca disimpan di sebelahnya), atau buka berkas lain.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="39"/>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="39"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="39"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="39"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="54"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="54"/>
        <source>Unusable: %1</source>
        <translation>Tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="63"/>
        <source>There is no automatic backup of this file in %1.</source>
        <translation>Tidak ada cadangan otomatis berkas ini di %1.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="71"/>
        <source>Restore the selected backup</source>
        <translation>Pulihkan cadangan terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="73"/>
        <source>Open another file…</source>
        <translation>Buka berkas lain…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="75"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="110"/>
        <source>Choose a good backup first</source>
        <translation>Pilih dahulu cadangan yang baik</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="129"/>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <location filename="../../ui/shell/RecoveryDialog.cpp" line="130"/>
        <source>Karsa database (*.db *.karsa);;All files (*)</source>
        <translation>Basis data Karsa (*.db *.karsa);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ResponseDialog</name>
    <message>
        <location filename="../../ui/evaluation/ResponseDialog.cpp" line="20"/>
        <source>Rater answers</source>
        <translation>Jawaban penilai</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/ResponseDialog.cpp" line="26"/>
        <source>Score each behaviour from 1 (far below expectation) to %1 (far above); &quot;–&quot; = not answered.</source>
        <translation>Beri nilai tiap perilaku dari 1 (jauh di bawah ekspektasi) sampai %1 (jauh di atas); &quot;–&quot; = tidak dijawab.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/ResponseDialog.cpp" line="62"/>
        <source>e.g. form number F-2025-0012</source>
        <translation>mis. nomor formulir F-2025-0012</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/ResponseDialog.cpp" line="63"/>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/ResponseDialog.cpp" line="69"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/ResponseDialog.cpp" line="70"/>
        <source>Suggestions</source>
        <translation>Saran</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ScenarioPanel</name>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="35"/>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="36"/>
        <source>Reference date</source>
        <translation>Tanggal acuan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="37"/>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="38"/>
        <source>Filled</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="39"/>
        <source>Total score</source>
        <translation>Total skor</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="40"/>
        <source>Mean JPM</source>
        <translation>Rata-rata JPM</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="44"/>
        <source>Placement scenarios</source>
        <translation>Skenario penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="44"/>
        <source>placement-scenarios</source>
        <translation>skenario-penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="47"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="48"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="56"/>
        <source>Compare A:</source>
        <translation>Bandingkan A:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="61"/>
        <source>with B:</source>
        <translation>dengan B:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="66"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="67"/>
        <source>Print comparison…</source>
        <translation>Cetak perbandingan…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="68"/>
        <source>Export comparison…</source>
        <translation>Ekspor perbandingan…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="162"/>
        <source>Compare scenarios</source>
        <translation>Bandingkan skenario</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="172"/>
        <source>A = %1, B = %2: %3 employees placed alike, %4 placed differently.</source>
        <translation>A = %1, B = %2: %3 pegawai ditempatkan sama, %4 ditempatkan berbeda.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="176"/>
        <source>Placed differently: %1 and %2</source>
        <translation>Penempatan berbeda: %1 dan %2</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="177"/>
        <source>placement-differences</source>
        <translation>perbedaan-penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="196"/>
        <source>placement-comparison</source>
        <translation>perbandingan-penempatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="207"/>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="224"/>
        <source>Delete scenario</source>
        <translation>Hapus skenario</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="207"/>
        <source>Delete the scenario &quot;%1&quot;?</source>
        <translation>Hapus skenario &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/placement/ScenarioPanel.cpp" line="213"/>
        <source>Delete scenario %1</source>
        <translation>Hapus skenario %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::SettingsPage</name>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="60"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;&lt;p&gt;Rules that regulations and agencies vary. Changes apply to every page and report once saved, and can be undone (Edit ▸ Undo).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pengaturan&lt;/h2&gt;&lt;p&gt;Aturan yang berbeda menurut regulasi dan instansi. Perubahan berlaku untuk semua halaman dan laporan setelah disimpan, dan dapat diurungkan (Sunting ▸ Urungkan).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="74"/>
        <source>JPM &amp;&amp; categories</source>
        <translation>JPM &amp;&amp; kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="75"/>
        <source>Talent 9-box</source>
        <translation>Talenta 9-box</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="76"/>
        <source>Retirement ages</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="77"/>
        <source>360° evaluation</source>
        <translation>Penilaian 360°</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="78"/>
        <source>Instrument &amp;&amp; predikat</source>
        <translation>Instrumen &amp;&amp; predikat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="79"/>
        <source>Letterhead &amp;&amp; signature</source>
        <translation>Kop surat &amp;&amp; tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="80"/>
        <source>Development (JP)</source>
        <translation>Pengembangan (JP)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="81"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="82"/>
        <source>Security &amp;&amp; backups</source>
        <translation>Keamanan &amp;&amp; cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="87"/>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="88"/>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="166"/>
        <source>Category scale used by default</source>
        <translation>Skala kategori bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="170"/>
        <source>Count each competency at most at its required level (no compensation between competencies)</source>
        <translation>Hitung setiap kompetensi paling tinggi sampai level standarnya (tanpa kompensasi antarkompetensi)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="172"/>
        <source>Weight technical against managerial and socio-cultural competencies (PermenPANRB 35/2020)</source>
        <translation>Bobot kompetensi teknis terhadap manajerial dan sosial kultural (PermenPANRB 35/2020)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="174"/>
        <source>Level counted for a required competency not yet assessed (always below the requirement)</source>
        <translation>Level yang dihitung untuk kompetensi yang dipersyaratkan tetapi belum dinilai (selalu di bawah standar)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="179"/>
        <source>Technical share for %1</source>
        <translation>Porsi teknis untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="182"/>
        <source>&lt;b&gt;Category scales&lt;/b&gt; — a JPM at or above “From JPM” (and below the next band) falls in that category. Add a band to extend a scale; give a new scale name to add a scale.</source>
        <translation>&lt;b&gt;Skala kategori&lt;/b&gt; — JPM yang sama dengan atau di atas “Mulai JPM” (dan di bawah kategori berikutnya) masuk kategori tersebut. Tambahkan baris untuk memperluas skala; beri nama skala baru untuk menambah skala.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="203"/>
        <source>Add band</source>
        <translation>Tambah kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="204"/>
        <source>Remove band</source>
        <translation>Hapus kategori</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="237"/>
        <source>&lt;b&gt;Kinerja axis&lt;/b&gt; — mean score of the predikat of the last completed years</source>
        <translation>&lt;b&gt;Sumbu kinerja&lt;/b&gt; — rata-rata nilai predikat tahun-tahun terakhir yang sudah selesai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="238"/>
        <source>Years of performance counted</source>
        <translation>Jumlah tahun kinerja yang dihitung</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="239"/>
        <source>Above expectation from score</source>
        <translation>Di atas ekspektasi mulai nilai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="240"/>
        <source>Meets expectation from score</source>
        <translation>Sesuai ekspektasi mulai nilai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="243"/>
        <source>Score of predikat %1</source>
        <translation>Nilai predikat %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="244"/>
        <source>&lt;b&gt;Potensial axis&lt;/b&gt; — from the JPM against the current position</source>
        <translation>&lt;b&gt;Sumbu potensial&lt;/b&gt; — dari JPM terhadap jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="245"/>
        <source>High potential from</source>
        <translation>Potensial tinggi mulai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="246"/>
        <source>Medium potential from</source>
        <translation>Potensial menengah mulai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="247"/>
        <source>&lt;b&gt;Track record&lt;/b&gt; (rekam jejak)</source>
        <translation>&lt;b&gt;Rekam jejak&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="248"/>
        <source>Sanctions counted for (months)</source>
        <translation>Hukuman disiplin diperhitungkan selama (bulan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="249"/>
        <source>&lt;b&gt;Candidate ranking&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pemeringkatan kandidat&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="250"/>
        <source>Exclude candidates retiring within (months)</source>
        <translation>Kecualikan kandidat yang pensiun dalam (bulan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="252"/>
        <source>Share of performance in the score</source>
        <translation>Porsi kinerja dalam skor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="255"/>
        <source>Leave out candidates not assessed on every competency of the position&apos;s standard</source>
        <translation>Jangan ikutsertakan kandidat yang belum dinilai pada semua kompetensi standar jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="263"/>
        <source>Retirement age (batas usia pensiun) per jenjang, used for retirement dates and vacancies.</source>
        <translation>Batas usia pensiun per jenjang, dipakai untuk tanggal pensiun dan lowongan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="267"/>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="275"/>
        <source>&lt;b&gt;Letterhead&lt;/b&gt; (kop surat) of printed reports</source>
        <translation>&lt;b&gt;Kop surat&lt;/b&gt; laporan cetak</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="276"/>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="277"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="278"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="279"/>
        <source>Phone, e-mail, website</source>
        <translation>Telepon, surel, situs web</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="280"/>
        <source>City (for the signature date)</source>
        <translation>Kota (untuk tanggal tanda tangan)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="286"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="290"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="290"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="294"/>
        <source>Logo image</source>
        <translation>Gambar logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="296"/>
        <source>&lt;b&gt;Signing official&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pejabat penanda tangan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="297"/>
        <source>No signing official is set yet: printed reports are signed “(………)”. Enter the name and NIP below and save.</source>
        <translation>Pejabat penanda tangan belum diisi: laporan cetak ditandatangani “(………)”. Isi nama dan NIP di bawah ini lalu simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="305"/>
        <source>Title (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="306"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="307"/>
        <source>Rank (pangkat)</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="308"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="309"/>
        <source>Signs on behalf of (a.n.), optional</source>
        <translation>Atas nama (a.n.), bila ada</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="310"/>
        <source>Acting official (Plt.)</source>
        <translation>Pelaksana tugas (Plt.)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="322"/>
        <source>Language of the application</source>
        <translation>Bahasa aplikasi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="325"/>
        <source>The language changes the next time Karsa starts.</source>
        <translation>Bahasa berubah saat Karsa dijalankan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="378"/>
        <location filename="../../ui/settings/SettingsPage.cpp" line="396"/>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.cpp" line="387"/>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/SettingsPage.cpp" line="392"/>
        <source>Change %n setting(s)</source>
        <translation>
            <numerusform>Ubah %Ln pengaturan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/SettingsPage.cpp" line="403"/>
        <source>Saved %n setting(s).</source>
        <translation>
            <numerusform>%Ln pengaturan disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsPage.h" line="32"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="21"/>
        <source>Minimum JP a year (PP 11/2017):</source>
        <translation>JP minimal per tahun (PP 11/2017):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="22"/>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="25"/>
        <source>In the year the training ends</source>
        <translation>Pada tahun pelatihan selesai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="26"/>
        <source>Split by the training days in each year</source>
        <translation>Dibagi menurut hari pelatihan pada tiap tahun</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="27"/>
        <source>JP of a training over New Year:</source>
        <translation>JP pelatihan yang melewati pergantian tahun:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="30"/>
        <source>Plans also cover the gaps on the target position</source>
        <translation>Rencana juga mencakup kesenjangan pada jabatan target</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="31"/>
        <source>Preferred forms, managerial gaps:</source>
        <translation>Bentuk yang diutamakan, kesenjangan manajerial:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="32"/>
        <source>Preferred forms, socio-cultural gaps:</source>
        <translation>Bentuk yang diutamakan, kesenjangan sosial kultural:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="33"/>
        <source>Preferred forms, technical gaps:</source>
        <translation>Bentuk yang diutamakan, kesenjangan teknis:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/DevelopmentSettingsTab.cpp" line="34"/>
        <source>Form codes, most preferred first, separated by commas: %1.</source>
        <translation>Kode bentuk, yang paling diutamakan lebih dulu, dipisahkan koma: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="20"/>
        <source>Users sign in with a user name and password</source>
        <translation>Pengguna masuk dengan nama pengguna dan kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="21"/>
        <source>With login off, whoever starts Karsa works as the local officer with administrator rights (a single-officer install). When login is switched on and nobody can sign in yet, Karsa asks for the first administrator at the next start.</source>
        <translation>Bila login nonaktif, siapa pun yang membuka Karsa bekerja sebagai petugas lokal dengan hak administrator (pemasangan satu petugas). Bila login diaktifkan dan belum ada yang dapat masuk, Karsa meminta administrator pertama pada pembukaan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="26"/>
        <source>Wrong passwords before the account locks</source>
        <translation>Salah kata sandi sebelum akun dikunci</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="27"/>
        <source>Lock duration</source>
        <translation>Lama penguncian</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="27"/>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="28"/>
        <source>Shortest password</source>
        <translation>Kata sandi terpendek</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="28"/>
        <source> characters</source>
        <translation> karakter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="30"/>
        <source>Mask NIK, phone, e-mail and address in exports and prints of non-administrators</source>
        <translation>Samarkan NIK, telepon, surel dan alamat pada ekspor dan cetakan selain administrator</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="31"/>
        <source>Backups before imports and restores kept</source>
        <translation>Cadangan sebelum impor dan pemulihan yang disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="32"/>
        <source>Daily backups kept (days)</source>
        <translation>Cadangan harian yang disimpan (hari)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="33"/>
        <source>Weekly backups kept (weeks)</source>
        <translation>Cadangan mingguan yang disimpan (minggu)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsSecurityTab.cpp" line="34"/>
        <source>Karsa saves an automatic backup before upgrading the database, before each import and before a restore, in the folder “&lt;name&gt;-backups” next to the database; older ones are deleted.</source>
        <translation>Karsa menyimpan cadangan otomatis sebelum memperbarui basis data, sebelum setiap impor dan sebelum pemulihan, di folder “&lt;nama&gt;-backups” di samping basis data; yang lebih lama dihapus.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::SingleAssessmentPanel</name>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="39"/>
        <source>Employee:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="42"/>
        <source>Type a NIP or a name…</source>
        <translation>Ketik NIP atau nama…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="52"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="175"/>
        <source>No employee chosen.</source>
        <translation>Belum ada pegawai dipilih.</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="58"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="70"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="59"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="71"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="60"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="61"/>
        <source>Required</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="62"/>
        <source>Current</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="62"/>
        <source>Latest validated level</source>
        <translation>Level tervalidasi terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="63"/>
        <source>Assessed on</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="64"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="69"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="72"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="73"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="74"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="75"/>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="81"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="82"/>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="83"/>
        <source>Validate</source>
        <translation>Validasi</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="84"/>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="99"/>
        <source>Standard of the position: required and current level</source>
        <translation>Standar jabatan: level dipersyaratkan dan level saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="100"/>
        <source>Assessment history</source>
        <translation>Riwayat asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="183"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · NIP %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · NIP %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="190"/>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="370"/>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="222"/>
        <source>Not assessed</source>
        <translation>Belum diases</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="225"/>
        <source>Meets the standard</source>
        <translation>Memenuhi standar</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="228"/>
        <source>Below by %1</source>
        <translation>Kurang %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="234"/>
        <source>Competency standard of %1</source>
        <translation>Standar kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="234"/>
        <source>standard-%1</source>
        <translation>standar-%1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="254"/>
        <source>Assessment history of %1</source>
        <translation>Riwayat asesmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="254"/>
        <source>assessments-%1</source>
        <translation>asesmen-%1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="255"/>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="280"/>
        <source>New assessment of %1</source>
        <translation>Asesmen baru %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="298"/>
        <source>Correct assessment of %1</source>
        <translation>Koreksi asesmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="312"/>
        <source>The assessment is not shown; choose it in the history</source>
        <translation>Penilaian tidak ditampilkan; pilih penilaian tersebut pada riwayat</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="314"/>
        <source>Validate assessment of %1</source>
        <translation>Validasi asesmen %1</translation>
    </message>
    <message>
        <location filename="../../ui/assessments/SingleAssessmentPanel.cpp" line="315"/>
        <source>Reject assessment of %1</source>
        <translation>Tolak asesmen %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::StandardEditor</name>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="35"/>
        <source>Add competency</source>
        <translation>Tambah kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="36"/>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="37"/>
        <source>Fill from jenjang defaults</source>
        <translation>Isi dari standar jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="38"/>
        <source>Adds the manajerial and sosial kultural competencies the standard lacks at the jenjang&apos;s default level</source>
        <translation>Menambahkan kompetensi manajerial dan sosial kultural yang belum ada pada level bawaan jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="75"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="76"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="80"/>
        <source>Discard changes</source>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="81"/>
        <source>Save standard</source>
        <translation>Simpan standar</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="93"/>
        <source>Competency standard — %1</source>
        <translation>Standar kompetensi — %1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="96"/>
        <source>standard-%1</source>
        <translation>standar-%1</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="136"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · default level %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · level bawaan %4</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="148"/>
        <source>Choose a position to see and edit its competency standard.</source>
        <translation>Pilih jabatan untuk melihat dan mengubah standar kompetensinya.</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardEditor.cpp" line="217"/>
        <source>Edit standard of %1</source>
        <translation>Ubah standar %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::StandardTableModel</name>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="119"/>
        <source>(unknown competency)</source>
        <translation>(kompetensi tidak dikenal)</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="178"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="180"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="182"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="184"/>
        <source>Required level</source>
        <translation>Level standar</translation>
    </message>
    <message>
        <location filename="../../ui/positions/StandardTableModel.cpp" line="186"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
</context>
<context>
    <name>karsa::ui::SuccessionPanel</name>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="27"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="28"/>
        <source>Key position</source>
        <translation>Jabatan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="29"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="30"/>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="47"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="34"/>
        <source>Key positions</source>
        <translation>Jabatan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="34"/>
        <source>key-positions</source>
        <translation>jabatan-kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="39"/>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="93"/>
        <source>Choose a key position to see its succession pool (boxes 7, 8 and 9).</source>
        <translation>Pilih jabatan kunci untuk melihat kelompok suksesinya (kotak 7, 8 dan 9).</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="43"/>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="44"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="45"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="46"/>
        <source>Current position</source>
        <translation>Jabatan Saat Ini</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="48"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="48"/>
        <source>Job person match against the key position</source>
        <translation>Job person match terhadap jabatan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="49"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="50"/>
        <source>Track record</source>
        <translation>Rekam jejak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="50"/>
        <source>Rekam jejak: a disqualifying sanction</source>
        <translation>Rekam jejak: hukuman disiplin yang menggugurkan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="116"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="122"/>
        <source>Sanction</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="128"/>
        <source>Succession pool of %1 (%2): %n candidate(s)</source>
        <translation>
            <numerusform>Kelompok suksesi %1 (%2): %Ln kandidat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="129"/>
        <source>Succession pool: %1</source>
        <translation>Kelompok suksesi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/talent/SuccessionPanel.cpp" line="129"/>
        <source>succession-%1</source>
        <translation>suksesi-%1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::SwapProgrammeDialog</name>
    <message>
        <location filename="../../ui/development/SwapProgrammeDialog.cpp" line="17"/>
        <source>Swap programme</source>
        <translation>Ganti program</translation>
    </message>
    <message>
        <location filename="../../ui/development/SwapProgrammeDialog.cpp" line="57"/>
        <source>★ develops this competency above the current level, best match first.</source>
        <translation>★ mengembangkan kompetensi ini di atas level saat ini, paling sesuai di urutan teratas.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::TablePanel</name>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="26"/>
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="35"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="36"/>
        <location filename="../../ui/evaluation/EvaluationPage.cpp" line="110"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="88"/>
        <source>Search: “%1”</source>
        <translation>Pencarian: “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/TablePanel.cpp" line="107"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln baris</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/common/TablePanel.cpp" line="107"/>
        <source>%1 of %2 rows</source>
        <translation>%1 dari %2 baris</translation>
    </message>
</context>
<context>
    <name>karsa::ui::TalentPage</name>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="36"/>
        <source>Unit:</source>
        <translation>Unit Kerja:</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="45"/>
        <source>Print 9-box…</source>
        <translation>Cetak 9-box…</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="47"/>
        <source>The 9-box of this scope with letterhead, counts, recommendations and a signature</source>
        <translation>9-box cakupan ini dengan kop surat, jumlah, rekomendasi dan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="48"/>
        <source>Export 9-box PDF…</source>
        <translation>Ekspor PDF 9-box…</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="63"/>
        <source>Kota Surabaya</source>
        <translation>Kota Surabaya</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="74"/>
        <location filename="../../ui/talent/TalentPage.cpp" line="182"/>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="75"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="76"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="78"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="79"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="80"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="80"/>
        <source>Job person match against the current position</source>
        <translation>Job person match terhadap jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="81"/>
        <location filename="../../ui/talent/TalentPage.cpp" line="183"/>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="81"/>
        <source>Kinerja score 0-100</source>
        <translation>Nilai kinerja 0–100</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="82"/>
        <location filename="../../ui/talent/TalentPage.cpp" line="184"/>
        <source>Potential</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="82"/>
        <source>Potensial score 0-100</source>
        <translation>Nilai potensial 0–100</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="83"/>
        <source>Track record</source>
        <translation>Rekam jejak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="83"/>
        <source>Rekam jejak: a disqualifying sanction</source>
        <translation>Rekam jejak: hukuman disiplin yang menggugurkan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="77"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="77"/>
        <source>Why the employee has no box</source>
        <translation>Alasan pegawai tidak masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="63"/>
        <location filename="../../ui/talent/TalentPage.cpp" line="92"/>
        <source>9-box</source>
        <translation>9-box</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="94"/>
        <source>Succession pools</source>
        <translation>Kelompok rencana suksesi</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="119"/>
        <source>Computing the talent map…</source>
        <translation>Menghitung peta talenta…</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="136"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="172"/>
        <source>Talent map (9-box)</source>
        <translation>Peta Talenta (9-box)</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="176"/>
        <source>Employees in scope</source>
        <translation>Pegawai dalam cakupan</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="177"/>
        <source>Placed in a box</source>
        <translation>Masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="178"/>
        <source>Not placed</source>
        <translation>Belum masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="181"/>
        <source>Employees per box</source>
        <translation>Pegawai per kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="185"/>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="186"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="187"/>
        <source>Share of placed</source>
        <translation>Persentase dari yang masuk kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="194"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="205"/>
        <source>Thresholds (Settings): performance above ≥ %1, meets ≥ %2 (SKP %3–%4); potential high ≥ %5, middle ≥ %6. Percentages are shares of the employees placed in a box.</source>
        <translation>Ambang (Pengaturan): kinerja di atas ≥ %1, sesuai ≥ %2 (SKP %3–%4); potensial tinggi ≥ %5, menengah ≥ %6. Persentase dihitung dari pegawai yang masuk kotak.</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="253"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="265"/>
        <source>Sanction</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="271"/>
        <source>no performance rating</source>
        <translation>tanpa nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="273"/>
        <source>no competency standard</source>
        <translation>tanpa standar kompetensi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/talent/TalentPage.cpp" line="275"/>
        <source>%n competency(ies) not assessed</source>
        <translation>
            <numerusform>%Ln kompetensi belum diases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="283"/>
        <source>Employees without a talent box</source>
        <translation>Pegawai tanpa kotak talenta</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="283"/>
        <source>Talent box %1</source>
        <translation>Kotak talenta %1</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="284"/>
        <source>talent-unplaced</source>
        <translation>talenta-tanpa-kotak</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.cpp" line="284"/>
        <source>talent-box-%1</source>
        <translation>talenta-kotak-%1</translation>
    </message>
    <message>
        <location filename="../../ui/talent/TalentPage.h" line="27"/>
        <source>Talent</source>
        <translation>Talenta</translation>
    </message>
</context>
<context>
    <name>karsa::ui::TrainingRecordDialog</name>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="22"/>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="144"/>
        <source>Record training</source>
        <translation>Catat pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="29"/>
        <source>(ad hoc, not in the catalogue)</source>
        <translation>(mandiri, tidak ada di katalog)</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="49"/>
        <source>1 JP = 45 minutes</source>
        <translation>1 JP = 45 menit</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="54"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="56"/>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="57"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="58"/>
        <source>Form:</source>
        <translation>Bentuk:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="59"/>
        <source>Provider:</source>
        <translation>Penyelenggara:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="60"/>
        <source>Start:</source>
        <translation>Mulai:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="61"/>
        <source>End:</source>
        <translation>Selesai:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="62"/>
        <source>JP:</source>
        <translation>JP:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="63"/>
        <source>Certificate no.:</source>
        <translation>No. sertifikat:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="64"/>
        <source>Result:</source>
        <translation>Hasil:</translation>
    </message>
    <message>
        <location filename="../../ui/development/TrainingRecordDialog.cpp" line="66"/>
        <source>A passed catalogue programme proposes the competency levels it develops; an officer validates them under Pending validation.</source>
        <translation>Program katalog yang lulus mengusulkan level kompetensi yang dikembangkannya; petugas memvalidasinya di tab Menunggu validasi.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::UnitTreeModel</name>
    <message>
        <location filename="../../ui/positions/UnitTreeModel.cpp" line="161"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
</context>
<context>
    <name>karsa::ui::UserEditDialog</name>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="17"/>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="18"/>
        <source>Edit user %1</source>
        <translation>Ubah pengguna %1</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="19"/>
        <source>Create the first administrator</source>
        <translation>Buat administrator pertama</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="22"/>
        <source>Login is switched on for this database and nobody can sign in yet. Create the administrator account; the administrator adds the other users (Users page).</source>
        <translation>Login diaktifkan untuk basis data ini dan belum ada yang dapat masuk. Buat akun administrator; administrator menambahkan pengguna lain (halaman Pengguna).</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="32"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="35"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="44"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="46"/>
        <source>Active (may sign in)</source>
        <translation>Aktif (boleh masuk)</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="54"/>
        <source>leave empty to keep the password</source>
        <translation>kosongkan untuk tetap memakai kata sandi lama</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="55"/>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="55"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="59"/>
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="64"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="65"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/security/UserEditDialog.cpp" line="98"/>
        <source>The two passwords differ</source>
        <translation>Kedua kata sandi tidak sama</translation>
    </message>
</context>
<context>
    <name>karsa::ui::UsersPage</name>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="22"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;&lt;p&gt;Administrators manage users and settings; operators edit data and run imports; leadership (pimpinan) reads, prints and exports. Every change is kept in the audit trail.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pengguna&lt;/h2&gt;&lt;p&gt;Administrator mengelola pengguna dan pengaturan; operator mengubah data dan menjalankan impor; pimpinan membaca, mencetak dan mengekspor. Setiap perubahan tercatat di jejak audit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="32"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="33"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="34"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="36"/>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="40"/>
        <location filename="../../ui/security/UsersPage.cpp" line="94"/>
        <location filename="../../ui/security/UsersPage.cpp" line="105"/>
        <location filename="../../ui/security/UsersPage.cpp" line="119"/>
        <location filename="../../ui/security/UsersPage.cpp" line="123"/>
        <location filename="../../ui/security/UsersPage.h" line="19"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="40"/>
        <source>users</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="42"/>
        <source>New user…</source>
        <translation>Pengguna baru…</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="44"/>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="45"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="69"/>
        <source>Login is &lt;b&gt;on&lt;/b&gt;: everyone signs in with a user name and password.</source>
        <translation>Login &lt;b&gt;aktif&lt;/b&gt;: setiap orang masuk dengan nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="70"/>
        <source>Login is &lt;b&gt;off&lt;/b&gt;: whoever starts Karsa works as the local officer with administrator rights. Switch it on in Settings ▸ Security &amp;amp; backups.</source>
        <translation>Login &lt;b&gt;nonaktif&lt;/b&gt;: siapa pun yang membuka Karsa bekerja sebagai petugas lokal dengan hak administrator. Aktifkan di Pengaturan ▸ Keamanan &amp;amp; cadangan.</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="78"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="78"/>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/security/UsersPage.cpp" line="80"/>
        <source>Locked until %1</source>
        <translation>Terkunci sampai %1</translation>
    </message>
</context>
<context>
    <name>karsa::ui::VacancyPanel</name>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="28"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="29"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="30"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="31"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="32"/>
        <source>Open now</source>
        <translation>Kosong saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="32"/>
        <source>Formation above the holders</source>
        <translation>Formasi melebihi pemangku jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="33"/>
        <source>Retiring</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="33"/>
        <source>Holders reaching retirement age within the horizon</source>
        <translation>Pemangku jabatan yang mencapai batas usia pensiun dalam rentang waktu</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="34"/>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="35"/>
        <source>Opens on</source>
        <translation>Kosong sejak</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="39"/>
        <source>Vacancies</source>
        <translation>Lowongan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="39"/>
        <source>vacancies</source>
        <translation>lowongan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="41"/>
        <source>Add vacancy…</source>
        <translation>Tambah lowongan…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="43"/>
        <source>Add a seat to fill on a position given by its code (e.g. a promotion in this scenario)</source>
        <translation>Tambahkan kursi yang akan diisi pada jabatan dengan kode tertentu (misalnya promosi dalam skenario ini)</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="50"/>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="55"/>
        <source>Add vacancy</source>
        <translation>Tambah lowongan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="50"/>
        <source>Position code:</source>
        <translation>Kode jabatan:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="55"/>
        <source>No position has the code %1.</source>
        <translation>Tidak ada jabatan dengan kode %1.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="65"/>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="164"/>
        <source>Choose a vacancy to see its candidates.</source>
        <translation>Pilih lowongan untuk melihat kandidatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="71"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="72"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="73"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="74"/>
        <source>Current position</source>
        <translation>Jabatan Saat Ini</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="75"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="75"/>
        <source>Ranking score 0-100</source>
        <translation>Skor pemeringkatan 0-100</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="76"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="76"/>
        <source>Job person match against the vacancy</source>
        <translation>Job person match terhadap jabatan lowong</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="77"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="81"/>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="81"/>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="210"/>
        <source>candidates</source>
        <translation>kandidat</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="84"/>
        <source>Lock here</source>
        <translation>Kunci di sini</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="85"/>
        <source>Place this candidate on this vacancy whatever the optimum says</source>
        <translation>Tempatkan kandidat ini pada lowongan ini apa pun hasil optimasinya</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="86"/>
        <source>Exclude</source>
        <translation>Kecualikan</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="87"/>
        <source>Never place this candidate on this vacancy</source>
        <translation>Jangan tempatkan kandidat ini pada lowongan ini</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="88"/>
        <source>Keep in place</source>
        <translation>Tetap di tempat</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="89"/>
        <source>This employee stays in the current position</source>
        <translation>Pegawai ini tetap pada jabatan saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="90"/>
        <source>Add candidate…</source>
        <translation>Tambah kandidat…</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="91"/>
        <source>Add an employee by NIP to this vacancy&apos;s candidates, even one the filters left out</source>
        <translation>Tambahkan pegawai berdasarkan NIP ke kandidat lowongan ini, termasuk yang tersaring</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="178"/>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="181"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (belum lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="201"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="205"/>
        <source>%1 — %2 eligible, best %3 shown; %4 left out by the filters</source>
        <translation>%1 — %2 memenuhi syarat, %3 terbaik ditampilkan; %4 tersaring</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="210"/>
        <source>Candidates for %1</source>
        <translation>Kandidat untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="215"/>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="217"/>
        <source>Left out by the hard filters</source>
        <translation>Tersaring oleh syarat mutlak</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="218"/>
        <source>Choose a candidate to see how the score is made up.</source>
        <translation>Pilih kandidat untuk melihat rincian skornya.</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="234"/>
        <source>Score %1 = the sum of the points below</source>
        <translation>Skor %1 = jumlah poin di bawah ini</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="237"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="237"/>
        <source>Required</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="237"/>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="237"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="237"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="247"/>
        <source>not assessed (counted as %1)</source>
        <translation>belum dinilai (dihitung level %1)</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="253"/>
        <source>Performance (kinerja)</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="265"/>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="270"/>
        <source>Add candidate</source>
        <translation>Tambah kandidat</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="265"/>
        <source>NIP of the employee:</source>
        <translation>NIP pegawai:</translation>
    </message>
    <message>
        <location filename="../../ui/placement/VacancyPanel.cpp" line="270"/>
        <source>No employee has the NIP %1.</source>
        <translation>Tidak ada pegawai dengan NIP %1.</translation>
    </message>
</context>
<context>
    <name>karsa::ui::ValidationPanel</name>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="27"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="28"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="29"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="30"/>
        <source>Current level</source>
        <translation>Level saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="30"/>
        <source>The latest validated level</source>
        <translation>Level tervalidasi terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="31"/>
        <source>Proposed level</source>
        <translation>Level usulan</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="32"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="33"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="34"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="35"/>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="41"/>
        <source>Validate</source>
        <translation>Validasi</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="42"/>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="82"/>
        <source>Assessments awaiting validation</source>
        <translation>Asesmen menunggu validasi</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="82"/>
        <source>pending-validation</source>
        <translation>menunggu-validasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/development/ValidationPanel.cpp" line="83"/>
        <source>%n assessment(s) await validation. Training proposes the level its programme brings a participant to; only validated levels count in the analytics. Decisions are recorded as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>
            <numerusform>%Ln asesmen menunggu validasi. Pelatihan mengusulkan level yang dicapai peserta program; hanya level tervalidasi yang dihitung dalam analitik. Keputusan dicatat atas nama &lt;b&gt;%1&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="99"/>
        <source>Validate assessment</source>
        <translation>Validasi asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="99"/>
        <source>Reject assessment</source>
        <translation>Tolak asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/development/ValidationPanel.cpp" line="107"/>
        <source>Validation</source>
        <translation>Validasi</translation>
    </message>
</context>
</TS>
