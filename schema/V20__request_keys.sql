-- Idempotency keys: a client that retries an unanswered POST /api/cases with the same Idempotency-Key gets the case
-- the first attempt created, never a second one. The key is the caller's; the request's digest tells a retry from a
-- different request that reuses the key.
CREATE TABLE case_request_key (
    username      VARCHAR(64)  NOT NULL,
    request_key   VARCHAR(200) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    case_id       BIGINT       NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (username, request_key)
);
