<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="26"/>
        <source>No employee was given</source>
        <translation>Pegawai belum dipilih</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="28"/>
        <source>No competency was given</source>
        <translation>Kompetensi belum dipilih</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="30"/>
        <source>The level %1 is not 1-5</source>
        <translation>Level %1 bukan 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="32"/>
        <source>The assessment date is missing or not a real date</source>
        <translation>Tanggal asesmen kosong atau bukan tanggal yang valid</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="34"/>
        <source>The assessment method is empty</source>
        <translation>Metode asesmen kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="79"/>
        <source>No assessment was given</source>
        <translation>Asesmen belum dipilih</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="73"/>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="94"/>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="106"/>
        <source>The assessment no longer exists</source>
        <translation>Asesmen sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>AssignmentMatrixCsv</name>
    <message>
        <location filename="../../core/placement/AssignmentMatrixCsv.cpp" line="21"/>
        <source>The matrix is empty: give one line per row, cells separated by commas.</source>
        <translation>Matriks kosong: isi satu baris per baris matriks, sel dipisahkan koma.</translation>
    </message>
    <message>
        <location filename="../../core/placement/AssignmentMatrixCsv.cpp" line="31"/>
        <source>this row has %1 cells but row 1 has %2.</source>
        <translation>baris ini memiliki %1 sel, sedangkan baris 1 memiliki %2.</translation>
    </message>
    <message>
        <location filename="../../core/placement/AssignmentMatrixCsv.cpp" line="48"/>
        <source>&apos;%1&apos; is not a number (use a number, or leave the cell empty or &apos;-&apos; for a forbidden pair).</source>
        <translation>&apos;%1&apos; bukan angka (isi angka, atau kosongkan sel atau &apos;-&apos; untuk pasangan terlarang).</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../core/storage/AuditLog.cpp" line="240"/>
        <source>Exported &quot;%1&quot; to %2</source>
        <translation>Mengekspor &quot;%1&quot; ke %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/AuditLog.cpp" line="242"/>
        <source>Printed &quot;%1&quot; (%n row(s))</source>
        <translation>
            <numerusform>Mencetak &quot;%1&quot; (%Ln baris)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/AuditLog.cpp" line="244"/>
        <source>Exported &quot;%1&quot; to %2 (%n row(s))</source>
        <translation>
            <numerusform>Mengekspor &quot;%1&quot; ke %2 (%Ln baris)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/storage/AuditLog.cpp" line="246"/>
        <source>with %1 masked</source>
        <translation>dengan %1 disamarkan</translation>
    </message>
    <message>
        <location filename="../../core/storage/AuditLog.cpp" line="246"/>
        <source>including %1</source>
        <translation>termasuk %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/AuditLog.cpp" line="389"/>
        <source>%1: %2 → %3 rows</source>
        <translation>%1: %2 → %3 baris</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/AuditLog.cpp" line="396"/>
        <source>%1: %n row change(s) written in one batch</source>
        <translation>
            <numerusform>%1: %Ln perubahan baris ditulis dalam satu kelompok</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="12"/>
        <source>Assessments</source>
        <translation>Penilaian kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="13"/>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="14"/>
        <source>Competencies</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="15"/>
        <source>Competency levels</source>
        <translation>Level kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="16"/>
        <source>Development plan items</source>
        <translation>Butir rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="17"/>
        <source>Development plans</source>
        <translation>Rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="18"/>
        <source>Disciplinary records</source>
        <translation>Catatan hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="19"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="20"/>
        <source>Evaluation behaviours</source>
        <translation>Perilaku kerja evaluasi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="21"/>
        <source>Evaluation calibrations</source>
        <translation>Kalibrasi evaluasi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="22"/>
        <source>Evaluation cycles</source>
        <translation>Periode evaluasi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="23"/>
        <source>Work results (hasil kerja)</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="24"/>
        <source>Predikat matrix</source>
        <translation>Matriks predikat</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="25"/>
        <source>Evaluation raters</source>
        <translation>Penilai evaluasi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="26"/>
        <source>Evaluation responses</source>
        <translation>Jawaban evaluasi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="27"/>
        <source>Evaluation values</source>
        <translation>Nilai evaluasi</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="28"/>
        <source>Imports</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="29"/>
        <source>Performance ratings</source>
        <translation>Predikat kinerja</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="30"/>
        <source>Placement assignments</source>
        <translation>Hasil penempatan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="31"/>
        <source>Placement constraints</source>
        <translation>Batasan penempatan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="32"/>
        <source>Placement scenarios</source>
        <translation>Skenario penempatan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="33"/>
        <source>Vacancies</source>
        <translation>Formasi lowong</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="34"/>
        <source>Competency standards</source>
        <translation>Standar kompetensi jabatan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="35"/>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="36"/>
        <source>Education levels</source>
        <translation>Jenjang pendidikan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="37"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="38"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="39"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="40"/>
        <source>Training programme competencies</source>
        <translation>Kompetensi program pelatihan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="41"/>
        <source>Training programmes</source>
        <translation>Program pelatihan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="42"/>
        <source>Training records</source>
        <translation>Riwayat pelatihan</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="43"/>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/security/AuditTableLabel.cpp" line="44"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="82"/>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 tidak dapat diganti: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="89"/>
        <source>The database is open in another program (%1); close it there and restore again. Nothing was changed.</source>
        <translation>Basis data sedang dibuka di program lain (%1); tutup di sana lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="138"/>
        <source>Cannot create the backup folder %1</source>
        <translation>Folder cadangan %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="148"/>
        <source>Automatic backup (%1) to %2</source>
        <translation>Cadangan otomatis (%1) ke %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="190"/>
        <source>Choose a different file from the open database</source>
        <translation>Pilih berkas yang berbeda dari basis data yang sedang dibuka</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="194"/>
        <source>Backup copy saved to %1</source>
        <translation>Salinan cadangan disimpan ke %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="207"/>
        <location filename="../../core/storage/BackupManager.cpp" line="235"/>
        <source>The old backup %1 could not be deleted</source>
        <translation>Cadangan lama %1 tidak dapat dihapus</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="245"/>
        <location filename="../../core/storage/DatabaseFile.cpp" line="212"/>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="247"/>
        <source>%1 is not a Karsa database backup; nothing was restored</source>
        <translation>%1 bukan cadangan basis data Karsa; tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="249"/>
        <source>%1 was written by a newer version of Karsa (schema %2); nothing was restored</source>
        <translation>%1 dibuat oleh Karsa versi yang lebih baru (skema %2); tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="257"/>
        <source>%1 is damaged (%2); nothing was restored</source>
        <translation>%1 rusak (%2); tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="276"/>
        <source>%1 cannot be used after upgrading it (%2); nothing was restored</source>
        <translation>%1 tidak dapat digunakan setelah ditingkatkan (%2); tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="369"/>
        <source>The backup was restored, but the audit trail of the replaced data could not be carried over (it is kept in %1): %2</source>
        <translation>Cadangan sudah dipulihkan, tetapi jejak audit data yang digantikan tidak dapat dipindahkan (masih tersimpan di %1): %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="422"/>
        <source>Restored from %1; the file it replaced could not be opened and was kept as %2</source>
        <translation>Dipulihkan dari %1; berkas yang digantikan tidak dapat dibuka dan disimpan sebagai %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="265"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="289"/>
        <location filename="../../core/storage/BackupManager.cpp" line="326"/>
        <location filename="../../core/storage/BackupManager.cpp" line="397"/>
        <source>No temporary folder is available to check the backup</source>
        <translation>Tidak ada folder sementara untuk memeriksa cadangan</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="321"/>
        <source>The backup is the open database itself</source>
        <translation>Cadangan itu adalah basis data yang sedang dibuka</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="373"/>
        <source>Restored from %1; the data it replaced was saved as %2</source>
        <translation>Dipulihkan dari %1; data yang digantikan disimpan sebagai %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/BackupManager.cpp" line="421"/>
        <source>Restored from %1</source>
        <translation>Dipulihkan dari %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="82"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="185"/>
        <location filename="../../core/storage/DatabaseFile.cpp" line="192"/>
        <source>The copy %1 could not be written: %2</source>
        <translation>Salinan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="201"/>
        <source>The copy %1 failed its check (%2); it was not kept</source>
        <translation>Salinan %1 gagal diperiksa (%2); salinan tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="217"/>
        <location filename="../../core/storage/DatabaseFile.cpp" line="225"/>
        <location filename="../../core/storage/DatabaseFile.cpp" line="272"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/DatabaseFile.cpp" line="246"/>
        <source>%n row(s) refer to rows that do not exist (first: %1)</source>
        <translation>
            <numerusform>%Ln baris merujuk ke baris yang tidak ada (pertama: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="278"/>
        <location filename="../../core/storage/DatabaseFile.cpp" line="296"/>
        <source>The backup could not be written into the database: %1</source>
        <translation>Cadangan tidak dapat dituliskan ke basis data: %1</translation>
    </message>
</context>
<context>
    <name>CandidateRanking</name>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="39"/>
        <source>Golongan is below the position&apos;s minimum</source>
        <translation>Golongan di bawah syarat minimal jabatan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="41"/>
        <source>Education is below the position&apos;s minimum</source>
        <translation>Pendidikan di bawah syarat minimal jabatan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="43"/>
        <source>Current jenjang is not compatible with the position&apos;s jenjang</source>
        <translation>Jenjang saat ini tidak sesuai dengan jenjang jabatan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="45"/>
        <source>Has no current position, so the jenjang cannot be compared</source>
        <translation>Belum memiliki jabatan, sehingga jenjang tidak dapat dibandingkan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="47"/>
        <source>Reaches retirement age within the retirement horizon</source>
        <translation>Mencapai batas usia pensiun dalam rentang waktu yang ditetapkan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="49"/>
        <source>Has a moderate or heavy disciplinary sanction within the screening period</source>
        <translation>Pernah dijatuhi hukuman disiplin sedang atau berat dalam periode penyaringan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="51"/>
        <source>Already holds this position</source>
        <translation>Sudah menduduki jabatan ini</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="53"/>
        <source>Not assessed on every competency of the position&apos;s standard</source>
        <translation>Belum dinilai pada semua kompetensi standar jabatan</translation>
    </message>
</context>
<context>
    <name>CategoryScale</name>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="74"/>
        <source>The category scales are not a JSON list: %1</source>
        <translation>Skala kategori bukan daftar JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="80"/>
        <source>A category scale has no name</source>
        <translation>Ada skala kategori tanpa nama</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="85"/>
        <source>A band of the scale %1 needs a code and a numeric lower bound</source>
        <translation>Setiap kategori pada skala %1 memerlukan kode dan batas bawah berupa angka</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="89"/>
        <source>The category scale %1 has no bands</source>
        <translation>Skala kategori %1 tidak memiliki kategori</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="31"/>
        <source>further findings of this check were not listed</source>
        <translation>temuan lain dari pemeriksaan ini tidak ditampilkan</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="52"/>
        <source>SQLite integrity</source>
        <translation>Integritas SQLite</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="60"/>
        <source>Foreign keys</source>
        <translation>Kunci asing</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="66"/>
        <source>refers to a missing row in %1</source>
        <translation>merujuk baris yang tidak ada di %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="70"/>
        <source>Unit tree</source>
        <translation>Struktur unit</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="85"/>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="85"/>
        <source>is its own ancestor (cycle in the unit tree)</source>
        <translation>menjadi induk dirinya sendiri (siklus dalam struktur unit)</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="93"/>
        <source>Positions and standards</source>
        <translation>Jabatan dan standar</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="107"/>
        <source>position %1</source>
        <translation>jabatan %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="111"/>
        <source>has the unknown jenjang &apos;%1&apos;</source>
        <translation>memiliki jenjang yang tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="113"/>
        <source>requires the unknown golongan &apos;%1&apos;</source>
        <translation>mensyaratkan golongan yang tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="115"/>
        <source>requires the unknown education level &apos;%1&apos;</source>
        <translation>mensyaratkan jenjang pendidikan yang tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="117"/>
        <source>has no competency standard (SKJ)</source>
        <translation>belum memiliki standar kompetensi jabatan (SKJ)</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="121"/>
        <source>Competency dictionary</source>
        <translation>Kamus kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="128"/>
        <source>competency %1</source>
        <translation>kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="128"/>
        <source>has %1 levels described; 5 are expected</source>
        <translation>memiliki %1 level yang diuraikan; seharusnya 5</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="130"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="140"/>
        <location filename="../../core/check/DatabaseChecker.cpp" line="143"/>
        <source>employee %1</source>
        <translation>pegawai %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="143"/>
        <source>works in a different unit from their position</source>
        <translation>bekerja di unit yang berbeda dengan unit jabatannya</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="148"/>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="153"/>
        <source>%1 assessments have a level outside 1-5 or no date</source>
        <translation>%1 asesmen memiliki level di luar 1-5 atau tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="154"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>Competency</name>
    <message>
        <location filename="../../core/domain/Competency.cpp" line="38"/>
        <source>Managerial</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <location filename="../../core/domain/Competency.cpp" line="40"/>
        <source>Socio-cultural</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <location filename="../../core/domain/Competency.cpp" line="44"/>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="21"/>
        <source>The code is empty</source>
        <translation>Kode kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="23"/>
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="27"/>
        <source>Level %1 is not 1-5</source>
        <translation>Level %1 bukan 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="60"/>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="82"/>
        <source>Another competency already has this code</source>
        <translation>Kode ini sudah dipakai kompetensi lain</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="142"/>
        <source>No competency has the code %1</source>
        <translation>Tidak ada kompetensi dengan kode %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/CompetencyUsage.cpp" line="28"/>
        <source>the standard of %n position(s)</source>
        <translation>
            <numerusform>standar kompetensi %Ln jabatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/CompetencyUsage.cpp" line="30"/>
        <source>%n assessment record(s)</source>
        <translation>
            <numerusform>%Ln catatan asesmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyUsage.cpp" line="32"/>
        <source>a standard or an assessment</source>
        <translation>standar kompetensi atau asesmen</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyUsage.cpp" line="33"/>
        <source>“%1” cannot be deleted because it is used in %2. Remove it from those standards first; assessment history is kept on purpose.</source>
        <translation>“%1” tidak dapat dihapus karena dipakai dalam %2. Hapus dahulu dari standar tersebut; riwayat asesmen sengaja dipertahankan.</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyUsage.cpp" line="35"/>
        <source> and </source>
        <translation> dan </translation>
    </message>
</context>
<context>
    <name>CsvRenderer</name>
    <message>
        <location filename="../../core/reports/CsvRenderer.cpp" line="112"/>
        <source>Cannot write the CSV file: %1</source>
        <translation>Berkas CSV tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="86"/>
        <source>The competency was changed or deleted by someone else; reload and try again</source>
        <translation>Kompetensi telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="142"/>
        <source>The employee was changed or deleted by someone else; reload and try again</source>
        <translation>Data pegawai telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="118"/>
        <source>The position was changed or deleted by someone else; reload and try again</source>
        <translation>Jabatan telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="19"/>
        <source>Your role may only view and print; nothing was changed.</source>
        <translation>Peran Anda hanya boleh melihat dan mencetak; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="23"/>
        <source>Database error: %1</source>
        <translation>Kesalahan basis data: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="99"/>
        <location filename="../../core/storage/Sql.cpp" line="145"/>
        <source>The record no longer exists</source>
        <translation>Data tersebut sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="120"/>
        <source>another user</source>
        <translation>pengguna lain</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="121"/>
        <source>This data was changed by %1 on %2; reload and try again</source>
        <translation>Data ini telah diubah oleh %1 pada %2; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="124"/>
        <source>This data was changed elsewhere; reload and try again</source>
        <translation>Data ini telah diubah di tempat lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="22"/>
        <source>Could not start a transaction: %1</source>
        <translation>Transaksi tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="36"/>
        <source>No transaction is active</source>
        <translation>Tidak ada transaksi yang aktif</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="44"/>
        <source>Could not save the changes: %1</source>
        <translation>Perubahan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="69"/>
        <source>The unit was changed or deleted by someone else; reload and try again</source>
        <translation>Unit kerja telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="63"/>
        <source>Migration script %1 is missing from the build</source>
        <translation>Skrip migrasi %1 tidak ada dalam build</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="157"/>
        <source>No database file was given</source>
        <translation>Berkas basis data belum ditentukan</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="186"/>
        <source>%1 is not a Karsa database (it is not an SQLite file); it was left untouched</source>
        <translation>%1 bukan basis data Karsa (bukan berkas SQLite); berkas tidak diubah</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="189"/>
        <source>%1 is an SQLite file but not a Karsa database; it was left untouched</source>
        <translation>%1 adalah berkas SQLite tetapi bukan basis data Karsa; berkas tidak diubah</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="194"/>
        <source>%1 was written by a newer version of Karsa (schema %2; this version reads up to %3). Update Karsa to open it; the file was left untouched.</source>
        <translation>%1 dibuat oleh Karsa versi yang lebih baru (skema %2; versi ini membaca sampai skema %3). Perbarui Karsa untuk membukanya; berkas tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="139"/>
        <source>Cannot create the folder %1</source>
        <translation>Folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="152"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/DatabaseFile.cpp" line="317"/>
        <source>The database file is busy in another program (another Karsa window or karsa-cli) and did not become free in time. Nothing was changed; try again in a moment.</source>
        <translation>Berkas basis data sedang dipakai program lain (jendela Karsa lain atau karsa-cli) dan belum juga bebas. Tidak ada yang diubah; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="161"/>
        <source>%1 does not exist or is empty; nothing was created</source>
        <translation>%1 tidak ada atau kosong; tidak ada yang dibuat</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="164"/>
        <source>%1 is not a file</source>
        <translation>%1 bukan berkas</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="178"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="200"/>
        <source>%1 has schema %2 and needs an upgrade to schema %3 first (open it in the Karsa window, or run karsa-cli upgrade); it was left untouched.</source>
        <translation>%1 memakai skema %2 dan perlu ditingkatkan dahulu ke skema %3 (buka di jendela Karsa, atau jalankan karsa-cli upgrade); berkas tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="214"/>
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>Basis data tidak dapat dicadangkan sebelum diperbarui: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="226"/>
        <source>The audit trail could not be prepared: %1</source>
        <translation>Jejak audit tidak dapat disiapkan: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="310"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Pembaruan basis data ke skema %1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/FilePresence.cpp" line="160"/>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <location filename="../../core/storage/FilePresence.cpp" line="161"/>
        <source>a program</source>
        <translation>sebuah program</translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="95"/>
        <source>The number of employees must be between 0 and 1,000,000</source>
        <translation>Jumlah pegawai harus antara 0 dan 1.000.000</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="97"/>
        <source>The reference date of the demo city is not valid</source>
        <translation>Tanggal acuan kota demo tidak valid</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="102"/>
        <source>The database already has employees; the demo city needs an empty database</source>
        <translation>Basis data sudah berisi pegawai; kota demo memerlukan basis data kosong</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="107"/>
        <source>The database already has units or positions; the demo city needs an empty database</source>
        <translation>Basis data sudah berisi unit atau jabatan; kota demo memerlukan basis data kosong</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="123"/>
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="154"/>
        <source>The competency dictionary is missing %1; open the database with Karsa first</source>
        <translation>Kamus kompetensi tidak memuat %1; buka basis data dengan Karsa terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="172"/>
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="239"/>
        <source>Position %1 was not written</source>
        <translation>Jabatan %1 tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="306"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="328"/>
        <source>Generated employee %1 is invalid: %2</source>
        <translation>Pegawai hasil pembangkitan %1 tidak valid: %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="365"/>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="395"/>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
</context>
<context>
    <name>Development</name>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="40"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="42"/>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="121"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="44"/>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="46"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="48"/>
        <location filename="../../core/development/DevelopmentService.cpp" line="48"/>
        <location filename="../../core/development/DevelopmentService.cpp" line="77"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="105"/>
        <source>Current position</source>
        <translation>Jabatan Saat Ini</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="107"/>
        <source>Target position</source>
        <translation>Jabatan target</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="109"/>
        <source>JP minimum</source>
        <translation>JP minimal</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="122"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="171"/>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="173"/>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentPlan.cpp" line="175"/>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentService.cpp" line="74"/>
        <source>Development plans</source>
        <translation>Rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentService.cpp" line="82"/>
        <source>Development plans %1 generated</source>
        <translation>Rencana pengembangan %1 dibuat</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentService.cpp" line="117"/>
        <source>Chosen by the officer; does not develop this competency</source>
        <translation>Dipilih petugas; tidak mengembangkan kompetensi ini</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentService.cpp" line="119"/>
        <location filename="../../core/development/PlanGenerator.cpp" line="165"/>
        <source>Reaches level %1 of %2 required</source>
        <translation>Mencapai level %1 dari %2 yang disyaratkan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentService.cpp" line="136"/>
        <source>The plan item belongs to another employee</source>
        <translation>Butir rencana ini milik pegawai lain</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentService.cpp" line="141"/>
        <source>Only an approved or running plan item can be realised; this one is %1</source>
        <translation>Hanya butir rencana yang disetujui atau sedang berjalan yang dapat direalisasikan; butir ini berstatus %1</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentService.cpp" line="197"/>
        <source>Certificate %1: %2</source>
        <translation>Sertifikat %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentSettings.cpp" line="65"/>
        <source>The JP minimum must be a number from 0 to 1000</source>
        <translation>JP minimal harus berupa angka 0 sampai 1000</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentSettings.cpp" line="72"/>
        <source>The JP year rule must be &apos;end&apos; or &apos;split&apos;</source>
        <translation>Aturan tahun JP harus &apos;end&apos; atau &apos;split&apos;</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentSettings.cpp" line="81"/>
        <source>&apos;%1&apos; is not a development form</source>
        <translation>&apos;%1&apos; bukan bentuk pengembangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/development/JpCompliance.cpp" line="44"/>
        <source>Met</source>
        <translation>Memenuhi</translation>
    </message>
    <message>
        <location filename="../../core/development/JpCompliance.cpp" line="46"/>
        <source>Behind</source>
        <translation>Belum memenuhi</translation>
    </message>
    <message>
        <location filename="../../core/development/JpCompliance.cpp" line="48"/>
        <source>No JP yet</source>
        <translation>Belum ada JP</translation>
    </message>
    <message>
        <location filename="../../core/development/PlanGenerator.cpp" line="169"/>
        <source>Covered by %1, already in this plan</source>
        <translation>Sudah tercakup oleh %1 dalam rencana ini</translation>
    </message>
    <message>
        <location filename="../../core/development/PlanGenerator.cpp" line="172"/>
        <source>No programme in the catalogue develops this competency</source>
        <translation>Tidak ada program dalam katalog yang mengembangkan kompetensi ini</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="74"/>
        <source>The plan statements could not be prepared</source>
        <translation>Perintah penyimpanan rencana tidak dapat disiapkan</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="76"/>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="137"/>
        <source>The plan year %1 is not valid</source>
        <translation>Tahun rencana %1 tidak valid</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="92"/>
        <source>The employee already has a plan for %1</source>
        <translation>Pegawai sudah memiliki rencana untuk tahun %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="153"/>
        <source>An employee already has a plan for that year</source>
        <translation>Ada pegawai yang sudah memiliki rencana untuk tahun tersebut</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="216"/>
        <source>The plan no longer exists</source>
        <translation>Rencana sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="284"/>
        <source>The plan item no longer exists</source>
        <translation>Butir rencana sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="304"/>
        <source>A plan item that is %1 cannot become %2</source>
        <translation>Butir rencana berstatus %1 tidak dapat menjadi %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="329"/>
        <source>Only a planned or approved item can get another programme</source>
        <translation>Hanya butir yang direncanakan atau disetujui yang dapat diganti programnya</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="349"/>
        <source>The plan is already approved</source>
        <translation>Rencana sudah disetujui</translation>
    </message>
    <message>
        <location filename="../../core/storage/DevelopmentPlanRepository.cpp" line="351"/>
        <source>Say who approves the plan</source>
        <translation>Sebutkan siapa yang menyetujui rencana</translation>
    </message>
</context>
<context>
    <name>DevelopmentReport</name>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="35"/>
        <source>Development plan items</source>
        <translation>Butir rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="36"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="96"/>
        <source>Competency</source>
        <translation>Kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="37"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="38"/>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="39"/>
        <source>Level now/required</source>
        <translation>Level kini/standar</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="40"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="277"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="41"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="278"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="304"/>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="42"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="280"/>
        <source>Provider</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="43"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="282"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="307"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="44"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="181"/>
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="45"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="263"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="59"/>
        <source>(no programme)</source>
        <translation>(tanpa program)</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="80"/>
        <source>Towards the yearly JP minimum</source>
        <translation>Menuju JP minimal tahunan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="86"/>
        <source>Total (without cancelled items)</source>
        <translation>Jumlah (tanpa butir yang dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="94"/>
        <source>Competency gaps</source>
        <translation>Kesenjangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="95"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="135"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="177"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="258"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="97"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="98"/>
        <source>Required</source>
        <translation>Standar</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="99"/>
        <source>Actual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="100"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="112"/>
        <source>Current position: %1</source>
        <translation>Jabatan saat ini: %1</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="114"/>
        <source>Target position: %1</source>
        <translation>Jabatan target: %1</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="115"/>
        <source>Gap = actual - required level; an empty actual level means the competency is not assessed yet.</source>
        <translation>Kesenjangan = capaian − level standar; capaian kosong berarti kompetensi belum diases.</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="128"/>
        <source>Individual Competency Development Plan</source>
        <translation>Rencana Pengembangan Kompetensi Individu</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="129"/>
        <source>Year %1</source>
        <translation>Tahun %1</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="132"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="176"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="256"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="302"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="133"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="175"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="255"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="301"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="134"/>
        <source>Rank (golongan)</source>
        <translation>Pangkat (golongan)</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="136"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="174"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="257"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="138"/>
        <source>Target position</source>
        <translation>Jabatan target</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="139"/>
        <source>Plan status</source>
        <translation>Status rencana</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="141"/>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="141"/>
        <source>%1 on %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="144"/>
        <source>A. Competency gap analysis</source>
        <translation>A. Analisis kesenjangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="147"/>
        <source>B. Development plan per competency</source>
        <translation>B. Rencana pengembangan per kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="150"/>
        <source>Planned: %1 JP against the minimum of %2 JP a year (1 JP = 45 minutes); realised in %3 so far: %4 JP. Budget: Rp %5.</source>
        <translation>Direncanakan: %1 JP dari minimal %2 JP per tahun (1 JP = 45 menit); terealisasi tahun %3 sejauh ini: %4 JP. Anggaran: Rp %5.</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="159"/>
        <source>The employee,</source>
        <translation>Pegawai yang bersangkutan,</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="164"/>
        <source>Approved by,</source>
        <translation>Menyetujui,</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="173"/>
        <source>Development recap %1</source>
        <translation>Rekap pengembangan %1</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="178"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="315"/>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="179"/>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="180"/>
        <source>Planned JP</source>
        <translation>JP rencana</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="182"/>
        <location filename="../../core/development/DevelopmentReports.cpp" line="259"/>
        <source>Realised JP</source>
        <translation>JP realisasi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="183"/>
        <source>JP status</source>
        <translation>Status JP</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="207"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="219"/>
        <source>%1 of %2 met</source>
        <translation>%1 dari %2 memenuhi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="220"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="231"/>
        <source>Competency Development Recap</source>
        <translation>Rekapitulasi Pengembangan Kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="232"/>
        <source>%1 · Year %2</source>
        <translation>%1 · Tahun %2</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="232"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="239"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="240"/>
        <source>Minimum JP a year</source>
        <translation>JP minimal per tahun</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="241"/>
        <source>Met the JP minimum</source>
        <translation>Memenuhi JP minimal</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="241"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="243"/>
        <source>Behind</source>
        <translation>Belum memenuhi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="244"/>
        <source>No JP yet</source>
        <translation>Belum ada JP</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="245"/>
        <source>Average realised JP</source>
        <translation>Rata-rata JP realisasi</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="254"/>
        <source>JP compliance %1</source>
        <translation>Kepatuhan JP %1</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="260"/>
        <source>Minimum JP</source>
        <translation>JP minimal</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="261"/>
        <source>Shortfall JP</source>
        <translation>Kekurangan JP</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="262"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="275"/>
        <source>Training catalogue</source>
        <translation>Katalog pelatihan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="276"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="279"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="281"/>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="283"/>
        <source>Cost (Rp)</source>
        <translation>Biaya (Rp)</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="284"/>
        <source>Develops (target level)</source>
        <translation>Mengembangkan (level target)</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="285"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="292"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="292"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="300"/>
        <source>Realised training %1</source>
        <translation>Realisasi pelatihan %1</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="303"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="305"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="306"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="308"/>
        <source>Certificate no.</source>
        <translation>No. sertifikat</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="309"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="310"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../core/development/DevelopmentReports.cpp" line="315"/>
        <source>Ad hoc</source>
        <translation>Mandiri (di luar rencana)</translation>
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="75"/>
        <source>store the NIP as 18 digits without spaces</source>
        <translation>simpan NIP sebagai 18 digit tanpa spasi</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="77"/>
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="79"/>
        <source>The birth date %1 differs from the one in the NIP (%2)</source>
        <translation>Tanggal lahir %1 berbeda dengan yang tertera dalam NIP (%2)</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="82"/>
        <source>The sex differs from digit 15 of the NIP</source>
        <translation>Jenis kelamin berbeda dengan digit ke-15 NIP</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="85"/>
        <source>A PPPK employee needs a NI PPPK number (digit 13 is 2)</source>
        <translation>Pegawai PPPK memerlukan nomor NI PPPK (digit ke-13 adalah 2)</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="86"/>
        <source>This is a NI PPPK number; the status must be PPPK</source>
        <translation>Ini nomor NI PPPK; status harus PPPK</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="90"/>
        <source>&apos;%1&apos; is not a known golongan</source>
        <translation>&apos;%1&apos; bukan golongan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="92"/>
        <source>PPPK employees have golongan I-XVII</source>
        <translation>Pegawai PPPK bergolongan I-XVII</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="93"/>
        <source>PNS and CPNS have golongan I/a-IV/e</source>
        <translation>PNS dan CPNS bergolongan I/a-IV/e</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="96"/>
        <source>&apos;%1&apos; is not a known education level</source>
        <translation>&apos;%1&apos; bukan tingkat pendidikan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="116"/>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="138"/>
        <source>An employee with NIP %1 already exists</source>
        <translation>Pegawai dengan NIP %1 sudah ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="197"/>
        <source>No employee has id %1</source>
        <translation>Tidak ada pegawai dengan id %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="209"/>
        <source>No employee has NIP %1</source>
        <translation>Tidak ada pegawai dengan NIP %1</translation>
    </message>
</context>
<context>
    <name>EmptySeats</name>
    <message>
        <location filename="../../core/placement/EmptySeats.cpp" line="37"/>
        <source>no candidate meets the position&apos;s requirements (golongan, education, jenjang, retirement, sanctions, assessment)</source>
        <translation>tidak ada kandidat yang memenuhi persyaratan jabatan (golongan, pendidikan, jenjang, pensiun, hukuman disiplin, penilaian)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/placement/EmptySeats.cpp" line="41"/>
        <source>every eligible candidate (%n) scores below the minimum score %1</source>
        <translation>
            <numerusform>semua kandidat yang memenuhi syarat (%Ln) memiliki skor di bawah skor minimum %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/placement/EmptySeats.cpp" line="45"/>
        <source>the candidates above the minimum score (%n) are excluded from this position or kept in place by a constraint</source>
        <translation>
            <numerusform>kandidat dengan skor di atas minimum (%Ln) dikecualikan dari jabatan ini atau ditetapkan tetap di tempat oleh batasan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/placement/EmptySeats.cpp" line="50"/>
        <source>the candidates above the minimum score (%n) are all placed on other seats; more candidates per vacancy would bring others in</source>
        <translation>
            <numerusform>kandidat dengan skor di atas minimum (%Ln) semuanya ditempatkan pada formasi lain; menambah jumlah kandidat per lowongan akan mengikutsertakan kandidat lain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/placement/EmptySeats.cpp" line="54"/>
        <source>the candidates above the minimum score (%n) are all placed on other seats</source>
        <translation>
            <numerusform>kandidat dengan skor di atas minimum (%Ln) semuanya ditempatkan pada formasi lain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/placement/EmptySeats.cpp" line="59"/>
        <source>the remaining candidates (%n) would leave a unit that has a move limit</source>
        <translation>
            <numerusform>kandidat yang tersisa (%Ln) akan keluar dari unit yang memiliki batas mutasi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/placement/EmptySeats.cpp" line="63"/>
        <source>leaving it empty keeps a higher total score (&quot;fill as many vacancies as possible first&quot; is off)</source>
        <translation>dibiarkan kosong karena total skor lebih tinggi (&quot;Utamakan mengisi sebanyak mungkin lowongan&quot; tidak aktif)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../core/common/Result.cpp" line="14"/>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <location filename="../../core/common/Result.cpp" line="16"/>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <location filename="../../core/evaluation/CycleEvaluation.cpp" line="46"/>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/CycleEvaluation.cpp" line="163"/>
        <source>The cycle &apos;%1&apos; is not open</source>
        <translation>Periode &apos;%1&apos; tidak terbuka</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/CycleEvaluation.cpp" line="179"/>
        <source>Only a closed cycle can be reopened (&apos;%1&apos; is %2)</source>
        <translation>Hanya periode yang sudah ditutup yang dapat dibuka kembali (&apos;%1&apos; berstatus %2)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/CycleEvaluation.cpp" line="193"/>
        <source>Close the cycle &apos;%1&apos; before locking it</source>
        <translation>Tutup periode &apos;%1&apos; sebelum menguncinya</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/CycleEvaluation.cpp" line="222"/>
        <source>The employee is not in the scope of the cycle &apos;%1&apos;</source>
        <translation>Pegawai tidak berada dalam cakupan periode &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/CycleEvaluation.cpp" line="227"/>
        <source>The result is still pending (%1); it cannot be calibrated yet</source>
        <translation>Hasil masih tertunda (%1); belum dapat dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationCycle.h" line="28"/>
        <source>Quarter %1 %2</source>
        <translation>Triwulan %1 %2</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationCycle.h" line="34"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationCycle.h" line="36"/>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationCycle.h" line="37"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationFeedback.cpp" line="76"/>
        <source>%1 (%2): especially &quot;%3&quot;</source>
        <translation>%1 (%2): terutama &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationFeedback.cpp" line="81"/>
        <source>%1 (%2): above all &quot;%3&quot;</source>
        <translation>%1 (%2): terutama pada &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationFeedback.cpp" line="97"/>
        <source>Strengths: %1</source>
        <translation>Kekuatan: %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationFeedback.cpp" line="99"/>
        <source>To develop: %1</source>
        <translation>Perlu dikembangkan: %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationFeedback.cpp" line="102"/>
        <source>Suggested development: %1</source>
        <translation>Saran pengembangan: %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="49"/>
        <source>An answer must be from 1 to %1 (got %2)</source>
        <translation>Jawaban harus 1 sampai %1 (tertulis %2)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="54"/>
        <source>An answered form needs at least one score</source>
        <translation>Formulir yang diisi memerlukan paling sedikit satu nilai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="87"/>
        <source>The cycle needs a name</source>
        <translation>Periode penilaian memerlukan nama</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="90"/>
        <source>The period must be annual or quarterly</source>
        <translation>Periode harus tahunan atau triwulanan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="93"/>
        <source>The year %1 is not plausible</source>
        <translation>Tahun %1 tidak masuk akal</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="96"/>
        <source>A quarterly cycle needs a quarter from 1 to 4</source>
        <translation>Periode triwulanan memerlukan triwulan 1 sampai 4</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="99"/>
        <source>The scale must end between 2 and 10</source>
        <translation>Skala harus berakhir antara 2 dan 10</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="138"/>
        <source>There is no evaluation cycle with id %1</source>
        <translation>Tidak ada periode penilaian dengan id %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="146"/>
        <source>Unknown cycle status &apos;%1&apos;</source>
        <translation>Status periode &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="154"/>
        <source>The cycle &apos;%1&apos; is locked</source>
        <translation>Periode &apos;%1&apos; terkunci</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="170"/>
        <source>The cycle &apos;%1&apos; is locked; nothing can change</source>
        <translation>Periode &apos;%1&apos; terkunci; tidak ada yang dapat diubah</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="174"/>
        <source>The cycle &apos;%1&apos; is closed; reopen it to change raters or answers</source>
        <translation>Periode &apos;%1&apos; sudah ditutup; buka kembali untuk mengubah penilai atau jawaban</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="185"/>
        <source>Raters generated for cycle %1</source>
        <translation>Penilai dibuat untuk siklus %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="200"/>
        <source>Choose the employee being rated</source>
        <translation>Pilih pegawai yang dinilai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="203"/>
        <source>Choose the employee who rates</source>
        <translation>Pilih pegawai yang menilai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="206"/>
        <source>Public feedback names no rater</source>
        <translation>Umpan balik masyarakat tidak mencantumkan nama penilai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="209"/>
        <source>A self assessment is made by the employee</source>
        <translation>Penilaian diri dilakukan oleh pegawai itu sendiri</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="212"/>
        <source>An employee cannot rate themself as %1</source>
        <translation>Pegawai tidak dapat menilai dirinya sendiri sebagai %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="226"/>
        <source>This rater is already assigned in this role</source>
        <translation>Penilai ini sudah ditetapkan dalam peran ini</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="288"/>
        <source>There is no rater with id %1</source>
        <translation>Tidak ada penilai dengan id %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="363"/>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="397"/>
        <location filename="../../core/evaluation/Instrument.cpp" line="140"/>
        <source>A rating must be below, meeting or above expectation</source>
        <translation>Penilaian harus di bawah, sesuai, atau di atas ekspektasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="390"/>
        <source>A calibration needs a reason</source>
        <translation>Kalibrasi memerlukan alasan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationRepository.cpp" line="393"/>
        <source>A calibration needs the name of the officer</source>
        <translation>Kalibrasi memerlukan nama petugas</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="71"/>
        <source>Leniency: a %1 rater&apos;s scores average %2, the cycle&apos;s %3</source>
        <translation>Kelonggaran (leniency): rata-rata nilai seorang penilai %1 %2, rata-rata periode %3</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="74"/>
        <source>Halo: a %1 rater gave nearly the same score to every behaviour (variance %2)</source>
        <translation>Efek halo: seorang penilai %1 memberi nilai hampir sama untuk semua perilaku (varians %2)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="78"/>
        <source>Self-assessment %1 against %2 from the others (gap %3)</source>
        <translation>Penilaian diri %1 dibanding %2 dari penilai lain (selisih %3)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="89"/>
        <source>Leniency</source>
        <translation>Kelonggaran</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="91"/>
        <source>Halo</source>
        <translation>Efek halo</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="93"/>
        <source>Self gap</source>
        <translation>Selisih penilaian diri</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="101"/>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="110"/>
        <source>Calibrated</source>
        <translation>Dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="104"/>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="113"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="112"/>
        <source>Pending: %1</source>
        <translation>Tertunda: %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="213"/>
        <source>not weighted</source>
        <translation>tidak diberi bobot</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="218"/>
        <source>%1: none assigned</source>
        <translation>%1: belum ada yang ditetapkan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="219"/>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="230"/>
        <source>%1: %2 of minimum %3 answered</source>
        <translation>%1: %2 dari minimum %3 menjawab</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="225"/>
        <source>none assigned</source>
        <translation>belum ada yang ditetapkan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="226"/>
        <source>only %1 assigned, minimum %2: left out</source>
        <translation>hanya %1 ditetapkan, minimum %2: tidak diperhitungkan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="267"/>
        <source>no rater has answered yet</source>
        <translation>belum ada penilai yang menjawab</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationScoring.cpp" line="273"/>
        <source>hasil kerja (SKP) not entered</source>
        <translation>hasil kerja (SKP) belum diisi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationSettings.cpp" line="74"/>
        <source>Setting %1 must be a number from %2 to %3</source>
        <translation>Pengaturan %1 harus berupa angka %2 sampai %3</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationSettings.cpp" line="95"/>
        <source>Setting %1: unknown rater role &apos;%2&apos;</source>
        <translation>Pengaturan %1: peran penilai &apos;%2&apos; tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationSettings.cpp" line="121"/>
        <source>The &apos;meets expectation&apos; threshold is above the &apos;above expectation&apos; threshold</source>
        <translation>Batas &apos;sesuai ekspektasi&apos; lebih tinggi daripada batas &apos;di atas ekspektasi&apos;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationSettings.cpp" line="129"/>
        <source>At least one rater role needs a weight above zero</source>
        <translation>Paling sedikit satu peran penilai harus berbobot di atas nol</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/Instrument.cpp" line="40"/>
        <source>The evaluation instrument has no behaviours</source>
        <translation>Instrumen penilaian tidak memiliki perilaku</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/Instrument.cpp" line="79"/>
        <source>A behaviour needs a text</source>
        <translation>Perilaku memerlukan uraian</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/Instrument.cpp" line="117"/>
        <source>The predikat matrix has %1 of its 9 cells</source>
        <translation>Matriks predikat hanya memiliki %1 dari 9 sel</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/Instrument.cpp" line="134"/>
        <source>Unknown predikat &apos;%1&apos;</source>
        <translation>Predikat &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="41"/>
        <source>Superior</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="43"/>
        <source>Peer</source>
        <translation>Rekan sejawat</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="45"/>
        <source>Subordinate</source>
        <translation>Bawahan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="47"/>
        <source>Self</source>
        <translation>Diri sendiri</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="49"/>
        <source>Public</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="57"/>
        <source>Above expectation</source>
        <translation>Di atas ekspektasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="59"/>
        <source>Below expectation</source>
        <translation>Di bawah ekspektasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="60"/>
        <source>Meets expectation</source>
        <translation>Sesuai ekspektasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="66"/>
        <source>Above</source>
        <translation>Di atas</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="68"/>
        <source>Below</source>
        <translation>Di bawah</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/RaterRole.cpp" line="69"/>
        <source>Meets</source>
        <translation>Sesuai</translation>
    </message>
</context>
<context>
    <name>EvaluationReports</name>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="26"/>
        <source>%1 → %2: %5 (%3, %4)</source>
        <translation>%1 → %2: %5 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="40"/>
        <source>%1 · period %2 · %3 · status %4</source>
        <translation>%1 · periode %2 · %3 · status %4</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="48"/>
        <source>Recap</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="51"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="277"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="53"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="238"/>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="54"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="55"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="180"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="241"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="251"/>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="60"/>
        <source>Baik or better</source>
        <translation>Baik ke atas</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="92"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="93"/>
        <source>Pending results wait for raters or hasil kerja; they are not in the predikat counts.</source>
        <translation>Hasil tertunda menunggu penilai atau hasil kerja; tidak termasuk dalam jumlah predikat.</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="96"/>
        <source>Peer, subordinate and public scores are aggregates shown only when the minimum number of raters answered; no rater is named.</source>
        <translation>Nilai rekan sejawat, bawahan, dan masyarakat berupa agregat yang hanya ditampilkan bila jumlah minimum penilai telah menjawab; tidak ada penilai yang disebut namanya.</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="109"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="110"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="275"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="111"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="274"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="112"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="276"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="115"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="280"/>
        <source>Hasil kerja</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="117"/>
        <source>Perilaku score</source>
        <translation>Nilai perilaku</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="119"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="283"/>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="125"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="246"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="290"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="127"/>
        <source>Status or reason pending</source>
        <translation>Status atau alasan tertunda</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="129"/>
        <source>Bias flags</source>
        <translation>Tanda bias</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="153"/>
        <source>Calibration %1 (%2): %3</source>
        <translation>Kalibrasi %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="157"/>
        <source>Role columns: mean answer (1-%1) of each rater role; empty when fewer than the minimum answered.</source>
        <translation>Kolom peran: rata-rata jawaban (1-%1) tiap peran penilai; kosong bila yang menjawab kurang dari jumlah minimum.</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="216"/>
        <source>Performance Evaluation Summary</source>
        <translation>Rekapitulasi Penilaian Kinerja</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="235"/>
        <source>Cycle</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="236"/>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="278"/>
        <source>Period</source>
        <translation>Masa penilaian</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="237"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="239"/>
        <source>Final results</source>
        <translation>Hasil final</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="242"/>
        <source>Calibrated</source>
        <translation>Dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="243"/>
        <source>With bias flags</source>
        <translation>Dengan tanda bias</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="245"/>
        <source>Predikat distribution</source>
        <translation>Distribusi predikat</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="255"/>
        <source>Employees per predikat (final results) and pending results.</source>
        <translation>Jumlah pegawai per predikat (hasil final) dan hasil tertunda.</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="273"/>
        <source>Report card: %1</source>
        <translation>Rapor: %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="282"/>
        <source>not entered</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="285"/>
        <source>%1 (score %2 of %3)</source>
        <translation>%1 (nilai %2 dari %3)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="289"/>
        <source>no result yet</source>
        <translation>belum ada hasil</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="293"/>
        <source>Calibration</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="298"/>
        <source>BerAKHLAK values</source>
        <translation>Nilai BerAKHLAK</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="300"/>
        <source>Core value</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="302"/>
        <source>Weighted score</source>
        <translation>Nilai terbobot</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="328"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="333"/>
        <source>Raters answered: %1. A role&apos;s column is empty when fewer than its minimum answered.</source>
        <translation>Penilai yang menjawab: %1. Kolom suatu peran kosong bila yang menjawab kurang dari jumlah minimumnya.</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="347"/>
        <source>Strengths</source>
        <translation>Kekuatan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="348"/>
        <source>Development areas</source>
        <translation>Area pengembangan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="349"/>
        <source>What raters appreciate</source>
        <translation>Yang diapresiasi penilai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="350"/>
        <source>Raters&apos; suggestions</source>
        <translation>Saran penilai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="351"/>
        <source>Suggested for the development plan</source>
        <translation>Usulan untuk rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="357"/>
        <source>Notes for the evaluating officer (bias flags; scores are not changed)</source>
        <translation>Catatan untuk pejabat penilai (tanda bias; nilai tidak diubah)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="367"/>
        <source>Performance Report Card</source>
        <translation>Rapor Kinerja Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/EvaluationReports.cpp" line="381"/>
        <source>Performance Report Cards</source>
        <translation>Rapor Kinerja Pegawai</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="155"/>
        <source>No employee with NIP %1; import the employees first</source>
        <translation>Tidak ada pegawai dengan NIP %1; impor data pegawai terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="170"/>
        <source>The competency is empty</source>
        <translation>Kompetensi kosong</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="171"/>
        <location filename="../../core/import/StandardsImporter.cpp" line="265"/>
        <source>&apos;%1&apos; is not a competency of the dictionary</source>
        <translation>&apos;%1&apos; bukan kompetensi dalam kamus</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="177"/>
        <location filename="../../core/import/StandardsImporter.cpp" line="271"/>
        <source>The level must be a whole number from 1 to 5</source>
        <translation>Level harus bilangan bulat 1 sampai 5</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="187"/>
        <source>&apos;%1&apos; is not an assessment method (assessment center, uji kompetensi, 360, mandiri, pelatihan)</source>
        <translation>&apos;%1&apos; bukan metode penilaian (assessment center, uji kompetensi, 360, mandiri, pelatihan)</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="196"/>
        <source>The same employee, competency, date and method are already on row %1</source>
        <translation>Pegawai, kompetensi, tanggal, dan metode yang sama sudah ada di baris %1</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="221"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="222"/>
        <source>Assessor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="224"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="307"/>
        <source>Writing assessments</source>
        <translation>Menyimpan hasil penilaian</translation>
    </message>
    <message>
        <location filename="../../core/import/AssessmentImporter.cpp" line="314"/>
        <source>Rebuilding the index</source>
        <translation>Membangun ulang indeks</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="284"/>
        <location filename="../../core/import/EmployeeImporter.cpp" line="289"/>
        <source> (new)</source>
        <translation> (baru)</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="299"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="300"/>
        <source>Front title</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="301"/>
        <location filename="../../core/import/StandardsImporter.cpp" line="211"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="302"/>
        <source>Back title</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="303"/>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="304"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="305"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="306"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="307"/>
        <source>Major</source>
        <translation>Jurusan</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="309"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="311"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="312"/>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="313"/>
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="314"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="315"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="316"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="317"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="326"/>
        <source>The NIP was stored as a number and lost digits; format the column as text</source>
        <translation>NIP tersimpan sebagai angka sehingga digitnya hilang; format kolom sebagai teks</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="333"/>
        <source>Duplicate NIP in the file (also on row %1)</source>
        <translation>NIP ganda dalam berkas (juga di baris %1)</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="366"/>
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="383"/>
        <source>The birth date differs from the one in the NIP (%1)</source>
        <translation>Tanggal lahir berbeda dengan yang tercantum di NIP (%1)</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="396"/>
        <source>&apos;%1&apos; is not a sex (use L/P, M/F or 1/2)</source>
        <translation>&apos;%1&apos; bukan jenis kelamin (gunakan L/P, M/F, atau 1/2)</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="398"/>
        <source>The sex differs from digit 15 of the NIP</source>
        <translation>Jenis kelamin berbeda dengan digit ke-15 NIP</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="410"/>
        <source>&apos;%1&apos; is not a status (C = CPNS, P = PNS, or PPPK)</source>
        <translation>&apos;%1&apos; bukan status (C = CPNS, P = PNS, atau PPPK)</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="418"/>
        <source>&apos;%1&apos; is not a known golongan</source>
        <translation>&apos;%1&apos; bukan golongan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="426"/>
        <source>&apos;%1&apos; is not a known education level</source>
        <translation>&apos;%1&apos; bukan tingkat pendidikan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="449"/>
        <source>A position needs the unit (unor) it belongs to</source>
        <translation>Jabatan memerlukan unit kerja (unor) tempatnya</translation>
    </message>
    <message>
        <location filename="../../core/import/EmployeeImporter.cpp" line="550"/>
        <location filename="../../core/import/EmployeeImporter.cpp" line="558"/>
        <source>Writing employees</source>
        <translation>Menyimpan data pegawai</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportPreview.cpp" line="36"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportPreview.cpp" line="38"/>
        <source>Update</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportPreview.cpp" line="40"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportPreview.cpp" line="42"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportPreview.cpp" line="50"/>
        <source>row %1, column %2 (%3): %4</source>
        <translation>baris %1, kolom %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportPreview.cpp" line="51"/>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportPreview.cpp" line="112"/>
        <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 rejected</source>
        <translation>%1 baris: %2 ditambah, %3 diubah, %4 tidak berubah, %5 ditolak</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportSampleWriter.cpp" line="17"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportValues.cpp" line="101"/>
        <source>The date &apos;%1&apos; does not exist</source>
        <translation>Tanggal &apos;%1&apos; tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportValues.cpp" line="103"/>
        <source>The date is empty</source>
        <translation>Tanggal kosong</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportValues.cpp" line="105"/>
        <source>&apos;%1&apos; is not a date: a number is read as an Excel date only from a numeric date cell (use YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>&apos;%1&apos; bukan tanggal: angka hanya dibaca sebagai tanggal Excel dari sel tanggal bertipe angka (gunakan YYYY-MM-DD atau DD-MM-YYYY)</translation>
    </message>
    <message>
        <location filename="../../core/import/ImportValues.cpp" line="109"/>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>&apos;%1&apos; bukan tanggal (gunakan TTTT-BB-HH atau HH-BB-TTTT)</translation>
    </message>
    <message>
        <location filename="../../core/import/Importer.cpp" line="40"/>
        <source>The import was cancelled; nothing was changed</source>
        <translation>Impor dibatalkan; tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../../core/import/Importer.cpp" line="88"/>
        <source>The value is %L1 characters long; this column takes at most %L2</source>
        <translation>Nilai ini sepanjang %L1 karakter; kolom ini menerima paling banyak %L2</translation>
    </message>
    <message>
        <location filename="../../core/import/Importer.cpp" line="101"/>
        <source>The header row has no column for: %1</source>
        <translation>Baris judul tidak memiliki kolom untuk: %1</translation>
    </message>
    <message>
        <location filename="../../core/import/Importer.cpp" line="163"/>
        <source>The file is empty</source>
        <translation>Berkas kosong</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/import/Importer.cpp" line="189"/>
        <source>%n row(s) of the file are rejected; nothing was imported. Correct the file and try again.</source>
        <translation>
            <numerusform>%Ln baris dalam berkas ditolak; tidak ada yang diimpor. Perbaiki berkas lalu coba lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/import/Importer.cpp" line="203"/>
        <source>The backup before the import failed; nothing was imported: %1</source>
        <translation>Cadangan sebelum impor gagal dibuat; tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <location filename="../../core/import/Importer.cpp" line="212"/>
        <source>Import of %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="124"/>
        <source>%1: position standards (SKJ)</source>
        <translation>%1: standar kompetensi jabatan (SKJ)</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="130"/>
        <source>%1: competency dictionary</source>
        <translation>%1: kamus kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="134"/>
        <source>%1: the header is neither a competency dictionary (kode, nama, jenis) nor position standards (kode_jabatan or jabatan, kode_kompetensi or kompetensi, level_standar)</source>
        <translation>%1: judul kolom bukan kamus kompetensi (kode, nama, jenis) maupun standar jabatan (kode_jabatan atau jabatan, kode_kompetensi atau kompetensi, level_standar)</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="155"/>
        <source>The competency code is empty</source>
        <translation>Kode kompetensi kosong</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="157"/>
        <source>The competency name is empty</source>
        <translation>Nama kompetensi kosong</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="160"/>
        <source>&apos;%1&apos; is not a competency type (manajerial, sosial kultural, teknis)</source>
        <translation>&apos;%1&apos; bukan jenis kompetensi (manajerial, sosial kultural, teknis)</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="165"/>
        <source>Duplicate competency code in the file (also on row %1)</source>
        <translation>Kode kompetensi ganda dalam berkas (juga di baris %1)</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="212"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="213"/>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="222"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="249"/>
        <source>Several positions are named &apos;%1&apos;; give the position code</source>
        <translation>Beberapa jabatan bernama &apos;%1&apos;; isikan kode jabatan</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="250"/>
        <source>No position &apos;%1&apos;; import the employees or add the position first</source>
        <translation>Jabatan &apos;%1&apos; tidak ada; impor data pegawai atau tambahkan jabatan terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="277"/>
        <source>The weight must be a number above 0</source>
        <translation>Bobot harus angka lebih dari 0</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="284"/>
        <source>The same position and competency are already on row %1</source>
        <translation>Jabatan dan kompetensi yang sama sudah ada di baris %1</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="303"/>
        <source>Required level</source>
        <translation>Level standar</translation>
    </message>
    <message>
        <location filename="../../core/import/StandardsImporter.cpp" line="306"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="220"/>
        <source>The file contains a NUL byte (line %1); it is damaged or not a text file</source>
        <translation>Berkas berisi bita NUL (baris teks %1); berkas rusak atau bukan berkas teks</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="225"/>
        <source>The quote that opens this field on line %1 is never closed; the rest of the file would be read as one field</source>
        <translation>Tanda kutip yang membuka isian ini pada baris teks %1 tidak pernah ditutup; sisa berkas akan terbaca sebagai satu isian</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="231"/>
        <source>The quote that opens this field on line %1 closes before the field ends (text follows it on line %2); a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>Tanda kutip yang membuka isian ini pada baris teks %1 tertutup sebelum isian berakhir (ada teks sesudahnya pada baris teks %2); tanda kutip di dalam isian bertanda kutip harus digandakan (&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="239"/>
        <source>The field is longer than %L1 bytes (line %2)</source>
        <translation>Isian lebih panjang dari %L1 bita (baris teks %2)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="244"/>
        <source>The row is longer than %L1 bytes (line %2)</source>
        <translation>Baris lebih panjang dari %L1 bita (baris teks %2)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="249"/>
        <source>The row has more than %L1 columns (line %2)</source>
        <translation>Baris memiliki lebih dari %L1 kolom (baris teks %2)</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="264"/>
        <source>The text looks double-encoded: &apos;%1&apos; stands for &apos;%2&apos; (line %3). The file was converted to UTF-8 twice; export it again from the original</source>
        <translation>Teks tampaknya dikodekan dua kali: &apos;%1&apos; seharusnya &apos;%2&apos; (baris teks %3). Berkas diubah ke UTF-8 dua kali; ekspor ulang dari berkas aslinya</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="271"/>
        <source>The file is UTF-8 but has a byte that is not valid UTF-8 (0x%1 on line %2); save it again as UTF-8</source>
        <translation>Berkas ini UTF-8 tetapi memuat bita yang bukan UTF-8 yang sah (0x%1 pada baris teks %2); simpan ulang sebagai UTF-8</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="306"/>
        <location filename="../../core/io/XlsxReader.cpp" line="129"/>
        <source>Cannot open the file: %1</source>
        <translation>Berkas tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="355"/>
        <source>The CSV file cannot be read: %1</source>
        <translation>Berkas CSV tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="358"/>
        <location filename="../../core/io/XlsxReader.cpp" line="392"/>
        <source>Reading the file</source>
        <translation>Membaca berkas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/TableFile.cpp" line="33"/>
        <source>XLSX, %n worksheet(s)</source>
        <translation>
            <numerusform>XLSX, %Ln lembar kerja</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="188"/>
        <source>The workbook index is damaged: %1</source>
        <translation>Indeks buku kerja rusak: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="190"/>
        <source>The workbook has no worksheet</source>
        <translation>Buku kerja tidak memiliki lembar kerja</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="208"/>
        <source>The shared strings of the workbook (%1) exceed the limit of %2</source>
        <translation>Teks bersama (shared strings) buku kerja (%1) melebihi batas %2</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="225"/>
        <source>%L1 strings</source>
        <translation>%L1 teks</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="227"/>
        <source>Shared string %1 of the workbook (%2) is longer than %L3 characters</source>
        <translation>Teks bersama ke-%1 buku kerja (%2) lebih panjang dari %L3 karakter</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="236"/>
        <source>%L1 characters</source>
        <translation>%L1 karakter</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="245"/>
        <source>The shared strings of the workbook are damaged at string %1: %2 (a NUL or other control character is not allowed)</source>
        <translation>Teks bersama (shared strings) buku kerja rusak pada teks ke-%1: %2 (karakter NUL atau karakter kendali lain tidak diizinkan)</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="281"/>
        <source>The styles of the workbook are damaged: %1</source>
        <translation>Gaya (styles) buku kerja rusak: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="294"/>
        <source>The workbook has no worksheet %1</source>
        <translation>Buku kerja tidak memiliki lembar kerja ke-%1</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="319"/>
        <source>The worksheet has more than %L1 rows</source>
        <translation>Lembar kerja memiliki lebih dari %L1 baris</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="328"/>
        <source>Row %1 has a cell with a bad reference &apos;%2&apos;</source>
        <translation>Baris %1 memiliki sel dengan referensi salah &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="333"/>
        <source>The row has more than %L1 columns</source>
        <translation>Baris memiliki lebih dari %L1 kolom</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="352"/>
        <source>Row %1 refers to a missing shared string</source>
        <translation>Baris %1 merujuk ke teks bersama yang tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="369"/>
        <source>The cell is longer than %L1 characters</source>
        <translation>Sel lebih panjang dari %L1 karakter</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="401"/>
        <source>The cell cannot be read: %1 (a workbook cell may not hold a NUL or other control character)</source>
        <translation>Sel tidak dapat dibaca: %1 (sel buku kerja tidak boleh berisi karakter NUL atau karakter kendali lain)</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="405"/>
        <source>The worksheet is damaged: %1</source>
        <translation>Lembar kerja rusak: %1</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="21"/>
        <source>The file is not a valid XLSX workbook (damaged ZIP structure)</source>
        <translation>Berkas ini bukan buku kerja XLSX yang sah (struktur ZIP rusak)</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="77"/>
        <source>The workbook has no part &apos;%1&apos;</source>
        <translation>Buku kerja tidak memiliki bagian &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="87"/>
        <source>The workbook part &apos;%1&apos; unpacks to %L2 bytes, more than the limit of %L3 bytes</source>
        <translation>Bagian buku kerja &apos;%1&apos; berukuran %L2 bita setelah dibuka, melebihi batas %L3 bita</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="94"/>
        <source>The workbook part &apos;%1&apos; unpacks %L2 times its packed size (more than %3 times); the file is refused as a possible zip bomb</source>
        <translation>Bagian buku kerja &apos;%1&apos; membesar %L2 kali ukuran terkompresinya (lebih dari %3 kali); berkas ditolak karena mungkin bom zip</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="127"/>
        <source>The workbook part &apos;%1&apos; holds more data than its header declares; the file is damaged</source>
        <translation>Bagian buku kerja &apos;%1&apos; berisi data lebih banyak daripada yang dinyatakan header-nya; berkas rusak</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="111"/>
        <source>The workbook uses an unsupported compression method</source>
        <translation>Buku kerja memakai metode kompresi yang tidak didukung</translation>
    </message>
    <message>
        <location filename="../../core/storage/ImportStore.cpp" line="71"/>
        <source>The employee with NIP %1 was changed by someone else during the import; analyze the file again</source>
        <translation>Pegawai dengan NIP %1 diubah oleh pengguna lain selama impor; periksa ulang berkas</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <location filename="../../core/reports/Letterhead.cpp" line="11"/>
        <source>DEMO DATA — not official data</source>
        <translation>DATA DEMO — bukan data resmi</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="37"/>
        <location filename="../../core/domain/Nip.cpp" line="40"/>
        <location filename="../../core/domain/Nip.cpp" line="42"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="37"/>
        <source>contains the character &apos;%1&apos;; a NIP has digits only</source>
        <translation>mengandung karakter &apos;%1&apos;; NIP hanya berisi angka</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="40"/>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="42"/>
        <source>has %1 digits; a NIP has 18</source>
        <translation>terdiri atas %1 digit; NIP terdiri atas 18 digit</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="51"/>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="52"/>
        <source>digits 1-8 (%1) are not a real date (YYYYMMDD)</source>
        <translation>digit 1-8 (%1) bukan tanggal yang valid (TTTTBBHH)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="63"/>
        <source>PPPK frequency</source>
        <translation>frekuensi PPPK</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="63"/>
        <source>digit 14 must be 1-9</source>
        <translation>digit ke-14 harus 1-9</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="69"/>
        <location filename="../../core/domain/Nip.cpp" line="73"/>
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="70"/>
        <source>digits 9-14 (%1) are not a year and month (YYYYMM)</source>
        <translation>digit 9-14 (%1) bukan tahun dan bulan (TTTTBB)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="73"/>
        <source>TMT PPPK</source>
        <translation>TMT PPPK</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="74"/>
        <source>appointment year %1 is impossible for someone born in %2</source>
        <translation>tahun pengangkatan %1 tidak mungkin bagi yang lahir tahun %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="76"/>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="76"/>
        <source>digit 15 is %1; it must be 1 (male) or 2 (female)</source>
        <translation>digit ke-15 adalah %1; harus 1 (laki-laki) atau 2 (perempuan)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="80"/>
        <source>sequence number</source>
        <translation>nomor urut</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="80"/>
        <source>digits 16-18 must be 001-999</source>
        <translation>digit 16-18 harus 001-999</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <location filename="../../core/reports/PdfCanvas.cpp" line="103"/>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="357"/>
        <source>Cannot write the PDF file: %1</source>
        <translation>Berkas PDF tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="380"/>
        <source>printing needs a graphical application object (QGuiApplication)</source>
        <translation>pencetakan memerlukan aplikasi grafis (QGuiApplication)</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="421"/>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="434"/>
        <source>the page device could not start</source>
        <translation>perangkat halaman tidak dapat dimulai</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfTablePainter.cpp" line="350"/>
        <source>%1 (continued)</source>
        <translation>%1 (lanjutan)</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="210"/>
        <source>A rating must be below, meeting or above expectation</source>
        <translation>Penilaian harus di bawah, sesuai, atau di atas ekspektasi</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="259"/>
        <source>The sanction level must be ringan, sedang or berat</source>
        <translation>Tingkat hukuman disiplin harus ringan, sedang, atau berat</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="261"/>
        <source>The decision date is missing</source>
        <translation>Tanggal keputusan belum diisi</translation>
    </message>
</context>
<context>
    <name>PlacementReport</name>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="47"/>
        <source>not assessed</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="58"/>
        <source>Placement proposal</source>
        <translation>Usulan penempatan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="60"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="61"/>
        <source>New position</source>
        <translation>Jabatan Baru</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="63"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="204"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="290"/>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="64"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="309"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="65"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="310"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="67"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="312"/>
        <source>Current position</source>
        <translation>Jabatan Saat Ini</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="68"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="69"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="70"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="71"/>
        <source>Key gaps</source>
        <translation>Kesenjangan Utama</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="73"/>
        <source>Runner-up candidates</source>
        <translation>Kandidat Pendamping</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="74"/>
        <source>Remarks</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="105"/>
        <source>locked</source>
        <translation>dikunci</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="107"/>
        <source>added by officer</source>
        <translation>ditambahkan petugas</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="109"/>
        <source>assessment incomplete</source>
        <translation>penilaian belum lengkap</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="111"/>
        <source>left empty: %1</source>
        <translation>dibiarkan kosong: %1</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="115"/>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="134"/>
        <source>Unsaved result</source>
        <translation>Hasil belum disimpan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/placement/PlacementReport.cpp" line="151"/>
        <source>Seats left empty (%n): %1</source>
        <translation>
            <numerusform>Formasi kosong (%Ln): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="162"/>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="163"/>
        <source>Reference date</source>
        <translation>Tanggal acuan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="165"/>
        <source>Retirement horizon</source>
        <translation>Rentang pensiun</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="166"/>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="167"/>
        <source>Vacancies (positions)</source>
        <translation>Lowongan (jabatan)</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="169"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="277"/>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="170"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="278"/>
        <source>Seats filled</source>
        <translation>Kursi terisi</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="171"/>
        <source>Seats left empty</source>
        <translation>Kursi kosong</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="173"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="279"/>
        <source>Total score</source>
        <translation>Total skor</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="174"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="280"/>
        <source>Mean score</source>
        <translation>Rata-rata skor</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="175"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="281"/>
        <source>Mean JPM</source>
        <translation>Rata-rata JPM</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="176"/>
        <source>Minimum score</source>
        <translation>Skor minimum</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="177"/>
        <source>Constraints</source>
        <translation>Batasan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="178"/>
        <source>%1 locks, %2 exclusions, %3 kept in place, %4 added candidates, %5 unit limits</source>
        <translation>%1 penguncian, %2 pengecualian, %3 tetap di tempat, %4 kandidat tambahan, %5 batas unit</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="185"/>
        <source>Missing assessments</source>
        <translation>Penilaian yang belum ada</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="187"/>
        <source>candidates not assessed on every required competency are excluded</source>
        <translation>kandidat yang belum dinilai pada semua kompetensi yang dipersyaratkan tidak diikutsertakan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="189"/>
        <source>a required competency not assessed counts at level %1 (a shortfall); such candidates are marked incomplete and ranked after complete ones</source>
        <translation>kompetensi yang dipersyaratkan tetapi belum dinilai dihitung pada level %1 (kekurangan); kandidat tersebut ditandai belum lengkap dan diurutkan setelah kandidat yang lengkap</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="195"/>
        <source>Empty seats</source>
        <translation>Formasi kosong</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="202"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="289"/>
        <source>Moves per unit</source>
        <translation>Perpindahan per unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="205"/>
        <source>Leaving</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="206"/>
        <source>Arriving</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="207"/>
        <source>Move limit</source>
        <translation>Batas keluar</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="229"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="238"/>
        <source>Placement Proposal</source>
        <translation>Usulan Penempatan Jabatan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="240"/>
        <source>Scenario &quot;%1&quot; as of %2</source>
        <translation>Skenario &quot;%1&quot; per %2</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="242"/>
        <source>Unsaved result (not a saved scenario) as of %1</source>
        <translation>Hasil belum disimpan (bukan skenario tersimpan) per %1</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="247"/>
        <source>JPM and category against the new position; score as ranked (JPM blended with kinerja by the settings). Key gaps: competencies below the new position&apos;s standard (actual minus required).</source>
        <translation>JPM dan kategori terhadap jabatan baru; skor sesuai pemeringkatan (JPM dipadukan dengan kinerja sesuai pengaturan). Kesenjangan utama: kompetensi di bawah standar jabatan baru (level aktual dikurangi level standar).</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="253"/>
        <source>Recapitulation</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="257"/>
        <source>Notes of the solver</source>
        <translation>Catatan penyelesaian</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="269"/>
        <source>Scenario figures</source>
        <translation>Angka skenario</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="271"/>
        <source>Figure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="275"/>
        <source>Difference (B - A)</source>
        <translation>Selisih (B - A)</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="292"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="296"/>
        <source>Leaving (%1)</source>
        <translation>Keluar (%1)</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="294"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="298"/>
        <source>Arriving (%1)</source>
        <translation>Masuk (%1)</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="308"/>
        <source>Placed differently</source>
        <translation>Penempatan berbeda</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="314"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="318"/>
        <source>Position in %1</source>
        <translation>Jabatan pada %1</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="316"/>
        <location filename="../../core/placement/PlacementReport.cpp" line="320"/>
        <source>Score (%1)</source>
        <translation>Skor (%1)</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="321"/>
        <source>(stays)</source>
        <translation>(tetap)</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="340"/>
        <source>Comparison of Placement Scenarios</source>
        <translation>Perbandingan Skenario Penempatan</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementReport.cpp" line="341"/>
        <source>&quot;%1&quot; (A) and &quot;%2&quot; (B)</source>
        <translation>&quot;%1&quot; (A) dan &quot;%2&quot; (B)</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <location filename="../../core/storage/PlacementRepository.cpp" line="13"/>
        <source>Another scenario already has this name</source>
        <translation>Nama ini sudah dipakai skenario lain</translation>
    </message>
    <message>
        <location filename="../../core/storage/PlacementRepository.cpp" line="32"/>
        <source>A scenario needs a name</source>
        <translation>Skenario harus diberi nama</translation>
    </message>
    <message>
        <location filename="../../core/storage/PlacementRepository.cpp" line="73"/>
        <source>The scenario was changed or deleted by someone else; reload it</source>
        <translation>Skenario telah diubah atau dihapus pengguna lain; muat ulang</translation>
    </message>
    <message>
        <location filename="../../core/storage/PlacementRepository.cpp" line="149"/>
        <source>No scenario is named &apos;%1&apos;</source>
        <translation>Tidak ada skenario bernama &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/storage/PlacementRepository.cpp" line="164"/>
        <source>The scenario no longer exists</source>
        <translation>Skenario sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>PlacementSolver</name>
    <message>
        <location filename="../../core/placement/PlacementSolver.cpp" line="73"/>
        <source>Lock of %1 to %2 ignored: no free seat of that position or the employee is already locked.</source>
        <translation>Penguncian %1 ke %2 diabaikan: tidak ada kursi kosong pada jabatan itu atau pegawai sudah dikunci.</translation>
    </message>
    <message>
        <location filename="../../core/placement/PlacementSolver.cpp" line="189"/>
        <source>Unit %1 may lose at most %2 employees; %3 were moved, so the weakest movers beyond the limit stay in the unit.</source>
        <translation>Unit %1 paling banyak boleh kehilangan %2 pegawai; %3 dipindahkan, sehingga pegawai dengan skor terendah di atas batas tetap di unitnya.</translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="42"/>
        <source>The position code is empty</source>
        <translation>Kode jabatan kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="45"/>
        <source>The position name is empty</source>
        <translation>Nama jabatan kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="48"/>
        <source>&apos;%1&apos; is not a known jenjang</source>
        <translation>&apos;%1&apos; bukan jenjang yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="50"/>
        <source>The position has no unit</source>
        <translation>Jabatan belum memiliki unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="53"/>
        <source>&apos;%1&apos; is not a known golongan</source>
        <translation>&apos;%1&apos; bukan golongan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="57"/>
        <source>&apos;%1&apos; is not a known education level</source>
        <translation>&apos;%1&apos; bukan tingkat pendidikan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="60"/>
        <source>The formation cannot be negative</source>
        <translation>Formasi tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="63"/>
        <source>The kelas jabatan must be 1-17</source>
        <translation>Kelas jabatan harus 1-17</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="68"/>
        <source>A required level must be 1-5</source>
        <translation>Level yang dipersyaratkan harus 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="71"/>
        <source>A weight must be greater than zero</source>
        <translation>Bobot harus lebih besar dari nol</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="74"/>
        <source>A competency appears twice in the standard</source>
        <translation>Ada kompetensi yang muncul dua kali dalam standar</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="91"/>
        <location filename="../../core/storage/PositionRepository.cpp" line="114"/>
        <source>Another position already has this code</source>
        <translation>Kode ini sudah dipakai jabatan lain</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="197"/>
        <source>No position has the code %1</source>
        <translation>Tidak ada jabatan dengan kode %1</translation>
    </message>
</context>
<context>
    <name>PublicFeedbackImport</name>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="42"/>
        <source>Cannot read the file: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="96"/>
        <source>The file is empty</source>
        <translation>Berkas kosong</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="103"/>
        <source>The cycle &apos;%1&apos; is not open; public feedback cannot be added</source>
        <translation>Periode &apos;%1&apos; tidak terbuka; umpan balik masyarakat tidak dapat ditambahkan</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="117"/>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="136"/>
        <source>The column &apos;%1&apos; appears twice</source>
        <translation>Kolom &apos;%1&apos; muncul dua kali</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="141"/>
        <source>Unknown column &apos;%1&apos;; expected nip, kode_unit, formulir, kekuatan, saran or a behaviour code such as PEL1</source>
        <translation>Kolom &apos;%1&apos; tidak dikenal; yang diharapkan nip, kode_unit, formulir, kekuatan, saran, atau kode perilaku seperti PEL1</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="152"/>
        <source>The file needs a &apos;nip&apos; or a &apos;kode_unit&apos; column</source>
        <translation>Berkas memerlukan kolom &apos;nip&apos; atau &apos;kode_unit&apos;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="156"/>
        <source>The file has no behaviour column (PEL1 .. KOL3)</source>
        <translation>Berkas tidak memiliki kolom perilaku (PEL1 .. KOL3)</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="182"/>
        <source>The row has %1 fields, the header %2</source>
        <translation>Baris memiliki %1 kolom, sedangkan judul kolom %2</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="195"/>
        <source>Give either a NIP or a unit code, not both</source>
        <translation>Isi NIP atau kode unit, tidak keduanya</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="198"/>
        <source>Who is rated is missing: give a NIP or a unit code</source>
        <translation>Yang dinilai belum diisi: isi NIP atau kode unit</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="207"/>
        <source>No employee with NIP %1 is in the scope of the cycle &apos;%2&apos;</source>
        <translation>Tidak ada pegawai dengan NIP %1 dalam cakupan periode &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="217"/>
        <source>No unit has the code &apos;%1&apos;</source>
        <translation>Tidak ada unit kerja dengan kode &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="220"/>
        <source>The unit &apos;%1&apos; has no employee in the scope of the cycle &apos;%2&apos;</source>
        <translation>Unit kerja &apos;%1&apos; tidak memiliki pegawai dalam cakupan periode &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="234"/>
        <source>&apos;%1&apos; is not a score from 1 to %2</source>
        <translation>&apos;%1&apos; bukan nilai 1 sampai %2</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="240"/>
        <source>The row has no score</source>
        <translation>Baris tidak memiliki nilai</translation>
    </message>
    <message>
        <location filename="../../core/evaluation/PublicFeedbackImport.cpp" line="248"/>
        <source>The file has no data rows</source>
        <translation>Berkas tidak memiliki baris data</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../core/reports/ReportDocument.cpp" line="49"/>
        <source>As of %1</source>
        <translation>Keadaan per %1</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../core/reports/ReportTable.cpp" line="64"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportTable.cpp" line="84"/>
        <location filename="../../core/reports/ReportTable.cpp" line="91"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../core/security/Role.cpp" line="58"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../core/security/Role.cpp" line="60"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../core/security/Role.cpp" line="62"/>
        <source>Leadership (read only)</source>
        <translation>Pimpinan (hanya baca)</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="18"/>
        <source>view the data</source>
        <translation>melihat data</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="20"/>
        <source>print or export</source>
        <translation>mencetak atau mengekspor</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="22"/>
        <source>change data</source>
        <translation>mengubah data</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="24"/>
        <source>import files</source>
        <translation>mengimpor berkas</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="26"/>
        <source>make backups</source>
        <translation>membuat cadangan</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="28"/>
        <source>restore a backup</source>
        <translation>memulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="30"/>
        <source>change the settings</source>
        <translation>mengubah pengaturan</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="32"/>
        <source>manage users</source>
        <translation>mengelola pengguna</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="34"/>
        <source>read the audit trail</source>
        <translation>membaca jejak audit</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="36"/>
        <source>export NIK and contact data unmasked</source>
        <translation>mengekspor NIK dan data kontak tanpa disamarkan</translation>
    </message>
    <message>
        <location filename="../../core/security/UserSession.cpp" line="46"/>
        <source>%1 (%2) may not %3</source>
        <translation>%1 (%2) tidak berwenang %3</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="28"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; bukan angka</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="30"/>
        <source>must be between %1 and %2</source>
        <translation>harus antara %1 dan %2</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="71"/>
        <source>the threshold for &apos;above expectation&apos; must be higher than for &apos;meets expectation&apos;</source>
        <translation>ambang &apos;di atas ekspektasi&apos; harus lebih tinggi daripada &apos;sesuai ekspektasi&apos;</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="74"/>
        <source>the threshold for high potential must be higher than for medium potential</source>
        <translation>ambang potensial tinggi harus lebih tinggi daripada potensial menengah</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="85"/>
        <source>there is no category scale named &apos;%1&apos;</source>
        <translation>tidak ada skala kategori bernama &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="95"/>
        <source>the logo file %1 does not exist</source>
        <translation>berkas logo %1 tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="98"/>
        <source>the language must be id or en</source>
        <translation>bahasa harus id atau en</translation>
    </message>
</context>
<context>
    <name>TrainingCatalog</name>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="29"/>
        <source>&apos;%1&apos;: no competency has this code</source>
        <translation>&apos;%1&apos;: tidak ada kompetensi dengan kode ini</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="33"/>
        <source>&apos;%1&apos;: the target level after &apos;:&apos; must be 1-5</source>
        <translation>&apos;%1&apos;: level target setelah &apos;:&apos; harus 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="44"/>
        <source>The code is empty</source>
        <translation>Kode kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="46"/>
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="48"/>
        <source>&apos;%1&apos; is not a development form</source>
        <translation>&apos;%1&apos; bukan bentuk pengembangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="50"/>
        <source>The mode must be luring, daring or campuran</source>
        <translation>Moda harus luring, daring atau campuran</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="52"/>
        <source>The JP must be more than 0 and at most 2000</source>
        <translation>JP harus lebih dari 0 dan paling banyak 2000</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="54"/>
        <source>The cost cannot be negative</source>
        <translation>Biaya tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="58"/>
        <source>A developed competency is missing</source>
        <translation>Ada kompetensi yang dikembangkan yang belum diisi</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="60"/>
        <source>The target level %1 is not 1-5</source>
        <translation>Level target %1 bukan 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="62"/>
        <source>A competency is listed twice</source>
        <translation>Ada kompetensi yang tercantum dua kali</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="101"/>
        <source>The programme no longer exists</source>
        <translation>Program sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="149"/>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="171"/>
        <source>Another programme already has this code</source>
        <translation>Program lain sudah memakai kode ini</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingCatalogRepository.cpp" line="175"/>
        <source>The programme was changed or removed by someone else; reload it</source>
        <translation>Program telah diubah atau dihapus pengguna lain; muat ulang</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="50"/>
        <source>Leadership training</source>
        <translation>Pelatihan kepemimpinan</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="51"/>
        <source>Managerial training</source>
        <translation>Pelatihan manajerial</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="52"/>
        <source>Technical training</source>
        <translation>Pelatihan teknis</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="53"/>
        <source>Functional training</source>
        <translation>Pelatihan fungsional</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="54"/>
        <source>Socio-cultural training</source>
        <translation>Pelatihan sosial kultural</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="55"/>
        <source>Seminar / conference</source>
        <translation>Seminar/konferensi/sarasehan</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="56"/>
        <source>Workshop</source>
        <translation>Workshop/lokakarya</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="57"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="58"/>
        <source>Upgrading course</source>
        <translation>Penataran</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="59"/>
        <source>Technical guidance</source>
        <translation>Bimbingan teknis</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="60"/>
        <source>Socialisation</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="61"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="62"/>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="63"/>
        <source>E-learning</source>
        <translation>E-learning</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="64"/>
        <source>Distance learning</source>
        <translation>Pelatihan jarak jauh</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="65"/>
        <source>Secondment</source>
        <translation>Detasering</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="66"/>
        <source>Outdoor learning</source>
        <translation>Pembelajaran alam terbuka</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="67"/>
        <source>Benchmarking / study visit</source>
        <translation>Patok banding (benchmarking)</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="68"/>
        <source>Exchange with the private sector</source>
        <translation>Pertukaran PNS dengan pegawai swasta</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="69"/>
        <source>Self-development</source>
        <translation>Belajar mandiri</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="70"/>
        <source>Community of practice</source>
        <translation>Komunitas belajar</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="71"/>
        <source>On-the-job guidance</source>
        <translation>Bimbingan di tempat kerja</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="72"/>
        <source>Internship / work practice</source>
        <translation>Magang/praktik kerja</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="114"/>
        <source>Classical training</source>
        <translation>Pelatihan klasikal</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="115"/>
        <source>Non-classical training</source>
        <translation>Pelatihan nonklasikal</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="127"/>
        <source>In person</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="129"/>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <location filename="../../core/development/TrainingProgramme.cpp" line="131"/>
        <source>Blended</source>
        <translation>Campuran</translation>
    </message>
</context>
<context>
    <name>TrainingRecord</name>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="48"/>
        <source>No employee was given</source>
        <translation>Pegawai belum dipilih</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="50"/>
        <source>The training title is empty</source>
        <translation>Judul pelatihan kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="53"/>
        <source>&apos;%1&apos; is not a development form</source>
        <translation>&apos;%1&apos; bukan bentuk pengembangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="56"/>
        <source>The start date is missing or not a real date</source>
        <translation>Tanggal mulai kosong atau bukan tanggal yang benar</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="59"/>
        <source>The end date is missing or not a real date</source>
        <translation>Tanggal selesai kosong atau bukan tanggal yang benar</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="62"/>
        <source>The end date is before the start date</source>
        <translation>Tanggal selesai sebelum tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="65"/>
        <source>The JP must be more than 0 and at most 2000</source>
        <translation>JP harus lebih dari 0 dan paling banyak 2000</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="101"/>
        <source>The training record no longer exists</source>
        <translation>Data pelatihan sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="168"/>
        <source>Say who validates or rejects the assessment</source>
        <translation>Sebutkan siapa yang memvalidasi atau menolak asesmen</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="173"/>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="174"/>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="198"/>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="209"/>
        <source>The assessment no longer exists</source>
        <translation>Asesmen sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/TrainingRecordRepository.cpp" line="181"/>
        <source>The assessment was already decided</source>
        <translation>Asesmen sudah diputuskan</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="22"/>
        <source>The unit code is empty</source>
        <translation>Kode unit kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="24"/>
        <source>The unit name is empty</source>
        <translation>Nama unit kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="26"/>
        <source>The unit kind is empty</source>
        <translation>Jenis unit kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="28"/>
        <source>A unit cannot be its own parent</source>
        <translation>Unit tidak dapat menjadi induk dirinya sendiri</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="57"/>
        <source>A unit cannot be placed under one of its own sub-units</source>
        <translation>Unit tidak dapat ditempatkan di bawah salah satu sub-unitnya sendiri</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="107"/>
        <source>No unit has the code %1</source>
        <translation>Tidak ada unit dengan kode %1</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../core/security/PasswordHasher.cpp" line="20"/>
        <source>The password library could not be started</source>
        <translation>Pustaka kata sandi tidak dapat dijalankan</translation>
    </message>
    <message>
        <location filename="../../core/security/PasswordHasher.cpp" line="26"/>
        <source>Not enough memory to hash the password</source>
        <translation>Memori tidak cukup untuk mengolah kata sandi</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="93"/>
        <source>There is no user with id %1</source>
        <translation>Tidak ada pengguna dengan id %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="117"/>
        <source>The password needs at least %1 characters</source>
        <translation>Kata sandi minimal %1 karakter</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="142"/>
        <source>The user name needs 3 to 40 letters, digits, dots, hyphens or underscores</source>
        <translation>Nama pengguna harus 3 sampai 40 huruf, angka, titik, tanda hubung atau garis bawah</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="144"/>
        <location filename="../../core/storage/UserRepository.cpp" line="176"/>
        <source>The full name is required</source>
        <translation>Nama lengkap wajib diisi</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="161"/>
        <source>Another user already has this user name</source>
        <translation>Nama pengguna ini sudah dipakai pengguna lain</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="199"/>
        <source>%1 is the last active administrator; make another user administrator first</source>
        <translation>%1 adalah administrator aktif terakhir; jadikan pengguna lain administrator terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="268"/>
        <source>The user name or the password is wrong</source>
        <translation>Nama pengguna atau kata sandi salah</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="283"/>
        <source>This account is locked after too many wrong passwords until %1 (UTC)</source>
        <translation>Akun ini dikunci karena terlalu banyak salah kata sandi sampai %1 (UTC)</translation>
    </message>
    <message>
        <location filename="../../core/storage/UserRepository.cpp" line="286"/>
        <source>This account has been deactivated by an administrator</source>
        <translation>Akun ini telah dinonaktifkan oleh administrator</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/UserRepository.cpp" line="303"/>
        <source>Too many wrong passwords: the account is locked for %n minute(s)</source>
        <translation>
            <numerusform>Terlalu banyak salah kata sandi: akun dikunci selama %Ln menit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxRenderer</name>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="384"/>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="408"/>
        <source>Cannot write the Excel file: %1</source>
        <translation>Berkas Excel tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="414"/>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="422"/>
        <source>out of memory</source>
        <translation>memori tidak cukup</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="501"/>
        <source>the table has more rows than Excel allows (1,048,576)</source>
        <translation>tabel memiliki lebih banyak baris daripada batas Excel (1.048.576)</translation>
    </message>
</context>
</TS>
