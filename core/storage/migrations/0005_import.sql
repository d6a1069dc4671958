-- Karsa schema version 5: a record of every applied import (written in the import's own
-- transaction, so a batch row exists exactly when the import's data does).
CREATE TABLE import_batches (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('employees', 'assessments', 'standards')),
    file_name       TEXT NOT NULL,
    file_format     TEXT,
    rows_in_file    INTEGER NOT NULL,
    rows_added      INTEGER NOT NULL,
    rows_updated    INTEGER NOT NULL,
    rows_unchanged  INTEGER NOT NULL,
    units_created   INTEGER NOT NULL DEFAULT 0,
    positions_created INTEGER NOT NULL DEFAULT 0,
    backup_file     TEXT,
    applied_at      TEXT NOT NULL
);
