-- Prosecutions: a case's proceedings, each a dated sequence of legal events (DOMAIN §2). The stage is
-- derived from the events by the application; there is deliberately no status column to type into.
CREATE TABLE proceeding (
    id                  BIGSERIAL    PRIMARY KEY,
    case_id             BIGINT       NOT NULL REFERENCES violation_case (id),
    court               VARCHAR(200) NOT NULL,
    file_number         VARCHAR(100),
    investigative_judge VARCHAR(200),
    notes               TEXT,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(100) NOT NULL
);
CREATE INDEX proceeding_case ON proceeding (case_id);

CREATE TABLE proceeding_lawyer (
    proceeding_id BIGINT      NOT NULL REFERENCES proceeding (id) ON DELETE CASCADE,
    username      VARCHAR(64) NOT NULL,
    PRIMARY KEY (proceeding_id, username)
);

-- A suspect of a proceeding: one of the case's alleged perpetrators where known, else a description.
CREATE TABLE proceeding_suspect (
    id            BIGSERIAL    PRIMARY KEY,
    proceeding_id BIGINT       NOT NULL REFERENCES proceeding (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    person_id     BIGINT       REFERENCES person (id),
    label         VARCHAR(200) NOT NULL
);

CREATE TABLE legal_event (
    id            BIGSERIAL     PRIMARY KEY,
    proceeding_id BIGINT        NOT NULL REFERENCES proceeding (id),
    type          VARCHAR(32)   NOT NULL,
    event_year    INTEGER       NOT NULL,
    event_month   INTEGER,
    event_day     INTEGER,
    approximate   BOOLEAN       NOT NULL DEFAULT FALSE,
    verdict       VARCHAR(32),
    in_absentia   BOOLEAN       NOT NULL DEFAULT FALSE,
    returned_to   VARCHAR(32),
    charges       VARCHAR(1000),
    sentence      VARCHAR(500),
    notes         TEXT,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    CHECK ((type = 'VERDICT') = (verdict IS NOT NULL)),
    CHECK ((type = 'CASSATION_ANNULLED') = (returned_to IS NOT NULL))
);
CREATE INDEX legal_event_proceeding ON legal_event (proceeding_id, id);

-- The suspects an event concerns; none: the whole proceeding.
CREATE TABLE legal_event_suspect (
    event_id   BIGINT NOT NULL REFERENCES legal_event (id) ON DELETE CASCADE,
    suspect_id BIGINT NOT NULL REFERENCES proceeding_suspect (id),
    PRIMARY KEY (event_id, suspect_id)
);

ALTER TABLE revision DROP CONSTRAINT revision_entity_type_check;
ALTER TABLE revision ADD CONSTRAINT revision_entity_type_check CHECK (entity_type IN ('CASE', 'PERSON', 'PROCEEDING'));

-- Hearings of a proceeding: when, where, why, and afterwards what came of it.
CREATE TABLE hearing (
    id            BIGSERIAL    PRIMARY KEY,
    proceeding_id BIGINT       NOT NULL REFERENCES proceeding (id),
    starts_at     TIMESTAMPTZ  NOT NULL,
    court         VARCHAR(200) NOT NULL,
    purpose       VARCHAR(500),
    outcome_notes TEXT,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);
CREATE INDEX hearing_proceeding ON hearing (proceeding_id, starts_at);
CREATE INDEX hearing_starts ON hearing (starts_at);
