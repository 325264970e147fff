-- Users, their roles, API tokens, failed logins, and the append-only audit trail.

CREATE TABLE app_user (
    id               BIGSERIAL PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    preferred_locale VARCHAR(8),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);
CREATE UNIQUE INDEX app_user_username ON app_user (username);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL CHECK (role IN ('ADMIN', 'INVESTIGATOR', 'LAWYER', 'ADVOCATE')),
    PRIMARY KEY (user_id, role)
);

-- Only the SHA-256 of a token is kept: a copy of this table opens no doors.
CREATE TABLE api_token (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash  CHAR(64)    NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX api_token_user ON api_token (user_id);

CREATE TABLE login_failure (
    id             BIGSERIAL PRIMARY KEY,
    username       VARCHAR(200) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_failure_username ON login_failure (username, failed_at);
CREATE INDEX login_failure_address ON login_failure (client_address, failed_at);

-- Each entry carries the SHA-256 of the one before it; seq has no gaps, so a deleted row shows too.
CREATE TABLE audit_entry (
    seq            BIGINT       PRIMARY KEY CHECK (seq > 0),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    username       VARCHAR(200),
    action         VARCHAR(64)  NOT NULL,
    target         VARCHAR(300),
    outcome        VARCHAR(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    client_address VARCHAR(64),
    details        TEXT,
    previous_hash  CHAR(64)     NOT NULL,
    entry_hash     CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_username ON audit_entry (username);
CREATE INDEX audit_entry_action ON audit_entry (action);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
