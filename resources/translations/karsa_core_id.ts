<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="26" />
        <source>No employee was given</source>
        <translation>Pegawai belum dipilih</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="28" />
        <source>No competency was given</source>
        <translation>Kompetensi belum dipilih</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="30" />
        <source>The level %1 is not 1-5</source>
        <translation>Level %1 bukan 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="32" />
        <source>The assessment date is missing or not a real date</source>
        <translation>Tanggal asesmen kosong atau bukan tanggal yang valid</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="34" />
        <source>The assessment method is empty</source>
        <translation>Metode asesmen kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="77" />
        <source>No assessment was given</source>
        <translation>Asesmen belum dipilih</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="91" />
        <location filename="../../core/storage/AssessmentRepository.cpp" line="104" />
        <source>The assessment no longer exists</source>
        <translation>Asesmen tersebut sudah tidak ada</translation>
    </message>
</context>
<context>
    <name>CandidateRanking</name>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="37" />
        <source>Golongan is below the position's minimum</source>
        <translation>Golongan di bawah syarat minimal jabatan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="39" />
        <source>Education is below the position's minimum</source>
        <translation>Pendidikan di bawah syarat minimal jabatan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="41" />
        <source>Current jenjang is not compatible with the position's jenjang</source>
        <translation>Jenjang saat ini tidak sesuai dengan jenjang jabatan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="43" />
        <source>Has no current position, so the jenjang cannot be compared</source>
        <translation>Belum memiliki jabatan, sehingga jenjang tidak dapat dibandingkan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="45" />
        <source>Reaches retirement age within the retirement horizon</source>
        <translation>Mencapai batas usia pensiun dalam rentang waktu yang ditetapkan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="47" />
        <source>Has a moderate or heavy disciplinary sanction within the screening period</source>
        <translation>Pernah dijatuhi hukuman disiplin sedang atau berat dalam periode penyaringan</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CandidateRanking.cpp" line="49" />
        <source>Already holds this position</source>
        <translation>Sudah menduduki jabatan ini</translation>
    </message>
