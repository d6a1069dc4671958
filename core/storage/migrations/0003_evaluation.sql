-- Karsa schema version 3: performance evaluation (issue 6). The instrument (BerAKHLAK values and
-- behaviours, domain.md 4.4) and the predikat matrix (domain.md 4.2) are data that an agency may edit.

CREATE TABLE eval_values (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    sort_order      INTEGER NOT NULL,
    competency_code TEXT,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE eval_behaviours (
    id          INTEGER PRIMARY KEY,
    value_id    INTEGER NOT NULL REFERENCES eval_values(id) ON DELETE CASCADE,
    code        TEXT NOT NULL UNIQUE,
    sort_order  INTEGER NOT NULL,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_eval_behaviours_value ON eval_behaviours(value_id, sort_order);

CREATE TABLE eval_predikat_matrix (
    hasil_kerja INTEGER NOT NULL CHECK (hasil_kerja BETWEEN -1 AND 1),
    perilaku    INTEGER NOT NULL CHECK (perilaku BETWEEN -1 AND 1),
    predikat    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (hasil_kerja, perilaku)
);

CREATE TABLE eval_cycles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    period      TEXT NOT NULL CHECK (period IN ('annual', 'quarterly')),
    year        INTEGER NOT NULL,
    quarter     INTEGER CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4),
    unit_id     INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'locked')),
    scale_max   INTEGER NOT NULL DEFAULT 5 CHECK (scale_max BETWEEN 2 AND 10),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- One rater of one employee in a cycle. Public (masyarakat) feedback names no rater; it is
-- attributed to an employee or to the service unit (then it counts for each employee of the unit).
CREATE TABLE eval_raters (
    id                  INTEGER PRIMARY KEY,
    cycle_id            INTEGER NOT NULL REFERENCES eval_cycles(id) ON DELETE CASCADE,
    ratee_employee_id   INTEGER REFERENCES employees(id) ON DELETE CASCADE,
    ratee_unit_id       INTEGER REFERENCES units(id) ON DELETE CASCADE,
    role                TEXT NOT NULL CHECK (role IN ('atasan', 'rekan', 'bawahan', 'diri', 'masyarakat')),
    rater_employee_id   INTEGER REFERENCES employees(id) ON DELETE CASCADE,
    source              TEXT NOT NULL DEFAULT 'assigned',
    label               TEXT,
    strengths           TEXT,
    suggestions         TEXT,
    submitted_at        TEXT,
    updated_at          TEXT NOT NULL,
    CHECK (ratee_employee_id IS NOT NULL OR ratee_unit_id IS NOT NULL)
);
CREATE INDEX idx_eval_raters_cycle ON eval_raters(cycle_id, ratee_employee_id);

CREATE TABLE eval_responses (
    rater_id     INTEGER NOT NULL REFERENCES eval_raters(id) ON DELETE CASCADE,
    behaviour_id INTEGER NOT NULL REFERENCES eval_behaviours(id) ON DELETE RESTRICT,
    score        INTEGER NOT NULL,
    PRIMARY KEY (rater_id, behaviour_id)
);

CREATE TABLE eval_hasil_kerja (
    cycle_id    INTEGER NOT NULL REFERENCES eval_cycles(id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN -1 AND 1),
    note        TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (cycle_id, employee_id)
);

-- Calibrations are kept as history; the latest per employee and cycle is in force.
CREATE TABLE eval_calibrations (
    id                  INTEGER PRIMARY KEY,
    cycle_id            INTEGER NOT NULL REFERENCES eval_cycles(id) ON DELETE CASCADE,
    employee_id         INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    original_hasil      INTEGER,
    original_perilaku   INTEGER,
    original_predikat   TEXT,
    hasil_kerja         INTEGER NOT NULL CHECK (hasil_kerja BETWEEN -1 AND 1),
    perilaku            INTEGER NOT NULL CHECK (perilaku BETWEEN -1 AND 1),
    predikat            TEXT NOT NULL,
    reason              TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    calibrated_by       TEXT NOT NULL,
    calibrated_at       TEXT NOT NULL
);
CREATE INDEX idx_eval_calibrations ON eval_calibrations(cycle_id, employee_id, id);

