-- Karsa schema version 4: placement scenarios (issue 7). A scenario keeps what it was computed for
-- (reference date, horizon, pool size), its vacancies, the officer's constraints and the result.

CREATE TABLE placement_scenarios (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    note            TEXT,
    reference_date  TEXT NOT NULL,
    horizon_months  INTEGER NOT NULL CHECK (horizon_months >= 0),
    pool_size       INTEGER NOT NULL CHECK (pool_size > 0),
    min_score       REAL NOT NULL DEFAULT 0,
    fill_first      INTEGER NOT NULL DEFAULT 1,
    solved          INTEGER NOT NULL DEFAULT 0,
    solve_ms        REAL,
    notes           TEXT,
    updated_at      TEXT NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE placement_vacancies (
    scenario_id     INTEGER NOT NULL REFERENCES placement_scenarios(id) ON DELETE CASCADE,
    position_id     INTEGER NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
    open_now        INTEGER NOT NULL DEFAULT 0 CHECK (open_now >= 0),
    retiring        INTEGER NOT NULL DEFAULT 0 CHECK (retiring >= 0),
    extra           INTEGER NOT NULL DEFAULT 0 CHECK (extra >= 0),
    opens_on        TEXT,
    PRIMARY KEY (scenario_id, position_id)
);

-- kind: lock / exclude / add (employee + position), keep (employee), unit_limit (unit + value).
CREATE TABLE placement_constraints (
    id              INTEGER PRIMARY KEY,
    scenario_id     INTEGER NOT NULL REFERENCES placement_scenarios(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('lock', 'exclude', 'add', 'keep', 'unit_limit')),
    employee_id     INTEGER REFERENCES employees(id) ON DELETE CASCADE,
    position_id     INTEGER REFERENCES positions(id) ON DELETE CASCADE,
    unit_id         INTEGER REFERENCES units(id) ON DELETE CASCADE,
    value           INTEGER
);
CREATE INDEX idx_placement_constraints_scenario ON placement_constraints(scenario_id);

CREATE TABLE placement_assignments (
    scenario_id       INTEGER NOT NULL REFERENCES placement_scenarios(id) ON DELETE CASCADE,
    position_id       INTEGER NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
    slot              INTEGER NOT NULL CHECK (slot >= 0),
    employee_id       INTEGER REFERENCES employees(id) ON DELETE SET NULL,
    score             REAL,
    jpm               REAL,
    complete          INTEGER NOT NULL DEFAULT 0,
    locked            INTEGER NOT NULL DEFAULT 0,
    added             INTEGER NOT NULL DEFAULT 0,
    from_position_id  INTEGER REFERENCES positions(id) ON DELETE SET NULL,
    from_unit_id      INTEGER REFERENCES units(id) ON DELETE SET NULL,
    to_unit_id        INTEGER REFERENCES units(id) ON DELETE SET NULL,
    PRIMARY KEY (scenario_id, position_id, slot)
);