</context>
<context>
    <name>CategoryScale</name>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="74" />
        <source>The category scales are not a JSON list: %1</source>
        <translation>Skala kategori bukan daftar JSON: %1</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="80" />
        <source>A category scale has no name</source>
        <translation>Ada skala kategori tanpa nama</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="85" />
        <source>A band of the scale %1 needs a code and a numeric lower bound</source>
        <translation>Setiap kategori pada skala %1 memerlukan kode dan batas bawah berupa angka</translation>
    </message>
    <message>
        <location filename="../../core/analytics/CategoryScale.cpp" line="89" />
        <source>The category scale %1 has no bands</source>
        <translation>Skala kategori %1 tidak memiliki kategori</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="31" />
        <source>further findings of this check were not listed</source>
        <translation>temuan lain dari pemeriksaan ini tidak ditampilkan</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="52" />
        <source>SQLite integrity</source>
        <translation>Integritas SQLite</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="60" />
        <source>Foreign keys</source>
        <translation>Kunci asing</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="66" />
        <source>refers to a missing row in %1</source>
        <translation>merujuk baris yang tidak ada di %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="70" />
        <source>Unit tree</source>
        <translation>Struktur unit</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="85" />
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="85" />
        <source>is its own ancestor (cycle in the unit tree)</source>
        <translation>menjadi induk dirinya sendiri (siklus dalam struktur unit)</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="93" />
        <source>Positions and standards</source>
        <translation>Jabatan dan standar</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="107" />
        <source>position %1</source>
        <translation>jabatan %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="111" />
        <source>has the unknown jenjang '%1'</source>
        <translation>memiliki jenjang yang tidak dikenal '%1'</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="113" />
        <source>requires the unknown golongan '%1'</source>
        <translation>mensyaratkan golongan yang tidak dikenal '%1'</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="115" />
        <source>requires the unknown education level '%1'</source>
        <translation>mensyaratkan jenjang pendidikan yang tidak dikenal '%1'</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="117" />
        <source>has no competency standard (SKJ)</source>
        <translation>belum memiliki standar kompetensi jabatan (SKJ)</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="121" />
        <source>Competency dictionary</source>
        <translation>Kamus kompetensi</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="128" />
        <source>competency %1</source>
        <translation>kompetensi %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="128" />
        <source>has %1 levels described; 5 are expected</source>
        <translation>memiliki %1 level yang diuraikan; seharusnya 5</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="130" />
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="140" />
        <location filename="../../core/check/DatabaseChecker.cpp" line="143" />
        <source>employee %1</source>
        <translation>pegawai %1</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="143" />
        <source>works in a different unit from their position</source>
        <translation>bekerja di unit yang berbeda dengan unit jabatannya</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="148" />
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="153" />
        <source>%1 assessments have a level outside 1-5 or no date</source>
        <translation>%1 asesmen memiliki level di luar 1-5 atau tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../../core/check/DatabaseChecker.cpp" line="154" />
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>Competency</name>
    <message>
        <location filename="../../core/domain/Competency.cpp" line="38" />
        <source>Managerial</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <location filename="../../core/domain/Competency.cpp" line="40" />
        <source>Socio-cultural</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <location filename="../../core/domain/Competency.cpp" line="44" />
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="21" />
        <source>The code is empty</source>
        <translation>Kode kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="23" />
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="27" />
        <source>Level %1 is not 1-5</source>
        <translation>Level %1 bukan 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="60" />
        <location filename="../../core/storage/CompetencyRepository.cpp" line="82" />
        <source>Another competency already has this code</source>
        <translation>Kode ini sudah dipakai kompetensi lain</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="142" />
        <source>No competency has the code %1</source>
        <translation>Tidak ada kompetensi dengan kode %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/CompetencyUsage.cpp" line="28" />
        <source>the standard of %n position(s)</source>
        <translation><numerusform>standar kompetensi %n jabatan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/storage/CompetencyUsage.cpp" line="30" />
        <source>%n assessment record(s)</source>
        <translation><numerusform>%n catatan asesmen</numerusform></translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyUsage.cpp" line="32" />
        <source>a standard or an assessment</source>
        <translation>standar kompetensi atau asesmen</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyUsage.cpp" line="33" />
        <source>“%1” cannot be deleted because it is used in %2. Remove it from those standards first; assessment history is kept on purpose.</source>
        <translation>“%1” tidak dapat dihapus karena dipakai dalam %2. Hapus dahulu dari standar tersebut; riwayat asesmen sengaja dipertahankan.</translation>
    </message>
    <message>
        <location filename="../../core/storage/CompetencyUsage.cpp" line="35" />
        <source> and </source>
        <translation> dan </translation>
    </message>
