// The rows of the schema fixtures: a small slice of BKPSDM Kota Surabaya (the agency, one kecamatan
// and one kelurahan, eight ASN) that touches every table and the columns each migration added, with
// NULLs, quotes, non-ASCII text and every CHECKed value kind an upgrade must carry over. Timestamps
// are fixed so that regenerating gives the same rows.
#include "SchemaFixtureRows.h"

namespace karsa::fixtures {

namespace {

// Schema 1: organisation, standards, people, assessments, performance, discipline. The reference
// tables, the 9 managerial/socio-cultural competencies and the default settings come from
// ReferenceSeeder (ids 1-9 are M.01-M.08 and SK.01).
const char* const kVersion1 = R"sql(
UPDATE settings SET updated_at = '2025-01-06T01:00:00Z';
UPDATE competencies SET updated_at = '2025-01-06T01:00:00Z';
UPDATE settings SET value = 'Telp. (031) 5312144 · bkpsdm@surabaya.go.id · bkpsdm.surabaya.go.id',
    updated_at = '2025-01-08T02:30:00Z' WHERE key = 'organisation/contact';
UPDATE settings SET value = 'Drs. Bambang Wicaksono, M.Si.', updated_at = '2025-01-08T02:30:00Z' WHERE key = 'signature/name';
UPDATE settings SET value = '197203151998031004', updated_at = '2025-01-08T02:30:00Z' WHERE key = 'signature/nip';
UPDATE settings SET value = 'Pembina Utama Muda (IV/c)', updated_at = '2025-01-08T02:30:00Z' WHERE key = 'signature/rank';
UPDATE settings SET value = '85', updated_at = '2025-02-03T04:00:00Z' WHERE key = 'talent/kinerja_atas';

INSERT INTO competencies (id, code, name, type, definition, updated_at, row_version) VALUES
    (10, 'T.01', 'Manajemen ASN', 'teknis',
     'Kemampuan mengelola siklus manajemen ASN: perencanaan kebutuhan, pengadaan, pengembangan kompetensi, mutasi dan promosi.',
     '2025-01-10T03:00:00Z', 1);
INSERT INTO competency_levels (competency_id, level, description, indicators) VALUES
    (10, 1, 'Memahami ketentuan dasar manajemen ASN', 'Menjelaskan jenis jabatan ASN
Menyebutkan dasar hukum manajemen ASN'),
    (10, 2, 'Menerapkan ketentuan manajemen ASN pada tugas rutin', 'Menyusun data formasi
Memeriksa kelengkapan usul mutasi'),
    (10, 3, 'Menganalisis kebutuhan dan kesenjangan kompetensi ASN', 'Menyusun peta jabatan
Menghitung kesenjangan kompetensi per unit'),
    (10, 4, 'Merancang kebijakan pengembangan dan penempatan ASN', 'Merumuskan rencana suksesi'),
    (10, 5, 'Menjadi rujukan manajemen talenta ASN tingkat daerah', '');

INSERT INTO units (id, code, name, short_name, kind, parent_id, updated_at, row_version) VALUES
    (1, 'BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM', 'perangkat_daerah', NULL,
     '2025-01-06T01:00:00Z', 1),
    (2, 'BKPSDM-SEK', 'Sekretariat', 'Sekretariat BKPSDM', 'sekretariat', 1, '2025-01-06T01:00:00Z', 1),
    (3, 'BKPSDM-PKA', 'Bidang Pengembangan Kompetensi Aparatur', 'Bidang PKA', 'bidang', 1, '2025-01-06T01:00:00Z', 2),
    (4, 'BKPSDM-MUTASI', 'Bidang Mutasi dan Promosi', NULL, 'bidang', 1, '2025-01-06T01:00:00Z', 1),
    (5, 'KEC-TEGALSARI', 'Kecamatan Tegalsari', 'Kec. Tegalsari', 'kecamatan', NULL, '2025-01-06T01:00:00Z', 1),
    (6, 'KEC-TEGALSARI-KEDUNGDORO', 'Kelurahan Kedungdoro', 'Kel. Kedungdoro', 'kelurahan', 5, '2025-01-06T01:00:00Z', 1);

INSERT INTO positions (id, code, name, jenjang, unit_id, kelas_jabatan, superior_id, min_golongan, min_education,
                       formation, is_key, updated_at, row_version) VALUES
    (1, 'BKPSDM-1', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'jpt_pratama', 1, 14, NULL,
     'IV/c', 'S2', 1, 1, '2025-01-06T01:00:00Z', 1),
    (2, 'BKPSDM-SEK-1', 'Sekretaris', 'administrator', 2, 12, 1, 'III/d', 'S1', 1, 1, '2025-01-06T01:00:00Z', 1),
    (3, 'BKPSDM-PKA-1', 'Kepala Bidang Pengembangan Kompetensi Aparatur', 'administrator', 3, 12, 1, 'III/d', 'S1', 1, 1,
     '2025-01-06T01:00:00Z', 1),
    (4, 'BKPSDM-PKA-2', 'Analis Sumber Daya Manusia Aparatur Ahli Muda', 'ahli_muda', 3, 9, 3, 'III/c', 'S1', 3, 0,
     '2025-01-06T01:00:00Z', 3),
    (5, 'BKPSDM-PKA-3', 'Pengadministrasi Perkantoran', 'pelaksana', 3, 5, 3, 'II/a', 'SMA', 2, 0,
     '2025-01-06T01:00:00Z', 1),
    (6, 'BKPSDM-MUTASI-1', 'Kepala Bidang Mutasi dan Promosi', 'administrator', 4, 12, 1, 'III/d', 'S1', 1, 1,
     '2025-01-06T01:00:00Z', 1),
    (7, 'KEC-TEGALSARI-1', 'Camat Tegalsari', 'administrator', 5, 12, NULL, 'III/d', 'S1', 1, 1, '2025-01-06T01:00:00Z', 1),
    (8, 'KEC-TEGALSARI-KEDUNGDORO-1', 'Lurah Kedungdoro', 'pengawas', 6, 9, 7, 'III/b', NULL, 1, 0,
     '2025-01-06T01:00:00Z', 1),
    (9, 'BKPSDM-PKA-4', 'Analis Kebijakan Ahli Pertama', 'ahli_pertama', 3, 8, 3, NULL, NULL, 0, 0,
     '2025-01-06T01:00:00Z', 1);

INSERT INTO position_standards (position_id, competency_id, required_level, weight) VALUES
    (1, 1, 4, 1.0), (1, 2, 4, 1.0), (1, 5, 4, 1.0), (1, 8, 4, 1.0), (1, 9, 4, 1.0),
    (2, 1, 3, 1.0), (2, 3, 3, 1.0), (2, 4, 3, 1.0), (2, 9, 3, 1.0),
    (3, 1, 3, 1.0), (3, 6, 3, 1.0), (3, 7, 3, 1.0), (3, 10, 4, 1.5),
    (4, 1, 3, 1.0), (4, 2, 3, 1.0), (4, 10, 3, 1.5),
    (5, 1, 1, 1.0), (5, 5, 1, 1.0),
    (6, 1, 3, 1.0), (6, 8, 3, 1.0), (6, 10, 3, 1.25),
    (7, 1, 3, 1.0), (7, 5, 3, 1.0), (7, 8, 3, 1.0), (7, 9, 3, 1.0),
    (8, 1, 2, 1.0), (8, 5, 2, 1.0), (8, 9, 2, 1.0);

INSERT INTO employees (id, nip, status, front_title, name, back_title, birth_place, birth_date, sex, golongan,
                       tmt_golongan, education, major, position_id, unit_id, tmt_jabatan, tmt_cpns, nik, phone, email,
                       address, updated_at, row_version) VALUES
    (1, '197203151998031004', 'PNS', 'Drs.', 'Bambang Wicaksono', 'M.Si.', 'Surabaya', '1972-03-15', 'L', 'IV/c',
     '2021-04-01', 'S2', 'Administrasi Publik', 1, 1, '2022-01-03', '1998-03-01', '3578011503720002', '081231234567',
     'bambang.wicaksono@surabaya.go.id', 'Jl. Raya Darmo Permai III No. 7, Surabaya', '2025-01-06T01:00:00Z', 1),
    (2, '198109222006042012', 'PNS', NULL, 'Siti Nurhaliza', 'S.Psi., M.M.', 'Sidoarjo', '1981-09-22', 'P', 'III/d',
     '2020-10-01', 'S2', 'Manajemen Sumber Daya Manusia', 3, 3, '2023-02-01', '2006-04-01', '3515086209810003',
     '085648120331', 'siti.nurhaliza@surabaya.go.id', 'Perum Taman Pondok Jati Blok AK-12, Sidoarjo',
     '2025-01-06T01:00:00Z', 2),
    (3, '199004172015031002', 'PNS', NULL, 'Muhammad Ma''ruf Hidayat', 'S.Kom.', 'Gresik', '1990-04-17', 'L', 'III/b',
     '2019-04-01', 'S1', 'Teknik Informatika', 4, 3, '2020-01-02', '2015-03-01', '3525011704900001', '081330987654',
     'maruf.hidayat@gmail.com', 'Jl. Kedungdoro No. 112 – RT 03/RW 05, Surabaya', '2025-01-06T01:00:00Z', 1),
    (4, '198712052010012003', 'PNS', NULL, 'Ni Luh Putu Ayu Lestari', 'S.Sos.', 'Denpasar', '1987-12-05', 'P', 'III/c',
     '2021-10-01', 'S1', 'Ilmu Administrasi Negara', 4, 3, '2021-11-15', '2010-01-01', '5171034512870002',
     '087853219876', 'ayu.lestari@surabaya.go.id', 'Jl. Ngagel Jaya Selatan No. 40, Surabaya', '2025-01-06T01:00:00Z', 1),
    (5, '199608142022212005', 'PPPK', NULL, 'Dewi Anggraini', 'A.Md.', 'Surabaya', '1996-08-14', 'P', 'VII', NULL, 'D3',
     'Manajemen Informatika', 5, 3, '2022-07-01', NULL, '3578075408960004', '089677001122', NULL,
     'Jl. Bratang Binangun V No. 9, Surabaya', '2025-01-06T01:00:00Z', 1),
    (6, '198505302009011001', 'PNS', 'Ir.', 'Agus Setiawan', 'M.T.', 'Malang', '1985-05-30', 'L', 'III/d', '2022-04-01',
     'S2', 'Teknik Sipil', 7, 5, '2023-08-14', '2009-01-01', '3507023005850001', '081217896543',
     'agus.setiawan@surabaya.go.id', 'Jl. Embong Malang No. 21, Surabaya', '2025-01-06T01:00:00Z', 1),
    (7, '200001102024021001', 'CPNS', NULL, 'Rizky Pratama', 'S.H.', NULL, '2000-01-10', 'L', 'III/a', '2024-02-01', 'S1',
     'Ilmu Hukum', NULL, 4, NULL, '2024-02-01', NULL, NULL, NULL, NULL, '2025-01-06T01:00:00Z', 1),
    (8, '197811242003122002', 'PNS', NULL, 'Endang Sri Wahyuni', 'S.E.', 'Madiun', '1978-11-24', 'P', 'III/c',
     '2016-04-01', 'S1', 'Akuntansi', 8, 6, '2019-05-20', '2003-12-01', '3577026411780001', '081553443322',
     'endang.wahyuni@yahoo.co.id', 'Jl. Tegalsari No. 55, Surabaya', '2025-01-06T01:00:00Z', 1);

INSERT INTO assessments (id, employee_id, competency_id, level, assessed_on, method, assessor, evidence, status,
                         created_at, updated_at, row_version) VALUES
    (1, 1, 1, 4, '2023-08-21', 'assessment_center', 'UPT Penilaian Kompetensi Pegawai BKN',
     'Laporan asesmen 800/1234/436.8.4/2023', 'validated', '2023-09-01T02:00:00Z', '2023-09-01T02:00:00Z', 1),
    (2, 1, 2, 4, '2023-08-21', 'assessment_center', 'UPT Penilaian Kompetensi Pegawai BKN',
     'Laporan asesmen 800/1234/436.8.4/2023', 'validated', '2023-09-01T02:00:00Z', '2023-09-01T02:00:00Z', 1),
    (3, 1, 8, 3, '2023-08-21', 'assessment_center', 'UPT Penilaian Kompetensi Pegawai BKN', NULL, 'validated',
     '2023-09-01T02:00:00Z', '2023-09-01T02:00:00Z', 1),
    (4, 2, 1, 3, '2024-05-14', 'uji_kompetensi', 'Tim Asesor BKPSDM', NULL, 'validated', '2024-05-20T03:00:00Z',
     '2024-05-20T03:00:00Z', 1),
    (5, 2, 6, 3, '2024-05-14', 'uji_kompetensi', 'Tim Asesor BKPSDM', NULL, 'validated', '2024-05-20T03:00:00Z',
     '2024-06-02T03:00:00Z', 2),
    (6, 3, 10, 2, '2024-05-14', 'uji_kompetensi', 'Tim Asesor BKPSDM', NULL, 'validated', '2024-05-20T03:00:00Z',
     '2024-05-20T03:00:00Z', 1),
    (7, 3, 1, 3, '2025-02-10', '360', 'Tim Penilai 360 BKPSDM', NULL, 'validated', '2025-02-12T01:00:00Z',
     '2025-02-12T01:00:00Z', 1),
    (8, 4, 2, 2, '2025-02-10', 'self', NULL, NULL, 'needs_validation', '2025-02-12T01:00:00Z', '2025-02-12T01:00:00Z', 1),
    (9, 6, 5, 3, '2023-08-22', 'assessment_center', 'UPT Penilaian Kompetensi Pegawai BKN', NULL, 'validated',
     '2023-09-01T02:00:00Z', '2023-09-01T02:00:00Z', 1),
    (10, 8, 9, 2, '2024-11-04', 'uji_kompetensi', 'Tim Asesor BKPSDM', 'Berkas portofolio belum lengkap', 'rejected',
     '2024-11-05T02:00:00Z', '2024-11-11T02:00:00Z', 2);

INSERT INTO performance_ratings (id, employee_id, year, hasil_kerja, perilaku, predikat, source, updated_at,
                                 row_version) VALUES
    (1, 1, 2023, 1, 1, 'sangat_baik', 'skp', '2024-01-31T02:00:00Z', 1),
    (2, 1, 2024, 0, 1, 'baik', 'skp', '2025-01-31T02:00:00Z', 1),
    (3, 2, 2024, 0, 0, 'baik', 'skp', '2025-01-31T02:00:00Z', 1),
    (4, 3, 2024, 1, 0, 'baik', 'skp', '2025-01-31T02:00:00Z', 1),
    (5, 6, 2024, -1, 0, 'butuh_perbaikan', 'skp', '2025-01-31T02:00:00Z', 1),
    (6, 8, 2023, 0, -1, 'kurang', 'import', '2024-02-15T02:00:00Z', 2);

INSERT INTO disciplinary_records (id, employee_id, level, decided_on, ends_on, description, updated_at, row_version) VALUES
    (1, 8, 'ringan', '2024-06-03', NULL, 'Teguran lisan: tidak menaati ketentuan jam kerja', '2024-06-03T04:00:00Z', 1),
    (2, 6, 'sedang', '2023-09-11', '2024-09-10', 'Pemotongan tunjangan kinerja 25% selama 9 bulan',
     '2023-09-11T04:00:00Z', 1);
)sql";

// Schema 2: training catalogue, development plans, realised training, and the assessment columns
// that link a proposal to its training.
const char* const kVersion2 = R"sql(
INSERT INTO training_programs (id, code, name, form, provider, jp, cost, mode, active, updated_at, row_version) VALUES
    (1, 'PKA-2026', 'Pelatihan Kepemimpinan Administrator', 'pelatihan_kepemimpinan', 'BPSDM Provinsi Jawa Timur', 240.0,
     25000000, 'campuran', 1, '2025-12-01T02:00:00Z', 1),
    (2, 'BIMTEK-TALENTA', 'Bimbingan Teknis Manajemen Talenta ASN', 'bimtek', 'BKPSDM Kota Surabaya', 24.0, 3500000,
     'luring', 1, '2025-12-01T02:00:00Z', 1),
    (3, 'EL-INTEGRITAS', 'E-learning Integritas ASN', 'e_learning', 'LAN RI (ASN Unggul)', 6.5, 0, 'daring', 1,
     '2025-12-01T02:00:00Z', 1),
    (4, 'CO-KOMUNIKASI', 'Coaching Komunikasi Efektif', 'coaching', NULL, 10.0, 0, 'luring', 0, '2025-12-01T02:00:00Z', 2);
INSERT INTO training_program_competencies (program_id, competency_id, target_level) VALUES
    (1, 8, 4), (1, 7, 4), (2, 10, 3), (3, 1, 3), (4, 3, 3);

INSERT INTO development_plans (id, employee_id, year, target_position_id, status, approved_by, approved_at, created_at,
                               updated_at, row_version) VALUES
    (1, 3, 2026, 3, 'approved', 'local:siti', '2026-01-20T03:00:00Z', '2026-01-12T02:00:00Z', '2026-01-20T03:00:00Z', 2),
    (2, 4, 2026, NULL, 'draft', NULL, NULL, '2026-01-12T02:00:00Z', '2026-01-12T02:00:00Z', 1),
    (3, 2, 2025, NULL, 'approved', 'local:bambang', '2025-02-03T03:00:00Z', '2025-01-27T02:00:00Z',
     '2025-02-03T03:00:00Z', 2);
INSERT INTO development_plan_items (id, plan_id, priority, need, competency_id, required_level, actual_level, program_id,
                                    jp, budget, status, note, updated_at, row_version) VALUES
    (1, 1, 1, 'current', 10, 3, 2, 2, 24.0, 3500000, 'completed', NULL, '2026-02-12T02:00:00Z', 3),
    (2, 1, 2, 'target', 8, 3, 2, 1, 240.0, 25000000, 'planned', 'Menunggu kuota PKA angkatan II tahun 2026',
     '2026-01-20T03:00:00Z', 1),
    (3, 2, 1, 'minimum_jp', NULL, NULL, NULL, 3, 6.5, 0, 'approved', NULL, '2026-01-12T02:00:00Z', 1),
    (4, 3, 1, 'current', 6, 3, 3, 4, 10.0, 0, 'cancelled', 'Program coaching tidak dibuka tahun 2025',
     '2025-06-30T02:00:00Z', 2),
    (5, 2, 2, 'current', 2, 3, 2, NULL, 0, 0, 'in_progress', 'Belajar mandiri dengan mentor bidang',
     '2026-01-12T02:00:00Z', 1);

INSERT INTO training_records (id, employee_id, program_id, plan_item_id, title, form, provider, start_date, end_date,
                              jp, certificate_no, result, updated_at, row_version) VALUES
    (1, 3, 2, 1, 'Bimbingan Teknis Manajemen Talenta ASN', 'bimtek', 'BKPSDM Kota Surabaya', '2026-02-09', '2026-02-11',
     24.0, 'SRT/BKPSDM/2026/0042', 'lulus', '2026-02-12T02:00:00Z', 1),
    (2, 4, 3, NULL, 'E-learning Integritas ASN', 'e_learning', 'LAN RI (ASN Unggul)', '2025-11-03', '2025-11-03', 6.5,
     NULL, 'hadir', '2025-11-04T02:00:00Z', 1),
    (3, 2, NULL, NULL, 'Seminar Nasional Manajemen Talenta Sektor Publik', 'seminar', 'Universitas Airlangga',
     '2025-12-30', '2026-01-02', 16.0, '045/SEM/UNAIR/2026', 'lulus', '2026-01-05T02:00:00Z', 1),
    (4, 7, NULL, NULL, 'Pelatihan Dasar CPNS Golongan III Angkatan 12', 'pelatihan_fungsional', 'BPSDM Provinsi Jawa Timur',
     '2024-07-01', '2024-09-27', 501.0, 'LATSAR/III/2024/1207', 'tidak_lulus', '2024-10-01T02:00:00Z', 1);

INSERT INTO assessments (id, employee_id, competency_id, level, assessed_on, method, assessor, evidence, status,
                         created_at, updated_at, row_version, training_record_id, decided_by, decided_at) VALUES
    (11, 3, 10, 3, '2026-02-11', 'training', 'BKPSDM Kota Surabaya', 'Sertifikat SRT/BKPSDM/2026/0042',
     'needs_validation', '2026-02-12T02:00:00Z', '2026-02-12T02:00:00Z', 1, 1, NULL, NULL),
    (12, 2, 3, 3, '2026-01-02', 'training', 'Universitas Airlangga', 'Sertifikat 045/SEM/UNAIR/2026', 'rejected',
     '2026-01-05T02:00:00Z', '2026-01-09T03:00:00Z', 2, 3, 'local:bambang', '2026-01-09T03:00:00Z'),
    (13, 4, 1, 3, '2025-11-03', 'training', 'LAN RI (ASN Unggul)', NULL, 'validated', '2025-11-04T02:00:00Z',
     '2025-11-10T01:00:00Z', 2, 2, 'local:siti', '2025-11-10T01:00:00Z');
)sql";

// Schema 3: evaluation cycles, raters (employees and the public), answers, hasil kerja and a
// calibration. The instrument and the predikat matrix come with the migration.
const char* const kVersion3 = R"sql(
INSERT INTO eval_cycles (id, name, period, year, quarter, unit_id, status, scale_max, created_at, updated_at,
                         row_version) VALUES
    (1, 'Penilaian Kinerja Tahunan 2025', 'annual', 2025, NULL, 1, 'closed', 5, '2025-12-01T02:00:00Z',
     '2026-01-20T03:00:00Z', 3),
    (2, 'Penilaian Triwulan I 2026 Bidang PKA', 'quarterly', 2026, 1, 3, 'open', 4, '2026-03-02T02:00:00Z',
     '2026-03-02T02:00:00Z', 1),
    (3, 'Penilaian Kinerja Tahunan 2024', 'annual', 2024, NULL, NULL, 'locked', 5, '2024-12-02T02:00:00Z',
     '2025-01-31T02:00:00Z', 4);
INSERT INTO eval_raters (id, cycle_id, ratee_employee_id, ratee_unit_id, role, rater_employee_id, source, label,
                         strengths, suggestions, submitted_at, updated_at) VALUES
    (1, 1, 3, NULL, 'atasan', 2, 'assigned', NULL, 'Cekatan menyelesaikan analisis kebutuhan pelatihan.',
     'Perlu lebih sering berbagi pengetahuan dengan rekan satu bidang.', '2026-01-15T03:00:00Z', '2026-01-15T03:00:00Z'),
    (2, 1, 3, NULL, 'rekan', 4, 'assigned', NULL, NULL, 'Koordinasi antarbidang bisa lebih sering.',
     '2026-01-16T03:00:00Z', '2026-01-16T03:00:00Z'),
    (3, 1, 3, NULL, 'diri', 3, 'assigned', NULL, NULL, NULL, '2026-01-14T03:00:00Z', '2026-01-14T03:00:00Z'),
    (4, 1, 2, NULL, 'bawahan', 3, 'manual', NULL, 'Memberi arahan yang jelas dan terbuka terhadap masukan.', NULL,
     '2026-01-16T04:00:00Z', '2026-01-16T04:00:00Z'),
    (5, 1, NULL, 3, 'masyarakat', NULL, 'import', 'Responden survei kepuasan layanan #12',
     'Petugas ramah dan informasinya lengkap.', 'Antrean konsultasi kenaikan pangkat masih lama.',
     '2026-01-10T01:00:00Z', '2026-01-18T02:00:00Z'),
    (6, 2, 4, NULL, 'atasan', 2, 'assigned', NULL, NULL, NULL, NULL, '2026-03-02T02:00:00Z');
INSERT INTO eval_responses (rater_id, behaviour_id, score) VALUES
    (1, 1, 4), (1, 4, 5), (1, 7, 4), (2, 1, 3), (2, 4, 4), (2, 19, 3), (3, 1, 5), (3, 4, 5), (4, 2, 4), (4, 10, 5),
    (5, 1, 3), (5, 2, 4);
INSERT INTO eval_hasil_kerja (cycle_id, employee_id, rating, note, updated_at) VALUES
    (1, 3, 1, 'Target kinerja pemetaan kompetensi terlampaui 120%', '2026-01-19T02:00:00Z'),
    (1, 2, 0, NULL, '2026-01-19T02:00:00Z');
INSERT INTO eval_calibrations (id, cycle_id, employee_id, original_hasil, original_perilaku, original_predikat,
                               hasil_kerja, perilaku, predikat, reason, calibrated_by, calibrated_at) VALUES
    (1, 1, 3, 1, 0, 'baik', 1, 1, 'sangat_baik', 'Hasil rapat kalibrasi tim penilai kinerja tanggal 20 Januari 2026',
     'local:bambang', '2026-01-20T03:00:00Z'),
    (2, 1, 2, NULL, NULL, NULL, 0, 0, 'baik', 'Penilaian diulang setelah keberatan pegawai', 'local:bambang',
     '2026-01-21T03:00:00Z');
)sql";

// Schema 4: placement scenarios with vacancies, the officer's constraints and a solved result.
const char* const kVersion4 = R"sql(
INSERT INTO placement_scenarios (id, name, note, reference_date, horizon_months, pool_size, min_score, fill_first,
                                 solved, solve_ms, notes, updated_at, row_version) VALUES
    (1, 'Pengisian Jabatan Administrator 2026', 'Bahan rapat Baperjakat Maret 2026', '2026-03-01', 12, 20, 60.0, 1, 1,
     4.25, 'Kepala Bidang Mutasi pensiun September 2026', '2026-03-03T02:00:00Z', 3),
    (2, 'Rotasi Kecamatan Triwulan II', NULL, '2026-04-01', 0, 10, 0, 0, 0, NULL, NULL, '2026-03-20T02:00:00Z', 1);
INSERT INTO placement_vacancies (scenario_id, position_id, open_now, retiring, extra, opens_on) VALUES
    (1, 3, 1, 0, 0, NULL), (1, 6, 0, 1, 0, '2026-09-01'), (2, 8, 1, 0, 1, NULL);
INSERT INTO placement_constraints (id, scenario_id, kind, employee_id, position_id, unit_id, value) VALUES
    (1, 1, 'lock', 4, 3, NULL, NULL),
    (2, 1, 'exclude', 7, 6, NULL, NULL),
    (3, 1, 'keep', 1, NULL, NULL, NULL),
    (4, 2, 'unit_limit', NULL, NULL, 5, 2),
    (5, 2, 'add', 3, 8, NULL, NULL);
INSERT INTO placement_assignments (scenario_id, position_id, slot, employee_id, score, jpm, complete, locked, added,
                                   from_position_id, from_unit_id, to_unit_id) VALUES
    (1, 3, 0, 4, 78.25, 82.5, 1, 1, 0, 4, 3, 3),
    (1, 6, 0, 2, 71.0, 76.6666666666667, 1, 0, 0, 3, 3, 4),
    (1, 6, 1, NULL, NULL, NULL, 0, 0, 0, NULL, NULL, 4);
)sql";

// Schema 5: the record of applied imports.
const char* const kVersion5 = R"sql(
INSERT INTO import_batches (id, kind, file_name, file_format, rows_in_file, rows_added, rows_updated, rows_unchanged,
                            units_created, positions_created, backup_file, applied_at) VALUES
    (1, 'employees', 'Data_ASN_SIASN_Januari_2026.xlsx', 'xlsx', 8, 8, 0, 0, 6, 9,
     '/home/petugas/.local/share/Karsa/karsa-backups/karsa-20260105-020000-000-before-import.db', '2026-01-05T02:00:05Z'),
    (2, 'assessments', 'hasil_asesmen_2025.csv', 'csv', 10, 9, 1, 0, 0, 0, NULL, '2026-01-07T03:10:00Z'),
    (3, 'standards', 'standar_kompetensi_jabatan.xlsx', NULL, 28, 0, 3, 25, 0, 0, NULL, '2026-01-08T01:45:00Z');
)sql";

