-- Background jobs (reports, dry runs, imports) and uploaded spreadsheets lived in one server's memory (issue 21 item 2):
-- a restart forgot them, leaving a user's page polling for ever, and a second server could not see them. They now live
-- here, with what they produced in the data folder (a report's PDF, an upload's file), so that any node can answer for
-- them and a restart ends what it interrupted instead of forgetting it.

-- One job. `node` is the server that runs it; `heartbeat_at` is refreshed by that server while the job is queued or
-- running, so a job whose server died (killed, or restarted under another name) is told apart from one still at work.
-- `result` is the JSON of what the owner fetches; `error_key` and `error_arguments` (a JSON array) what they are told of
-- a failure, as message keys, never an exception's text.
CREATE TABLE background_job (
    id              VARCHAR(32)      PRIMARY KEY,
    job_group       VARCHAR(32)      NOT NULL,
    kind            VARCHAR(32)      NOT NULL,
    owner           VARCHAR(64)      NOT NULL,
    node            VARCHAR(200)     NOT NULL,
    state           VARCHAR(8)       NOT NULL CONSTRAINT background_job_state_code
        CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress        DOUBLE PRECISION NOT NULL DEFAULT 0 CONSTRAINT background_job_progress_range
        CHECK (progress BETWEEN 0 AND 1),
    result          TEXT,
    error_key       VARCHAR(100),
    error_arguments TEXT,
    submitted_at    TIMESTAMPTZ      NOT NULL,
    heartbeat_at    TIMESTAMPTZ      NOT NULL,
    finished_at     TIMESTAMPTZ,
    expires_at      TIMESTAMPTZ,
    -- Finished exactly when it has an outcome, and only a finished job expires.
    CONSTRAINT background_job_outcome CHECK ((state IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL AND expires_at IS NOT NULL)),
    CONSTRAINT background_job_failure_named CHECK ((state = 'FAILED') = (error_key IS NOT NULL))
);
CREATE INDEX background_job_owner ON background_job (owner, state);
CREATE INDEX background_job_unfinished ON background_job (heartbeat_at) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX background_job_expiry ON background_job (expires_at) WHERE expires_at IS NOT NULL;

-- One uploaded spreadsheet between upload and import; the file is MIZAN_HOME/imports/<id>.upload.
CREATE TABLE import_upload (
    id          VARCHAR(32)  PRIMARY KEY,
    owner       VARCHAR(64)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    size_bytes  BIGINT       NOT NULL CONSTRAINT import_upload_size_positive CHECK (size_bytes > 0),
    sha256      CHAR(64)     NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX import_upload_age ON import_upload (uploaded_at);

-- Scheduled work (the evidence re-hash and sweep) runs on one node per interval, whichever node's timer fires first:
-- each run claims its task here, and a claim succeeds only when the last run started long enough ago.
CREATE TABLE scheduled_run (
    task       VARCHAR(64)  PRIMARY KEY,
    node       VARCHAR(200) NOT NULL,
    started_at TIMESTAMPTZ  NOT NULL
);