</context>
<context>
    <name>CsvRenderer</name>
    <message>
        <location filename="../../core/reports/CsvRenderer.cpp" line="79" />
        <source>Cannot write the CSV file: %1</source>
        <translation>Berkas CSV tidak dapat ditulis: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/storage/CompetencyRepository.cpp" line="86" />
        <source>The competency was changed or deleted by someone else; reload and try again</source>
        <translation>Kompetensi telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="142" />
        <source>The employee was changed or deleted by someone else; reload and try again</source>
        <translation>Data pegawai telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="118" />
        <source>The position was changed or deleted by someone else; reload and try again</source>
        <translation>Jabatan telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="13" />
        <source>Database error: %1</source>
        <translation>Kesalahan basis data: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Sql.cpp" line="89" />
        <source>The record no longer exists</source>
        <translation>Data tersebut sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="12" />
        <source>Could not start a transaction: %1</source>
        <translation>Transaksi tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="26" />
        <source>No transaction is active</source>
        <translation>Tidak ada transaksi yang aktif</translation>
    </message>
    <message>
        <location filename="../../core/storage/Transaction.cpp" line="31" />
        <source>Could not save the changes: %1</source>
        <translation>Perubahan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="69" />
        <source>The unit was changed or deleted by someone else; reload and try again</source>
        <translation>Unit kerja telah diubah atau dihapus oleh pengguna lain; muat ulang lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="59" />
        <source>Migration script %1 is missing from the build</source>
        <translation>Skrip migrasi %1 tidak ada dalam build</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="125" />
        <source>No database file was given</source>
        <translation>Berkas basis data belum ditentukan</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="129" />
        <source>%1 does not exist or is empty</source>
        <translation>%1 tidak ada atau kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="132" />
        <source>%1 is not a Karsa database (it is not an SQLite file); it was left untouched</source>
        <translation>%1 bukan basis data Karsa (bukan berkas SQLite); berkas tidak diubah</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="135" />
        <source>%1 is an SQLite file but not a Karsa database; it was left untouched</source>
        <translation>%1 adalah berkas SQLite tetapi bukan basis data Karsa; berkas tidak diubah</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="138" />
        <source>%1 was written by a newer version of Karsa (schema %2; this version reads up to %3). Update Karsa to open it; the file was left untouched.</source>
        <translation>%1 dibuat oleh Karsa versi yang lebih baru (skema %2; versi ini membaca sampai skema %3). Perbarui Karsa untuk membukanya; berkas tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="146" />
        <source>Cannot create the folder %1</source>
        <translation>Folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="157" />
        <source>Cannot open %1: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="166" />
        <source>Could not back up the database before upgrading it: %1</source>
        <translation>Cadangan basis data sebelum pembaruan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="205" />
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Pembaruan basis data ke skema %1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="222" />
        <source>Cannot replace %1</source>
        <translation>%1 tidak dapat diganti</translation>
    </message>
