-- Case search also by locality, by the notes on the people in a case and by the descriptions of its sources (issue 20),
-- each from an index of its own, as narratives, evidence texts and names are, so that a search adds up their scores
-- (CaseQuery) instead of one OR across tables that would read every case.

-- The keys of a locality's words, every reading of each, space-separated, keyed as names are (NameTokens), so that
-- Nasiriyah, Nasiriya and الناصرية meet; looked up as whole keys from a GIN index, as person_name_index.name_key is
-- (V4). The keying is Java (ICU), so the application fills the column; cases recorded before this version are keyed
-- at start-up (LocalityKeys).
ALTER TABLE violation_case ADD COLUMN locality_keys TEXT;
CREATE INDEX violation_case_locality_keys ON violation_case USING GIN (string_to_array(locality_keys, ' '));
-- Suggestions of known localities (the places of the cases a reader may see) by any part of their name as typed.
CREATE INDEX violation_case_locality_trigrams ON violation_case USING GIN (locality gin_trgm_ops);

-- Free text as the narrative's index reads it: folded as ArabicNames.normalise folds it (NFKC, no diacritics, tatweel or
-- invisible controls, hamza carriers, alef maqsura, taa marbuta and Persian/Kurdish letters to the plain letter,
-- lowercase), then stemmed in Arabic and in English. In SQL, so that the generated columns below index every existing
-- row now; a query is folded by the Java original, and the two agree on every letter listed there.
CREATE FUNCTION mizan_search_vector(content TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT to_tsvector('arabic'::regconfig, folded) || to_tsvector('english'::regconfig, folded)
FROM (SELECT translate(regexp_replace(lower(normalize(coalesce(content, ''), NFKC)),
                                      E'[\u064B-\u0655\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]', '', 'g'),
                       'أإآٱىةؤئکڪیەھہۀ', 'اااايهويككيهههه') AS folded) f
$$;

ALTER TABLE case_party ADD COLUMN notes_search TSVECTOR GENERATED ALWAYS AS (mizan_search_vector(notes)) STORED;
CREATE INDEX case_party_notes_search ON case_party USING GIN (notes_search);

ALTER TABLE case_source ADD COLUMN description_search TSVECTOR GENERATED ALWAYS AS (mizan_search_vector(description)) STORED;
CREATE INDEX case_source_description_search ON case_source USING GIN (description_search);
