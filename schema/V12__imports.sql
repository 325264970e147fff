-- Bringing existing spreadsheets in (issue 8): saved column mappings, one batch per confirmed import, and one
-- row per imported spreadsheet row, so that re-running a file recognises what is already in and a batch can be
-- rolled back as a whole.

-- A mapping of spreadsheet columns (by header) to Mizan fields, saved under a name for the next file of the
-- same shape. Shared by the team: a group's spreadsheets look alike whoever imports them.
CREATE TABLE import_mapping (
    id         BIGSERIAL    PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE,
    -- JSON object: {"<header>": "<FIELD>", ...}
    columns    TEXT         NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    updated_by VARCHAR(64)  NOT NULL
);

CREATE TABLE import_batch (
    id             BIGSERIAL    PRIMARY KEY,
    file_name      VARCHAR(300) NOT NULL,
    -- The file as uploaded, so the batch can be traced to its source; the file itself is not kept.
    file_sha256    CHAR(64)     NOT NULL,
    file_format    VARCHAR(8)   NOT NULL CHECK (file_format IN ('CSV', 'XLSX')),
    columns        TEXT         NOT NULL,
    state          VARCHAR(16)  NOT NULL CHECK (state IN ('IMPORTED', 'ROLLED_BACK')),
    rows_read      INTEGER      NOT NULL,
    cases_created  INTEGER      NOT NULL,
    persons_created INTEGER     NOT NULL,
    rows_known     INTEGER      NOT NULL,
    rows_invalid   INTEGER      NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    rolled_back_at TIMESTAMPTZ,
    rolled_back_by VARCHAR(64),
    CHECK ((state = 'ROLLED_BACK') = (rolled_back_at IS NOT NULL))
);

-- Every record an import creates names its batch: a rollback removes exactly these.
ALTER TABLE violation_case ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
ALTER TABLE person ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
CREATE INDEX violation_case_import_batch ON violation_case (import_batch_id) WHERE import_batch_id IS NOT NULL;
CREATE INDEX person_import_batch ON person (import_batch_id) WHERE import_batch_id IS NOT NULL;

-- One row of a spreadsheet, once imported. The fingerprint is of the row's interpreted values (names, date,
-- place, types, narrative), not of its bytes or column order: the same record in a re-saved or re-ordered file
-- is still recognised. Unique: a record cannot come in twice, even from two imports running at once.
CREATE TABLE import_row (
    fingerprint VARCHAR(64) PRIMARY KEY,
    batch_id    BIGINT   NOT NULL REFERENCES import_batch (id),
    row_number  INTEGER  NOT NULL,
    case_id     BIGINT   NOT NULL REFERENCES violation_case (id)
);
CREATE INDEX import_row_batch ON import_row (batch_id);
