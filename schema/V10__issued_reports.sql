-- Every report Mizan generates (issue 7): its id (printed on its manifest page), what was asked for, by whom,
-- when, and the SHA-256 of the file. "Verify a report" looks a PDF up here by its hash; a file whose hash is not
-- here but whose metadata names a report that is, is a changed copy. The file itself is not kept: a report can
-- be generated again, and a stored copy of an INTERNAL report would be one more place names could leak from.
CREATE TABLE issued_report (
    id           VARCHAR(24)  PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('DOSSIER', 'PERIODIC', 'WGEID')),
    audience     VARCHAR(16)  NOT NULL CHECK (audience IN ('INTERNAL', 'LEGAL', 'UN', 'PUBLIC')),
    language     VARCHAR(8)   NOT NULL,
    -- The case reference of a one-case report; null for a periodic report.
    subject      VARCHAR(64),
    -- What was asked for (period, filters, audience, language), as "key=value" lines; never names.
    parameters   TEXT         NOT NULL,
    generated_by VARCHAR(64)  NOT NULL,
    generated_at TIMESTAMPTZ  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    pages        INTEGER      NOT NULL
);
CREATE INDEX issued_report_sha256 ON issued_report (sha256);

-- The registry is evidence of what left the system: rows are never changed or removed.
CREATE FUNCTION issued_report_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'issued_report is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER issued_report_no_update_or_delete BEFORE UPDATE OR DELETE ON issued_report
    FOR EACH ROW EXECUTE FUNCTION issued_report_is_append_only();
CREATE TRIGGER issued_report_no_truncate BEFORE TRUNCATE ON issued_report
    FOR EACH STATEMENT EXECUTE FUNCTION issued_report_is_append_only();
