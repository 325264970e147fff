-- Evidence vault (issue 4): items of a case, their chain of custody and their verification history.
-- The bytes live in the evidence store (a content-addressed folder, see FolderEvidenceStore), named by
-- their SHA-256; a row here is what makes stored bytes visible.

CREATE TABLE evidence_item (
    id                   BIGSERIAL     PRIMARY KEY,
    case_id              BIGINT        NOT NULL REFERENCES violation_case (id),
    sha256               CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes           BIGINT        NOT NULL CHECK (size_bytes >= 0),
    declared_name        VARCHAR(500)  NOT NULL,
    declared_type        VARCHAR(200),
    detected_type        VARCHAR(200)  NOT NULL,
    description          TEXT,
    -- Provenance, as the investigator records it.
    provided_by          VARCHAR(300),
    collected_at         TIMESTAMPTZ,
    collection_method    VARCHAR(300),
    original_url         VARCHAR(2000),
    capture_device       VARCHAR(300),
    notes                TEXT,
    received_at          TIMESTAMPTZ   NOT NULL,
    received_by          VARCHAR(64)   NOT NULL,
    -- A redacted image or a transcoded clip is an item of its own that points to its original.
    derived_from         BIGINT        REFERENCES evidence_item (id),
    derivation           VARCHAR(300),
    -- Inspection after intake (Tika in a separate process): text and metadata, or why not.
    inspection_status    VARCHAR(16)   NOT NULL DEFAULT 'PENDING'
                             CHECK (inspection_status IN ('PENDING', 'INSPECTED', 'NOT_INSPECTED')),
    inspection_note      VARCHAR(500),
    extracted_text       TEXT,
    extracted_normalised TEXT,
    text_search          TSVECTOR GENERATED ALWAYS AS (
                             to_tsvector('arabic', coalesce(extracted_normalised, ''))
                             || to_tsvector('english', coalesce(extracted_normalised, ''))) STORED,
    metadata             TEXT,
    captured_at          VARCHAR(40),
    latitude             NUMERIC(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude            NUMERIC(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    author               VARCHAR(300),
    verification_status  VARCHAR(16)   NOT NULL DEFAULT 'UNVERIFIED'
                             CHECK (verification_status IN ('UNVERIFIED', 'UNDER_REVIEW', 'VERIFIED', 'DISPUTED')),
    -- Advocates see an item's content only when it is marked shareable.
    shareable            BOOLEAN       NOT NULL DEFAULT FALSE,
    integrity            VARCHAR(16)   NOT NULL DEFAULT 'INTACT' CHECK (integrity IN ('INTACT', 'MISMATCH', 'MISSING')),
    integrity_checked_at TIMESTAMPTZ,
    version              BIGINT        NOT NULL DEFAULT 0,
    -- The same bytes uploaded again to the same case are the same item.
    UNIQUE (case_id, sha256)
);
CREATE INDEX evidence_item_sha256 ON evidence_item (sha256);
CREATE INDEX evidence_item_derived ON evidence_item (derived_from);
CREATE INDEX evidence_item_text ON evidence_item USING GIN (text_search);
CREATE INDEX evidence_item_pending ON evidence_item (id) WHERE inspection_status = 'PENDING';

-- Chain of custody: every intake, view, download, export, re-hash and transfer. Never changed.
CREATE TABLE evidence_custody (
    id             BIGSERIAL     PRIMARY KEY,
    item_id        BIGINT        NOT NULL REFERENCES evidence_item (id),
    occurred_at    TIMESTAMPTZ   NOT NULL,
    username       VARCHAR(64)   NOT NULL,
    client_address VARCHAR(64),
    action         VARCHAR(16)   NOT NULL CHECK (action IN ('INTAKE', 'VIEW', 'DOWNLOAD', 'EXPORT', 'REHASH', 'TRANSFER',
                                                            'VERIFICATION', 'DERIVATION', 'DUPLICATE')),
    reason         VARCHAR(1000)
);
CREATE INDEX evidence_custody_item ON evidence_custody (item_id, id);

-- Who judged an item authentic (or not), when, how; the latest row is the item's status.
CREATE TABLE evidence_verification (
    id          BIGSERIAL    PRIMARY KEY,
    item_id     BIGINT       NOT NULL REFERENCES evidence_item (id),
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('UNVERIFIED', 'UNDER_REVIEW', 'VERIFIED', 'DISPUTED')),
    method      VARCHAR(24)  CHECK (method IN ('SOURCE_CORROBORATION', 'GEOLOCATION', 'CHRONOLOCATION', 'METADATA_CHECK',
                                               'WITNESS_CONFIRMATION')),
    decided_by  VARCHAR(64)  NOT NULL,
    decided_at  TIMESTAMPTZ  NOT NULL,
    notes       TEXT
);
CREATE INDEX evidence_verification_item ON evidence_verification (item_id, id);

CREATE FUNCTION evidence_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER evidence_custody_append_only BEFORE UPDATE OR DELETE ON evidence_custody
    FOR EACH ROW EXECUTE FUNCTION evidence_history_is_append_only();
CREATE TRIGGER evidence_verification_append_only BEFORE UPDATE OR DELETE ON evidence_verification
    FOR EACH ROW EXECUTE FUNCTION evidence_history_is_append_only();
