-- Case teams are governed (issue 16): every case has a lead who, with administrators, is the only one to change
-- its team and confidentiality; others ask to join; people taken off a team are told on their next visit.

-- The lead is always on the team. Null only where the case was not recorded by an investigator who still exists
-- (the demo loader records as an administrator, the generator as nobody): an administrator names a lead for those.
ALTER TABLE violation_case ADD COLUMN lead_id BIGINT REFERENCES app_user (id);
CREATE INDEX violation_case_lead ON violation_case (lead_id);

UPDATE violation_case c SET lead_id = u.id FROM app_user u
    WHERE u.username = c.created_by
      AND EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = 'INVESTIGATOR');
INSERT INTO case_assignee (case_id, user_id)
    SELECT c.id, c.lead_id FROM violation_case c WHERE c.lead_id IS NOT NULL
    ON CONFLICT DO NOTHING;

-- An investigator or lawyer not on a team asks its lead to join, with a reason; the lead (or an administrator)
-- accepts or declines. At most one open request per person and case.
CREATE TABLE case_join_request (
    id          BIGSERIAL    PRIMARY KEY,
    case_id     BIGINT       NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    user_id     BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    reason      VARCHAR(500) NOT NULL,
    state       VARCHAR(16)  NOT NULL CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    asked_at    TIMESTAMPTZ  NOT NULL,
    answered_at TIMESTAMPTZ,
    answered_by VARCHAR(64)
);
CREATE UNIQUE INDEX case_join_request_open ON case_join_request (case_id, user_id) WHERE state = 'PENDING';

-- What someone must be told when they next come in: taken off a team, a request answered. Kept until they
-- dismiss it; the case is named only while the reader may still see it.
CREATE TABLE team_notice (
    id         BIGSERIAL    PRIMARY KEY,
    user_id    BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    case_id    BIGINT       NOT NULL REFERENCES violation_case (id) ON DELETE CASCADE,
    kind       VARCHAR(32)  NOT NULL CHECK (kind IN ('REMOVED', 'JOIN_ACCEPTED', 'JOIN_DECLINED', 'ADDED')),
    reason     VARCHAR(500),
    created_at TIMESTAMPTZ  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    seen_at    TIMESTAMPTZ
);
CREATE INDEX team_notice_unseen ON team_notice (user_id) WHERE seen_at IS NULL;
