-- Karsa schema version 1: reference data, organisation, competency standards, people, assessments,
-- performance results and disciplinary records. Dates are ISO-8601 text; timestamps are UTC ISO text.

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE ref_golongan (
    code        TEXT PRIMARY KEY,
    rank        INTEGER NOT NULL,
    pangkat     TEXT,
    is_pppk     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ref_jenjang (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    family          TEXT NOT NULL,
    rank            INTEGER NOT NULL,
    default_level   INTEGER NOT NULL CHECK (default_level BETWEEN 1 AND 5),
    min_golongan    TEXT,
    max_golongan    TEXT,
    eselon          TEXT
);

CREATE TABLE ref_education (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    rank        INTEGER NOT NULL
);

CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    short_name  TEXT,
    kind        TEXT NOT NULL,
    parent_id   INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_units_parent ON units(parent_id);

CREATE TABLE competencies (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('manajerial', 'sosial_kultural', 'teknis')),
    definition  TEXT,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE competency_levels (
    competency_id INTEGER NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
    level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    description   TEXT NOT NULL,
    indicators    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (competency_id, level)
);

CREATE TABLE positions (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    jenjang         TEXT NOT NULL REFERENCES ref_jenjang(code),
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    kelas_jabatan   INTEGER,
    superior_id     INTEGER REFERENCES positions(id) ON DELETE SET NULL,
    min_golongan    TEXT,
    min_education   TEXT,
    formation       INTEGER NOT NULL DEFAULT 1 CHECK (formation >= 0),
    is_key          INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_positions_unit ON positions(unit_id);
CREATE INDEX idx_positions_superior ON positions(superior_id);

CREATE TABLE position_standards (
    position_id     INTEGER NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
    competency_id   INTEGER NOT NULL REFERENCES competencies(id) ON DELETE RESTRICT,
    required_level  INTEGER NOT NULL CHECK (required_level BETWEEN 1 AND 5),
    weight          REAL NOT NULL DEFAULT 1.0 CHECK (weight > 0),
    PRIMARY KEY (position_id, competency_id)
);

CREATE TABLE employees (
    id              INTEGER PRIMARY KEY,
    nip             TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL CHECK (status IN ('PNS', 'CPNS', 'PPPK')),
    front_title     TEXT,
    name            TEXT NOT NULL,
    back_title      TEXT,
    birth_place     TEXT,
    birth_date      TEXT NOT NULL,
    sex             TEXT NOT NULL CHECK (sex IN ('L', 'P')),
    golongan        TEXT,
    tmt_golongan    TEXT,
    education       TEXT,
    major           TEXT,
    position_id     INTEGER REFERENCES positions(id) ON DELETE SET NULL,
    unit_id         INTEGER REFERENCES units(id) ON DELETE SET NULL,
    tmt_jabatan     TEXT,
    tmt_cpns        TEXT,
    nik             TEXT,
    phone           TEXT,
    email           TEXT,
    address         TEXT,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_employees_position ON employees(position_id);
CREATE INDEX idx_employees_unit ON employees(unit_id);

CREATE TABLE assessments (
    id              INTEGER PRIMARY KEY,
    employee_id     INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    competency_id   INTEGER NOT NULL REFERENCES competencies(id) ON DELETE RESTRICT,
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    assessed_on     TEXT NOT NULL,
    method          TEXT NOT NULL,
    assessor        TEXT,
    evidence        TEXT,
    status          TEXT NOT NULL DEFAULT 'validated'
                    CHECK (status IN ('validated', 'needs_validation', 'rejected')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_assessments_employee ON assessments(employee_id, competency_id, assessed_on);

CREATE TABLE performance_ratings (
    id              INTEGER PRIMARY KEY,
    employee_id     INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    hasil_kerja     INTEGER NOT NULL CHECK (hasil_kerja BETWEEN -1 AND 1),
    perilaku        INTEGER NOT NULL CHECK (perilaku BETWEEN -1 AND 1),
    predikat        TEXT NOT NULL,
    source          TEXT NOT NULL DEFAULT 'skp',
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (employee_id, year)
);

CREATE TABLE disciplinary_records (
    id              INTEGER PRIMARY KEY,
    employee_id     INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    level           TEXT NOT NULL CHECK (level IN ('ringan', 'sedang', 'berat')),
    decided_on      TEXT NOT NULL,
    ends_on         TEXT,
    description     TEXT,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_disciplinary_employee ON disciplinary_records(employee_id);
