-- How firmly an alleged perpetrator is tied to the case: alleged (by the family, a witness, the press), identified by a
-- source the team graded, or established by a court. A report must never print an allegation as a finding. Every
-- perpetrator recorded before this migration was entered as "alleged", which is what the form called them.
ALTER TABLE case_party ADD COLUMN certainty VARCHAR(24)
    CONSTRAINT case_party_certainty_code CHECK (certainty IN ('ALLEGED', 'IDENTIFIED_BY_SOURCE', 'ESTABLISHED_BY_COURT'));
UPDATE case_party SET certainty = 'ALLEGED' WHERE role = 'PERPETRATOR';
ALTER TABLE case_party ADD CONSTRAINT case_party_certainty_of_perpetrators
    CHECK ((role = 'PERPETRATOR') = (certainty IS NOT NULL));

-- Why a case's dates are uncertain ("April or May; the family is not sure"), said in words instead of being squeezed
-- into the approximate flag. Free text: reports and exports show it where they show the narrative.
ALTER TABLE violation_case ADD COLUMN date_note VARCHAR(500);

-- A victim's date of death when it is not the incident's: wounded at a protest, died in hospital weeks later.
ALTER TABLE case_party ADD COLUMN died_on DATE;
ALTER TABLE case_party ADD CONSTRAINT case_party_died_on_of_victims CHECK (died_on IS NULL OR role = 'VICTIM');

-- The community a victim was targeted for, where that is the motive: sensitive, read only by the team's audiences.
ALTER TABLE case_party ADD COLUMN community VARCHAR(20)
    CONSTRAINT case_party_community_code CHECK (community IN ('CHRISTIAN', 'YAZIDI', 'SABEAN_MANDAEAN', 'SHABAK', 'KAKAI',
        'FEYLI_KURD', 'TURKMEN', 'BAHAI', 'SHIA', 'SUNNI', 'OTHER'));
ALTER TABLE case_party ADD CONSTRAINT case_party_community_of_victims CHECK (community IS NULL OR role = 'VICTIM');

-- Family links between persons (a father and his son killed in separate incidents, a brother who is also a witness),
-- kept in both directions so that each person's relatives are one lookup. The duplicate check never offers two
-- relatives as one person, and a merge of two relatives is refused.
CREATE TABLE person_kinship (
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    relative_id BIGINT      NOT NULL REFERENCES person (id),
    kinship     VARCHAR(10) NOT NULL CONSTRAINT person_kinship_code CHECK (kinship IN ('PARENT', 'CHILD', 'SIBLING', 'SPOUSE')),
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (person_id, relative_id),
    CHECK (person_id <> relative_id)
);
CREATE INDEX person_kinship_relative ON person_kinship (relative_id);
