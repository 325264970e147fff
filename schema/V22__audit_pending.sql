-- Issues 18 and 21: an audited action writes its event here, in its own transaction, with one INSERT and no lock; the
-- event is then moved into the chain (audit_entry) by one chainer at a time, which numbers, links and seals it. So an
-- entry exists only if its action committed (a case rolled back leaves no CASE_CREATE SUCCESS behind), and readers no
-- longer queue on one lock. Refusals and failures are written in a transaction of their own, so they stay recorded.
CREATE TABLE audit_pending (
    id             BIGSERIAL    PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    username       VARCHAR(200),
    action         VARCHAR(64)  NOT NULL,
    target         VARCHAR(300),
    outcome        VARCHAR(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    client_address VARCHAR(64),
    details        TEXT
);

-- The pending event an entry was chained from. Not sealed: it only lets the pending row go (below), and makes chaining
-- the same event twice impossible.
ALTER TABLE audit_entry ADD COLUMN pending_id BIGINT;
CREATE UNIQUE INDEX audit_entry_pending ON audit_entry (pending_id) WHERE pending_id IS NOT NULL;

-- A pending event is never changed, and leaves only once it is in the chain: deleting it without chaining it first is
-- refused, so the application's role cannot make an event disappear before it is sealed.
CREATE FUNCTION audit_pending_leaves_only_chained() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_entry WHERE pending_id = OLD.id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_pending: % is allowed only for an event already chained into audit_entry', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_pending_no_update_or_unchained_delete
    BEFORE UPDATE OR DELETE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_pending_leaves_only_chained();

CREATE TRIGGER audit_pending_no_truncate
    BEFORE TRUNCATE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_pending_leaves_only_chained();
