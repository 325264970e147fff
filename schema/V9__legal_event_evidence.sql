-- The evidence items a legal event rests on (the warrant's scan, the verdict, a medical report read in
-- court): items of the same case, linked, never copied.
CREATE TABLE legal_event_evidence (
    event_id    BIGINT NOT NULL REFERENCES legal_event (id) ON DELETE CASCADE,
    evidence_id BIGINT NOT NULL REFERENCES evidence_item (id),
    PRIMARY KEY (event_id, evidence_id)
);
CREATE INDEX legal_event_evidence_item ON legal_event_evidence (evidence_id);
