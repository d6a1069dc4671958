-- Karsa schema version 2: competency development (domain.md 5) - the training catalogue, the yearly
-- development plans generated from the gaps, realised training (JP) and the assessments that
-- training proposes for validation.

CREATE TABLE training_programs (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    form        TEXT NOT NULL,
    provider    TEXT,
    jp          REAL NOT NULL CHECK (jp > 0),
    cost        INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    mode        TEXT NOT NULL DEFAULT 'luring' CHECK (mode IN ('luring', 'daring', 'campuran')),
    active      INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE training_program_competencies (
    program_id      INTEGER NOT NULL REFERENCES training_programs(id) ON DELETE CASCADE,
    competency_id   INTEGER NOT NULL REFERENCES competencies(id) ON DELETE RESTRICT,
    target_level    INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    PRIMARY KEY (program_id, competency_id)
);

CREATE TABLE development_plans (
    id                  INTEGER PRIMARY KEY,
    employee_id         INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    year                INTEGER NOT NULL,
    target_position_id  INTEGER REFERENCES positions(id) ON DELETE SET NULL,
    status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
    approved_by         TEXT,
    approved_at         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    row_version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (employee_id, year)
);
CREATE INDEX idx_development_plans_year ON development_plans(year);

CREATE TABLE development_plan_items (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES development_plans(id) ON DELETE CASCADE,
    priority        INTEGER NOT NULL,
    need            TEXT NOT NULL CHECK (need IN ('current', 'target', 'minimum_jp')),
    competency_id   INTEGER REFERENCES competencies(id) ON DELETE SET NULL,
    required_level  INTEGER,
    actual_level    INTEGER,
    program_id      INTEGER REFERENCES training_programs(id) ON DELETE SET NULL,
    jp              REAL NOT NULL DEFAULT 0,
    budget          INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL DEFAULT 'planned'
                    CHECK (status IN ('planned', 'approved', 'in_progress', 'completed', 'cancelled')),
    note            TEXT,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_development_plan_items_plan ON development_plan_items(plan_id);

CREATE TABLE training_records (
    id              INTEGER PRIMARY KEY,
    employee_id     INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    program_id      INTEGER REFERENCES training_programs(id) ON DELETE SET NULL,
    plan_item_id    INTEGER REFERENCES development_plan_items(id) ON DELETE SET NULL,
    title           TEXT NOT NULL,
    form            TEXT NOT NULL,
    provider        TEXT,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    jp              REAL NOT NULL CHECK (jp > 0),
    certificate_no  TEXT,
    result          TEXT NOT NULL CHECK (result IN ('lulus', 'hadir', 'tidak_lulus')),
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX idx_training_records_employee ON training_records(employee_id, end_date);
CREATE INDEX idx_training_records_end ON training_records(end_date);

-- Assessments proposed by completed training, and who decided on a proposal and when.
ALTER TABLE assessments ADD COLUMN training_record_id INTEGER REFERENCES training_records(id) ON DELETE SET NULL;
ALTER TABLE assessments ADD COLUMN decided_by TEXT;
ALTER TABLE assessments ADD COLUMN decided_at TEXT;