</context>
<context>
    <name>DemoCity</name>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="91" />
        <source>The number of employees must be between 0 and 1,000,000</source>
        <translation>Jumlah pegawai harus antara 0 dan 1.000.000</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="93" />
        <source>The reference date of the demo city is not valid</source>
        <translation>Tanggal acuan kota demo tidak valid</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="98" />
        <source>The database already has employees; the demo city needs an empty database</source>
        <translation>Basis data sudah berisi pegawai; kota demo memerlukan basis data kosong</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="103" />
        <source>The database already has units or positions; the demo city needs an empty database</source>
        <translation>Basis data sudah berisi unit atau jabatan; kota demo memerlukan basis data kosong</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="118" />
        <source>Units</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="149" />
        <source>The competency dictionary is missing %1; open the database with Karsa first</source>
        <translation>Kamus kompetensi tidak memuat %1; buka basis data dengan Karsa terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="167" />
        <source>Positions</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="234" />
        <source>Position %1 was not written</source>
        <translation>Jabatan %1 tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="301" />
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="323" />
        <source>Generated employee %1 is invalid: %2</source>
        <translation>Pegawai hasil pembangkitan %1 tidak valid: %2</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="360" />
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoCityGenerator.cpp" line="390" />
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="75" />
        <source>store the NIP as 18 digits without spaces</source>
        <translation>simpan NIP sebagai 18 digit tanpa spasi</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="77" />
        <source>The name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="79" />
        <source>The birth date %1 differs from the one in the NIP (%2)</source>
        <translation>Tanggal lahir %1 berbeda dengan yang tertera dalam NIP (%2)</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="82" />
        <source>The sex differs from digit 15 of the NIP</source>
        <translation>Jenis kelamin berbeda dengan digit ke-15 NIP</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="85" />
        <source>A PPPK employee needs a NI PPPK number (digit 13 is 2)</source>
        <translation>Pegawai PPPK memerlukan nomor NI PPPK (digit ke-13 adalah 2)</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="86" />
        <source>This is a NI PPPK number; the status must be PPPK</source>
        <translation>Ini nomor NI PPPK; status harus PPPK</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="90" />
        <source>'%1' is not a known golongan</source>
        <translation>'%1' bukan golongan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="92" />
        <source>PPPK employees have golongan I-XVII</source>
        <translation>Pegawai PPPK bergolongan I-XVII</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="93" />
        <source>PNS and CPNS have golongan I/a-IV/e</source>
        <translation>PNS dan CPNS bergolongan I/a-IV/e</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="96" />
        <source>'%1' is not a known education level</source>
        <translation>'%1' bukan jenjang pendidikan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="116" />
        <location filename="../../core/storage/EmployeeRepository.cpp" line="138" />
        <source>An employee with NIP %1 already exists</source>
        <translation>Pegawai dengan NIP %1 sudah ada</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="197" />
        <source>No employee has id %1</source>
        <translation>Tidak ada pegawai dengan id %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/EmployeeRepository.cpp" line="209" />
        <source>No employee has NIP %1</source>
        <translation>Tidak ada pegawai dengan NIP %1</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../core/common/Result.cpp" line="14" />
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <location filename="../../core/common/Result.cpp" line="16" />
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="37" />
        <location filename="../../core/domain/Nip.cpp" line="40" />
        <location filename="../../core/domain/Nip.cpp" line="42" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="37" />
        <source>contains the character '%1'; a NIP has digits only</source>
        <translation>mengandung karakter '%1'; NIP hanya berisi angka</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="40" />
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="42" />
        <source>has %1 digits; a NIP has 18</source>
        <translation>terdiri atas %1 digit; NIP terdiri atas 18 digit</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="51" />
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="52" />
        <source>digits 1-8 (%1) are not a real date (YYYYMMDD)</source>
        <translation>digit 1-8 (%1) bukan tanggal yang valid (TTTTBBHH)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="63" />
        <source>PPPK frequency</source>
        <translation>frekuensi PPPK</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="63" />
        <source>digit 14 must be 1-9</source>
        <translation>digit ke-14 harus 1-9</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="69" />
        <location filename="../../core/domain/Nip.cpp" line="73" />
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="70" />
        <source>digits 9-14 (%1) are not a year and month (YYYYMM)</source>
        <translation>digit 9-14 (%1) bukan tahun dan bulan (TTTTBB)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="73" />
        <source>TMT PPPK</source>
        <translation>TMT PPPK</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="74" />
        <source>appointment year %1 is impossible for someone born in %2</source>
        <translation>tahun pengangkatan %1 tidak mungkin bagi yang lahir tahun %2</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="76" />
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="76" />
        <source>digit 15 is %1; it must be 1 (male) or 2 (female)</source>
        <translation>digit ke-15 adalah %1; harus 1 (laki-laki) atau 2 (perempuan)</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="80" />
        <source>sequence number</source>
        <translation>nomor urut</translation>
    </message>
    <message>
        <location filename="../../core/domain/Nip.cpp" line="80" />
        <source>digits 16-18 must be 001-999</source>
        <translation>digit 16-18 harus 001-999</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <location filename="../../core/reports/PdfCanvas.cpp" line="89" />
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="285" />
        <source>Cannot write the PDF file: %1</source>
        <translation>Berkas PDF tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="295" />
        <source>printing needs a graphical application object (QGuiApplication)</source>
        <translation>pencetakan memerlukan aplikasi grafis (QGuiApplication)</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="317" />
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfRenderer.cpp" line="330" />
        <source>the page device could not start</source>
        <translation>perangkat halaman tidak dapat dimulai</translation>
    </message>
    <message>
        <location filename="../../core/reports/PdfTablePainter.cpp" line="259" />
        <source>%1 (continued)</source>
        <translation>%1 (lanjutan)</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="206" />
        <source>A rating must be below, meeting or above expectation</source>
        <translation>Penilaian harus di bawah, sesuai, atau di atas ekspektasi</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="253" />
        <source>The sanction level must be ringan, sedang or berat</source>
        <translation>Tingkat hukuman disiplin harus ringan, sedang, atau berat</translation>
    </message>
    <message>
        <location filename="../../core/storage/AssessmentRepository.cpp" line="255" />
        <source>The decision date is missing</source>
        <translation>Tanggal keputusan belum diisi</translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="42" />
        <source>The position code is empty</source>
        <translation>Kode jabatan kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="45" />
        <source>The position name is empty</source>
        <translation>Nama jabatan kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="48" />
        <source>'%1' is not a known jenjang</source>
        <translation>'%1' bukan jenjang yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="50" />
        <source>The position has no unit</source>
        <translation>Jabatan belum memiliki unit kerja</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="53" />
        <source>'%1' is not a known golongan</source>
        <translation>'%1' bukan golongan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="57" />
        <source>'%1' is not a known education level</source>
        <translation>'%1' bukan jenjang pendidikan yang dikenal</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="60" />
        <source>The formation cannot be negative</source>
        <translation>Formasi tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="63" />
        <source>The kelas jabatan must be 1-17</source>
        <translation>Kelas jabatan harus 1-17</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="68" />
        <source>A required level must be 1-5</source>
        <translation>Level yang dipersyaratkan harus 1-5</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="71" />
        <source>A weight must be greater than zero</source>
        <translation>Bobot harus lebih besar dari nol</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="74" />
        <source>A competency appears twice in the standard</source>
        <translation>Ada kompetensi yang muncul dua kali dalam standar</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="91" />
        <location filename="../../core/storage/PositionRepository.cpp" line="114" />
        <source>Another position already has this code</source>
        <translation>Kode ini sudah dipakai jabatan lain</translation>
    </message>
    <message>
        <location filename="../../core/storage/PositionRepository.cpp" line="197" />
        <source>No position has the code %1</source>
        <translation>Tidak ada jabatan dengan kode %1</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../core/reports/ReportTable.cpp" line="62" />
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="27" />
        <source>'%1' is not a number</source>
        <translation>'%1' bukan angka</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="29" />
        <source>must be between %1 and %2</source>
        <translation>harus antara %1 dan %2</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="66" />
        <source>the threshold for 'above expectation' must be higher than for 'meets expectation'</source>
        <translation>ambang 'di atas ekspektasi' harus lebih tinggi daripada 'sesuai ekspektasi'</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="69" />
        <source>the threshold for high potential must be higher than for medium potential</source>
        <translation>ambang potensial tinggi harus lebih tinggi daripada potensial menengah</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="80" />
        <source>there is no category scale named '%1'</source>
        <translation>tidak ada skala kategori bernama '%1'</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="90" />
        <source>the logo file %1 does not exist</source>
        <translation>berkas logo %1 tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/check/SettingsValidator.cpp" line="93" />
        <source>the language must be id or en</source>
        <translation>bahasa harus id atau en</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="22" />
        <source>The unit code is empty</source>
        <translation>Kode unit kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="24" />
        <source>The unit name is empty</source>
        <translation>Nama unit kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="26" />
        <source>The unit kind is empty</source>
        <translation>Jenis unit kosong</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="28" />
        <source>A unit cannot be its own parent</source>
        <translation>Unit tidak dapat menjadi induk dirinya sendiri</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="57" />
        <source>A unit cannot be placed under one of its own sub-units</source>
        <translation>Unit tidak dapat ditempatkan di bawah salah satu sub-unitnya sendiri</translation>
    </message>
    <message>
        <location filename="../../core/storage/UnitRepository.cpp" line="107" />
        <source>No unit has the code %1</source>
        <translation>Tidak ada unit dengan kode %1</translation>
    </message>
</context>
<context>
    <name>XlsxRenderer</name>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="327" />
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="351" />
        <source>Cannot write the Excel file: %1</source>
        <translation>Berkas Excel tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="357" />
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="365" />
        <source>out of memory</source>
        <translation>memori tidak cukup</translation>
    </message>
    <message>
        <location filename="../../core/reports/XlsxRenderer.cpp" line="425" />
        <source>the table has more rows than Excel allows (1,048,576)</source>
        <translation>tabel memiliki lebih banyak baris daripada batas Excel (1.048.576)</translation>
    </message>
</context>
</TS>