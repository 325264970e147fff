-- Victim-family contacts (and surviving victims and witnesses who agree to be reached). Every
-- personal field is stored only as AES-256-GCM ciphertext ("<format>:<key id>:<nonce+ciphertext>",
-- columns ending in _enc), bound to its table, column and row; the key never enters the database.
CREATE TABLE family_contact (
    id                      BIGSERIAL    PRIMARY KEY,
    case_id                 BIGINT       NOT NULL REFERENCES violation_case (id),
    person_id               BIGINT       NOT NULL REFERENCES person (id),
    reaches                 VARCHAR(16)  NOT NULL CHECK (reaches IN ('FAMILY', 'SURVIVOR', 'WITNESS')),
    relationship            VARCHAR(24)  NOT NULL,
    risk_level              VARCHAR(12)  NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH', 'RELOCATED')),
    safe_channel            VARCHAR(16),
    language                VARCHAR(16),
    name_enc                TEXT         NOT NULL,
    phones_enc              TEXT,
    messengers_enc          TEXT,
    address_enc             TEXT,
    protective_measures_enc TEXT,
    notes_enc               TEXT,
    version                 BIGINT       NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ  NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    updated_by              VARCHAR(100) NOT NULL
);
CREATE INDEX family_contact_case ON family_contact (case_id);

-- Consent decisions: never changed, never deleted; the latest decision of each kind is the state.
CREATE TABLE contact_consent (
    id           BIGSERIAL    PRIMARY KEY,
    contact_id   BIGINT       NOT NULL REFERENCES family_contact (id),
    consent      VARCHAR(24)  NOT NULL CHECK (consent IN ('TO_BE_CONTACTED', 'UN_SUBMISSION', 'PUBLIC_NAMING')),
    decision     VARCHAR(12)  NOT NULL CHECK (decision IN ('GIVEN', 'WITHDRAWN')),
    decided_on   DATE         NOT NULL,
    method       VARCHAR(12)  NOT NULL CHECK (method IN ('VERBAL', 'WRITTEN')),
    given_by_enc TEXT         NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX contact_consent_contact ON contact_consent (contact_id, consent, decided_on DESC, id DESC);

CREATE TABLE contact_communication (
    id               BIGSERIAL    PRIMARY KEY,
    contact_id       BIGINT       NOT NULL REFERENCES family_contact (id),
    occurred_on      DATE         NOT NULL,
    channel          VARCHAR(16)  NOT NULL,
    participants_enc TEXT         NOT NULL,
    summary_enc      TEXT         NOT NULL,
    follow_up_needed BOOLEAN      NOT NULL,
    follow_up_by     DATE,
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX contact_communication_contact ON contact_communication (contact_id, occurred_on DESC, id DESC);

-- History is append-only. The one exception is re-encryption under a new key: with the session
-- setting mizan.key_rotation = 'on', an UPDATE may change the ciphertext columns named as the
-- trigger's arguments, and nothing else.
CREATE FUNCTION contact_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    now_row  jsonb := to_jsonb(NEW);
    then_row jsonb := to_jsonb(OLD);
    i        integer;
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('mizan.key_rotation', true) = 'on' THEN
        FOR i IN 0 .. TG_NARGS - 1 LOOP
            now_row := now_row - TG_ARGV[i];
            then_row := then_row - TG_ARGV[i];
        END LOOP;
        IF now_row = then_row THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER contact_consent_append_only BEFORE UPDATE OR DELETE ON contact_consent
    FOR EACH ROW EXECUTE FUNCTION contact_history_is_append_only('given_by_enc');
CREATE TRIGGER contact_communication_append_only BEFORE UPDATE OR DELETE ON contact_communication
    FOR EACH ROW EXECUTE FUNCTION contact_history_is_append_only('participants_enc', 'summary_enc');
