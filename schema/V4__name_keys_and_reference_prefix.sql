-- Name search by whole name keys (issue 3, "Benchmark"; see NameQuery).
--
-- Matching trigrams of a whole query against every spelling read tens of thousands of index rows for
-- a common given name (p95 525 ms on 300,000 persons). Instead each name of the query is widened to
-- the recorded keys like it, looked up in the small table of distinct keys, and spellings holding
-- those keys come from a GIN index over the array of their keys.
CREATE INDEX person_name_index_keys ON person_name_index USING GIN (string_to_array(name_key, ' '));
DROP INDEX person_name_index_key;

-- Every key ever recorded; a key no longer in use costs nothing but a row, so none is ever removed.
CREATE TABLE name_token (
    token VARCHAR(300) PRIMARY KEY
);
CREATE INDEX name_token_trigrams ON name_token USING GIN (token gin_trgm_ops);
INSERT INTO name_token
SELECT DISTINCT key FROM person_name_index, unnest(string_to_array(name_key, ' ')) AS key WHERE key <> '';

-- Statement-level, so a bulk COPY of spellings adds its keys in one insert, not one per row.
CREATE FUNCTION remember_name_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO name_token
    SELECT DISTINCT key FROM added, unnest(string_to_array(added.name_key, ' ')) AS key WHERE key <> ''
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER person_name_index_remembers_tokens AFTER INSERT ON person_name_index
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION remember_name_tokens();

-- A search for "MZN-2021-00" finds references by prefix; an external server may not use the C collation.
CREATE INDEX violation_case_reference_prefix ON violation_case (reference text_pattern_ops);
