-- One proceeding may concern several cases (issue 20 item 6): two victims of one trial are two cases, and the trial is
-- one. proceeding.case_id stays as the case the proceeding is "at home" in — the one whose redaction, suspects and
-- evidence it was opened with, and the one a reader who may see several linked cases sees it under; proceeding_case
-- holds every case it is linked to, the home case included, so "the proceedings of a case" is one join. Every existing
-- proceeding is linked to its own case here, by whoever opened it and when.
-- V7 named proceeding's index on its case "proceeding_case"; the table takes the name, the index says what it is.
ALTER INDEX proceeding_case RENAME TO proceeding_home_case;
CREATE TABLE proceeding_case (
    proceeding_id BIGINT      NOT NULL REFERENCES proceeding (id) ON DELETE CASCADE,
    case_id       BIGINT      NOT NULL REFERENCES violation_case (id),
    linked_by     VARCHAR(64) NOT NULL,
    linked_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (proceeding_id, case_id)
);
-- The primary key serves the proceeding's side; this one "the proceedings of a case".
CREATE INDEX proceeding_case_case ON proceeding_case (case_id, proceeding_id);

INSERT INTO proceeding_case (proceeding_id, case_id, linked_by, linked_at)
SELECT id, case_id, created_by, created_at FROM proceeding;
