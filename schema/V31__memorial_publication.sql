-- The public memorial (issue 23): what may be published is approved piece by piece, by a person who answers for it.
--
-- A victim's short public text, one per case, person and language, written by the case's lead (or an administrator).
-- Never the internal narrative: a text of its own, written to be read by anyone. Editing it clears the approval, so
-- that nothing reaches the site that nobody approved in its final wording.
CREATE TABLE victim_public_text (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES violation_case (id),
    person_id   BIGINT       NOT NULL REFERENCES person (id),
    language    VARCHAR(3)   NOT NULL CONSTRAINT victim_public_text_language CHECK (language IN ('en', 'ar', 'ckb')),
    body        TEXT         NOT NULL CONSTRAINT victim_public_text_length CHECK (length(body) BETWEEN 1 AND 2000),
    written_by  VARCHAR(64)  NOT NULL,
    written_at  TIMESTAMPTZ  NOT NULL,
    approved_by VARCHAR(64),
    approved_at TIMESTAMPTZ,
    CONSTRAINT victim_public_text_once UNIQUE (case_id, person_id, language),
    CONSTRAINT victim_public_text_approval_whole CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);
CREATE INDEX victim_public_text_person ON victim_public_text (person_id);

-- An evidence photo explicitly approved for publication as the portrait of one victim of its case. Withdrawing the
-- approval deletes the row (the audit trail keeps who approved and withdrew, and when).
CREATE TABLE evidence_publication (
    evidence_id BIGINT       PRIMARY KEY REFERENCES evidence_item (id),
    person_id   BIGINT       NOT NULL REFERENCES person (id),
    approved_by VARCHAR(64)  NOT NULL,
    approved_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX evidence_publication_person ON evidence_publication (person_id);

-- Each generated memorial site, issued like a report: who, when, what it counts, the SHA-256 of its signed manifest.
-- named_persons: the ids of the persons it names, so that the next publication can say who was added and who removed.
CREATE TABLE publication (
    id              VARCHAR(24)  PRIMARY KEY,
    issued_by       VARCHAR(64)  NOT NULL,
    issued_at       TIMESTAMPTZ  NOT NULL,
    victims_named   INTEGER      NOT NULL CHECK (victims_named >= 0),
    victims_counted INTEGER      NOT NULL CHECK (victims_counted >= 0),
    files           INTEGER      NOT NULL CHECK (files >= 0),
    manifest_sha256 CHAR(64)     NOT NULL CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$'),
    named_persons   TEXT         NOT NULL
);
CREATE INDEX publication_issued_at ON publication (issued_at DESC);
