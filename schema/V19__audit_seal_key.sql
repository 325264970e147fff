-- Issue 17: the audit trail is sealed with HMAC-SHA256 under a key the database does not hold, so that
-- whoever owns the database can no longer rewrite an entry and recompute its seal. seal_key names the key
-- (a hash of it, never the key); NULL marks the entries written before this migration, sealed with plain
-- SHA-256, which still verify through the first keyed entry that links to them. Adding a nullable column
-- rewrites no row, so the append-only trigger is not involved.
ALTER TABLE audit_entry ADD COLUMN seal_key VARCHAR(16);

COMMENT ON COLUMN audit_entry.entry_hash IS
    'HMAC-SHA256 under the audit key named by seal_key (SHA-256 when seal_key is NULL) over the length-prefixed fields and previous_hash';