// Schema 6: user accounts and the audit trail. The password of every account is "Surabaya#2026"
// (a libsodium Argon2id string made by karsa-cli user add; the generator checks it verifies).
const char* const kVersion6 = R"sql(
INSERT INTO users (id, username, full_name, role, password_hash, active, failed_attempts, locked_until, last_login_at,
                   created_at, updated_at, row_version) VALUES
    (1, 'admin', 'Siti Nurhaliza, S.Psi., M.M.', 'administrator',
     '$argon2id$v=19$m=65536,t=2,p=1$NPhgWj6qXTu146K96Ah/cw$dljHu1iZ2qxaIi6PYG34qRd5Zq6bUXKxXxnqHqKe+Zw', 1, 0, NULL,
     '2026-03-02T01:10:00Z', '2026-01-05T01:00:00Z', '2026-03-02T01:10:00Z', 4),
    (2, 'Maruf.PKA', 'Muhammad Ma''ruf Hidayat, S.Kom.', 'operator',
     '$argon2id$v=19$m=65536,t=2,p=1$NPhgWj6qXTu146K96Ah/cw$dljHu1iZ2qxaIi6PYG34qRd5Zq6bUXKxXxnqHqKe+Zw', 1, 2, NULL,
     '2026-02-27T07:45:00Z', '2026-01-05T01:05:00Z', '2026-02-27T07:45:00Z', 6),
    (3, 'kaban', 'Drs. Bambang Wicaksono, M.Si.', 'viewer',
     '$argon2id$v=19$m=65536,t=2,p=1$NPhgWj6qXTu146K96Ah/cw$dljHu1iZ2qxaIi6PYG34qRd5Zq6bUXKxXxnqHqKe+Zw', 1, 0, NULL, NULL,
     '2026-01-05T01:06:00Z', '2026-01-05T01:06:00Z', 1),
    (4, 'magang.2025', 'Peserta Magang 2025', 'operator',
     '$argon2id$v=19$m=65536,t=2,p=1$NPhgWj6qXTu146K96Ah/cw$dljHu1iZ2qxaIi6PYG34qRd5Zq6bUXKxXxnqHqKe+Zw', 0, 5,
     '2026-01-31T09:15:00Z', '2025-12-30T08:00:00Z', '2025-07-01T01:00:00Z', '2026-01-31T09:00:00Z', 9);
