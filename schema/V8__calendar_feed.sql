-- Private calendar feeds of a lawyer's hearings (issue 6). The feed URL carries a secret token, because
-- phone calendars cannot sign in; like API tokens, only its SHA-256 is kept. Revoked feeds stay as rows
-- (revoked_at set) so that the table, like the audit trail, shows which feeds existed and when they ended.
CREATE TABLE calendar_feed (
    id              BIGSERIAL   PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash      CHAR(64)    NOT NULL UNIQUE,
    created_at      TIMESTAMPTZ NOT NULL,
    revoked_at      TIMESTAMPTZ,
    -- When a calendar last read the feed: lets the owner see whether a subscription is still polling
    -- (fetches are not audited one by one, see CalendarFeeds).
    last_fetched_at TIMESTAMPTZ
);
-- At most one live feed per user: issuing a new one revokes the old in the same transaction.
CREATE UNIQUE INDEX calendar_feed_live ON calendar_feed (user_id) WHERE revoked_at IS NULL;
