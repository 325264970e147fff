-- Several occupations or roles per person (issue 20 item 6): a journalist who is also a protest organiser. The list, in
-- the order the team gave it, is its own table: a filter asks "any of a victim's occupations" with one indexed EXISTS,
-- and every code stays guarded by a CHECK as V21 guards person.occupation.
--
-- person.occupation stays, holding the first of the list (the primary occupation), so that what reads it — SQL of other
-- components, the benchmark, older clients of the REST API that know one occupation — keeps working and meaning the
-- same. The application writes both in one place (Person.setOccupations); this table is what answers "which
-- occupations".
CREATE TABLE person_occupation (
    person_id  BIGINT      NOT NULL REFERENCES person (id),
    position   SMALLINT    NOT NULL CONSTRAINT person_occupation_position_range CHECK (position BETWEEN 0 AND 4),
    occupation VARCHAR(32) NOT NULL CONSTRAINT person_occupation_list_code CHECK (occupation IN ('ACTIVIST', 'JOURNALIST',
        'LAWYER', 'PROTESTER', 'MEDIC', 'STUDENT', 'BLOGGER', 'TRADE_UNIONIST', 'CIVIL_SERVANT', 'OTHER')),
    -- Deferred: reordering a list rewrites rows in place, and a swap passes through a moment where two rows share a
    -- position or an occupation; at commit each is unique again.
    CONSTRAINT person_occupation_once UNIQUE (person_id, occupation) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT person_occupation_place UNIQUE (person_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX person_occupation_code_person ON person_occupation (occupation, person_id);

-- Every occupation recorded so far becomes the first (and only) of its person's list.
INSERT INTO person_occupation (person_id, position, occupation)
SELECT id, 0, occupation FROM person WHERE occupation IS NOT NULL;
