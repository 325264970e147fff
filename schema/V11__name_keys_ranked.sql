-- Name search for one common name (issue 3, "Benchmark"; see NameQuery).
--
-- A query of one name ("محمد", "Kazem") is matched by every spelling holding its key: ~22,000 of 460,000 for
-- the commonest given names. The GIN index over key arrays finds them, but ranking them (shortest chain first,
-- then alphabetically) meant fetching and sorting every one: 40-150 ms, the slowest queries of the benchmark.
-- Here every key of every spelling is a row, in ranking order within its key, so the best spellings holding a
-- key are the first entries of one B-tree range: a few milliseconds however common the name.
ALTER TABLE person_name_index ADD COLUMN id BIGSERIAL PRIMARY KEY;

CREATE TABLE person_name_key (
    token     VARCHAR(300) NOT NULL,
    -- How many names the spelling's chain has: the first ranking criterion after an exact match.
    key_count SMALLINT     NOT NULL,
    name_key  VARCHAR(300) NOT NULL,
    person_id BIGINT       NOT NULL,
    entry_id  BIGINT       NOT NULL REFERENCES person_name_index (id) ON DELETE CASCADE
);
INSERT INTO person_name_key (token, key_count, name_key, person_id, entry_id)
SELECT DISTINCT k.token, cardinality(string_to_array(n.name_key, ' ')), n.name_key, n.person_id, n.id
FROM person_name_index n, unnest(string_to_array(n.name_key, ' ')) AS k(token)
WHERE k.token <> '';
CREATE INDEX person_name_key_ranked ON person_name_key (token, key_count, name_key, person_id, entry_id);
CREATE INDEX person_name_key_entry ON person_name_key (entry_id);

-- Statement-level like remember_name_tokens, so a bulk COPY of spellings costs one insert here.
CREATE FUNCTION index_name_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO person_name_key (token, key_count, name_key, person_id, entry_id)
    SELECT DISTINCT k.token, cardinality(string_to_array(added.name_key, ' ')), added.name_key, added.person_id, added.id
    FROM added, unnest(string_to_array(added.name_key, ' ')) AS k(token)
    WHERE k.token <> '';
    RETURN NULL;
END
$$;
CREATE TRIGGER person_name_index_indexes_keys AFTER INSERT ON person_name_index
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION index_name_keys();
