-- Withdrawal of a case or a person entered by mistake (issue 20). Nothing is deleted: the row stays, with who
-- withdrew it, when and why, so that the audit trail and the revision history keep pointing at something and a
-- case's reference is never given again (the counter never goes back, and the unique reference stays taken).
-- Every reader's query leaves withdrawn rows out (CaseVisibility, PersonService.visibleSql).
-- Existing rows are live: the three columns are null together, or set together. The same columns on both tables,
-- written once.
DO $$
DECLARE
    withdrawable TEXT;
BEGIN
    FOREACH withdrawable IN ARRAY ARRAY['violation_case', 'person'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN withdrawn_at TIMESTAMPTZ, ADD COLUMN withdrawn_by VARCHAR(64), '
                           || 'ADD COLUMN withdrawal_reason VARCHAR(500), ADD CONSTRAINT %I CHECK ((withdrawn_at IS NULL) = '
                           || '(withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL))',
                       withdrawable, withdrawable || '_withdrawal_whole');
    END LOOP;
END
$$;
-- An administrator's list of withdrawn cases reads only them.
CREATE INDEX violation_case_withdrawn ON violation_case (withdrawn_at) WHERE withdrawn_at IS NOT NULL;