INSERT INTO eval_predikat_matrix (hasil_kerja, perilaku, predikat, updated_at) VALUES
    (1, -1, 'kurang', '2026-01-01T00:00:00Z'),
    (1, 0, 'baik', '2026-01-01T00:00:00Z'),
    (1, 1, 'sangat_baik', '2026-01-01T00:00:00Z'),
    (0, -1, 'kurang', '2026-01-01T00:00:00Z'),
    (0, 0, 'baik', '2026-01-01T00:00:00Z'),
    (0, 1, 'baik', '2026-01-01T00:00:00Z'),
    (-1, -1, 'sangat_kurang', '2026-01-01T00:00:00Z'),
    (-1, 0, 'butuh_perbaikan', '2026-01-01T00:00:00Z'),
    (-1, 1, 'butuh_perbaikan', '2026-01-01T00:00:00Z');

INSERT INTO eval_values (id, code, name, sort_order, competency_code, updated_at) VALUES
    (1, 'PEL', 'Berorientasi Pelayanan', 1, 'M.05', '2026-01-01T00:00:00Z'),
    (2, 'AKU', 'Akuntabel', 2, 'M.01', '2026-01-01T00:00:00Z'),
    (3, 'KOM', 'Kompeten', 3, 'M.06', '2026-01-01T00:00:00Z'),
    (4, 'HAR', 'Harmonis', 4, 'SK.01', '2026-01-01T00:00:00Z'),
    (5, 'LOY', 'Loyal', 5, 'M.01', '2026-01-01T00:00:00Z'),
    (6, 'ADA', 'Adaptif', 6, 'M.07', '2026-01-01T00:00:00Z'),
    (7, 'KOL', 'Kolaboratif', 7, 'M.02', '2026-01-01T00:00:00Z');

INSERT INTO eval_behaviours (value_id, code, sort_order, text, updated_at) VALUES
    (1, 'PEL1', 1, 'Memahami dan memenuhi kebutuhan masyarakat', '2026-01-01T00:00:00Z'),
    (1, 'PEL2', 2, 'Ramah, cekatan, solutif, dan dapat diandalkan', '2026-01-01T00:00:00Z'),
    (1, 'PEL3', 3, 'Melakukan perbaikan tiada henti', '2026-01-01T00:00:00Z'),
    (2, 'AKU1', 1, 'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi', '2026-01-01T00:00:00Z'),
    (2, 'AKU2', 2, 'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien', '2026-01-01T00:00:00Z'),
    (2, 'AKU3', 3, 'Tidak menyalahgunakan kewenangan jabatan', '2026-01-01T00:00:00Z'),
    (3, 'KOM1', 1, 'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', '2026-01-01T00:00:00Z'),
    (3, 'KOM2', 2, 'Membantu orang lain belajar', '2026-01-01T00:00:00Z'),
    (3, 'KOM3', 3, 'Melaksanakan tugas dengan kualitas terbaik', '2026-01-01T00:00:00Z'),
    (4, 'HAR1', 1, 'Menghargai setiap orang apapun latar belakangnya', '2026-01-01T00:00:00Z'),
    (4, 'HAR2', 2, 'Suka menolong orang lain', '2026-01-01T00:00:00Z'),
    (4, 'HAR3', 3, 'Membangun lingkungan kerja yang kondusif', '2026-01-01T00:00:00Z'),
    (5, 'LOY1', 1, 'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah', '2026-01-01T00:00:00Z'),
    (5, 'LOY2', 2, 'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara', '2026-01-01T00:00:00Z'),
    (5, 'LOY3', 3, 'Menjaga rahasia jabatan dan negara', '2026-01-01T00:00:00Z'),
    (6, 'ADA1', 1, 'Cepat menyesuaikan diri menghadapi perubahan', '2026-01-01T00:00:00Z'),
    (6, 'ADA2', 2, 'Terus berinovasi dan mengembangkan kreativitas', '2026-01-01T00:00:00Z'),
    (6, 'ADA3', 3, 'Bertindak proaktif', '2026-01-01T00:00:00Z'),
    (7, 'KOL1', 1, 'Memberi kesempatan kepada berbagai pihak untuk berkontribusi', '2026-01-01T00:00:00Z'),
    (7, 'KOL2', 2, 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah', '2026-01-01T00:00:00Z'),
    (7, 'KOL3', 3, 'Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama', '2026-01-01T00:00:00Z');
