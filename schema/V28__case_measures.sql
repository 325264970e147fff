-- Legal or administrative measures that are not court steps (issue 20 item 6): officials dismissed, a commission of
-- inquiry, compensation decided, an official statement. They stand on the case's legal timeline beside the events of
-- its proceedings but belong to no proceeding, and they derive no stage: a dismissal is not a verdict.
-- The date is a partial date held to the same rules as a legal event's. A measure is corrected, never deleted: what it
-- said before stays in the revision history, and the audit trail keeps pointing at a row. Who recorded it and who
-- changed it last, with the version that guards corrections, are the columns every recorded row has (Recorded).
CREATE TABLE case_measure (
    id           BIGSERIAL     PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES violation_case (id),
    kind         VARCHAR(32)   NOT NULL CONSTRAINT case_measure_kind_code
        CHECK (kind IN ('DISMISSAL', 'INQUIRY_COMMISSION', 'COMPENSATION', 'OFFICIAL_STATEMENT', 'OTHER')),
    measure_year  INTEGER      NOT NULL CONSTRAINT case_measure_year_range CHECK (measure_year BETWEEN 1900 AND 2200),
    measure_month INTEGER      CONSTRAINT case_measure_month_range CHECK (measure_month BETWEEN 1 AND 12),
    measure_day   INTEGER      CONSTRAINT case_measure_day_range CHECK (measure_day BETWEEN 1 AND 31),
    approximate  BOOLEAN       NOT NULL DEFAULT FALSE,
    authority    VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    source_url   VARCHAR(2000),
    version      BIGINT        NOT NULL DEFAULT 0,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT case_measure_day_needs_month CHECK (measure_day IS NULL OR measure_month IS NOT NULL)
);
CREATE INDEX case_measure_case ON case_measure (case_id, id);

-- A measure's corrections go to the revision history, as a proceeding's do.
ALTER TABLE revision DROP CONSTRAINT revision_entity_type_check;
ALTER TABLE revision ADD CONSTRAINT revision_entity_type_check
    CHECK (entity_type IN ('CASE', 'PERSON', 'PROCEEDING', 'MEASURE'));
