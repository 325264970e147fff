-- Second factor (issue 17): a TOTP secret per user and ten single-use recovery codes.
-- The row's id is the user's id, so the encrypted secret can be bound to its row before it is written
-- (the data-key rotation and the start-up key check find it through that id, as for contact data).
CREATE TABLE user_second_factor (
    id                 BIGINT       PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    -- Both under the data key (AES-GCM, bound to table, column and row): a database copy alone yields no codes.
    secret_enc         TEXT,
    pending_secret_enc TEXT,
    enrolled_at        TIMESTAMPTZ,
    -- The newest 30-second step a code was accepted for: a code seen once (over a shoulder, in a log) is spent.
    last_used_step     BIGINT       NOT NULL DEFAULT 0,
    -- An administrator asked for a new enrolment (lost phone): the user is led to it at the next sign-in.
    reenrol_required   BOOLEAN      NOT NULL DEFAULT FALSE,
    version            BIGINT       NOT NULL DEFAULT 0,
    CHECK (enrolled_at IS NULL OR secret_enc IS NOT NULL)
);

-- Only the SHA-256 of each code is kept: the codes carry 80 random bits, so a fast hash does not make them guessable.
CREATE TABLE user_recovery_code (
    id        BIGSERIAL    PRIMARY KEY,
    user_id   BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash CHAR(64)     NOT NULL,
    used_at   TIMESTAMPTZ,
    UNIQUE (user_id, code_hash)
);