INSERT INTO audit_log (id, at, actor, action, table_name, record_id, old_values, new_values, detail) VALUES
    (1, '2026-01-05T02:00:05Z', 'user:admin', 'bulk', 'employees', '', NULL, '{"rows_after":8,"rows_before":0}',
     'Impor pegawai Data_ASN_SIASN_Januari_2026.xlsx: 0 → 8 baris'),
    (2, '2026-01-09T03:00:00Z', 'user:admin', 'update', 'assessments', '12',
     '{"id":12,"status":"needs_validation","decided_by":null}', '{"id":12,"status":"rejected","decided_by":"local:bambang"}', ''),
    (3, '2026-01-12T02:00:00Z', 'user:Maruf.PKA', 'insert', 'development_plans', '2', NULL,
     '{"id":2,"employee_id":4,"year":2026,"status":"draft"}', ''),
    (4, '2026-02-01T04:30:00Z', 'user:Maruf.PKA', 'delete', 'disciplinary_records', '3',
     '{"id":3,"employee_id":7,"level":"ringan","decided_on":"2025-12-01"}', NULL, ''),
    (5, '2026-02-03T06:00:00Z', 'user:kaban', 'export', '', '', NULL, '{"rows":8,"masked":true}',
     'Rekap JPM per unit → /home/petugas/Dokumen/rekap_jpm_februari.xlsx'),
    (6, '2026-02-27T09:00:00Z', 'local:petugas', 'backup', '', '', NULL, NULL,
     '/media/petugas/FLASHDISK/karsa-cadangan-20260227.db'),
    (7, '2026-03-02T01:10:00Z', 'user:admin', 'update', 'settings', 'ui/language', '{"key":"ui/language","value":"id"}',
     '{"key":"ui/language","value":"en"}', '');
)sql";

} // namespace

const QList<SampleRows>& sampleRows()
{
    static const QList<SampleRows> rows = {
        {1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4}, {5, kVersion5}, {6, kVersion6},
    };
    return rows;
}

} // namespace karsa::fixtures
