-- Issue 17: sessions follow the password; throttling that slows attackers without locking owners out.

-- Every signed-in web session, so that another request (a password change, a reset, "sign out
-- everywhere") can end it: the page session carries only a random key whose SHA-256 is kept here.
CREATE TABLE web_session (
    id             BIGSERIAL PRIMARY KEY,
    user_id        BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    key_hash       CHAR(64)    NOT NULL UNIQUE,
    created_at     TIMESTAMPTZ NOT NULL,
    last_used_at   TIMESTAMPTZ NOT NULL,
    client_address VARCHAR(64),
    ended_at       TIMESTAMPTZ
);
CREATE INDEX web_session_open ON web_session (user_id) WHERE ended_at IS NULL;

-- What the owner sees of their tokens: when and where from each was last used.
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMPTZ;
ALTER TABLE api_token ADD COLUMN client_address VARCHAR(64);
CREATE INDEX api_token_open ON api_token (user_id) WHERE revoked_at IS NULL;

-- Addresses an account has signed in from: a sprayer at the same address does not slow them.
CREATE TABLE known_sign_in_address (
    username        VARCHAR(64) NOT NULL,
    client_address  VARCHAR(64) NOT NULL,
    last_success_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, client_address)
);

CREATE INDEX login_failure_pair ON login_failure (username, client_address, failed_at);
