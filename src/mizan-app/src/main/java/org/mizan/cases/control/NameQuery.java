package org.mizan.cases.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mizan.security.control.CaseReader;

/**
 * A name as searched for, and how it becomes SQL over the name index.
 *
 * <p>The query is keyed the way every recorded spelling is ({@link ArabicNames#latinKey}: one
 * cross-script key per name of the chain). Each key is first widened to the recorded keys like it
 * (table {@code name_token}: trigram similarity, or a prefix while someone is still typing); a
 * spelling then matches when it holds one of the widened keys for every name asked for — for chains
 * of three names or more, for all but one, so a chain with or without the grandfather's name still
 * matches. Both steps are answered from GIN indexes over whole keys, so a common given name costs
 * little more than a rare one; matching trigrams of the whole query against every spelling, as a
 * first version did, read tens of thousands of index rows for a common name.
 *
 * <p>Spellings holding every key exactly come first, shortest chain first; the score shown is the
 * trigram word similarity of the query to the spelling, computed only for the rows returned. A query of one
 * name is ranked from {@code person_name_key} instead (V11), whose B-tree holds each key's spellings in
 * ranking order: the commonest given name matches ~5% of all spellings, and fetching and sorting them all
 * was the slowest query of the benchmark.
 */
public final class NameQuery {

    /** A person found, by which spelling, and how closely. */
    public record Hit(long personId, String spelling, double score) {
    }

    /** Names of a chain searched for; the rest of a longer query is ignored. */
    static final int MAX_NAMES = 6;
    /** How like a recorded key must be to a key asked for (pg_trgm similarity). */
    static final double SIMILAR = 0.5;
    /** Recorded keys considered for each key asked for, most similar first. */
    private static final int LIKE_EACH = 12;
    /** Candidate spellings read per round when finding persons; the round repeats while the reader may see too few. */
    private static final int ROUND = 100;
    private static final int MAX_ROUNDS = 5;
    private static final String KEYS = "string_to_array(n.name_key, ' ')";

    private final String normalised;
    private final List<String> keys;
    /** For each key, the other keys its spelling may stand for (Musawi for الموسوي: see {@link NameToken#readings}). */
    private final List<Set<String>> readings;
    private final NameChain chain;

    private NameQuery(String normalised, List<String> keys, List<Set<String>> readings, NameChain chain) {
        this.normalised = normalised;
        this.chain = chain;
        this.keys = keys;
        this.readings = readings;
    }

    public static NameQuery of(String text) {
        String normalised = ArabicNames.normalise(text).strip();
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (NameToken token : NameTokens.of(text)) {
            // Keys are letters; anything a LIKE pattern would read as a wildcard goes.
            String clean = token.key().replaceAll("[%_\\\\]", "");
            if (!clean.isEmpty() && (keys.size() < MAX_NAMES || keys.containsKey(clean))) {
                keys.computeIfAbsent(clean, k -> new LinkedHashSet<>()).addAll(token.readings());
            }
        }
        return new NameQuery(normalised, List.copyOf(keys.keySet()), keys.values().stream().map(Set::copyOf).toList(),
                NameChain.of(text));
    }

    public boolean isBlank() {
        return normalised.isEmpty();
    }

    /**
     * How the query matches spellings ({@code person_name_index n}), once the recorded keys like each
     * of its keys are known; empty when nothing recorded can match.
     */
    public Optional<Matching> matching(SqlRunner db) {
        if (isBlank()) {
            return Optional.empty();
        }
        if (keys.isEmpty()) {
            // No letter that keys (digits, say): fall back to trigrams of the normalised text.
            SqlStatement condition = new SqlStatement("? <% n.normalised", List.of(normalised));
            return Optional.of(new Matching(condition, new SqlStatement("word_similarity(?, n.normalised) DESC, n.person_id",
                    List.of(normalised)), null));
        }
        List<Set<String>> alternatives = alternatives(db);
        List<SqlStatement> each = new ArrayList<>();
        int missing = 0;
        for (Set<String> like : alternatives) {
            if (like.isEmpty()) {
                missing++;
            } else {
                each.add(holdsAny(like));
            }
        }
        int allowedMissing = keys.size() >= 3 ? 1 : 0;
        if (missing > allowedMissing) {
            return Optional.empty();
        }
        SqlStatement condition = missing == 0 && allowedMissing == 1 ? allButOne(each) : all(each);
        SqlStatement order = new SqlStatement(KEYS + " @> string_to_array(?, ' ') DESC, cardinality(" + KEYS
                + "), n.name_key, n.person_id, n.id", List.of(String.join(" ", keys)));
        return Optional.of(new Matching(condition, order, keys.size() == 1 ? alternatives.get(0) : null));
    }

    /** For each key asked for, the recorded keys like it. */
    private List<Set<String>> alternatives(SqlRunner db) {
        List<Object[]> rows = db.rows(new SqlStatement("SELECT q.position, t.token, similarity(q.key, t.token) "
                + "FROM unnest(string_to_array(?, ' ')) WITH ORDINALITY AS q(key, position) CROSS JOIN LATERAL "
                + "(SELECT token FROM name_token WHERE token % q.key OR (length(q.key) >= 2 AND token LIKE q.key || '%') "
                + "ORDER BY similarity(q.key, token) DESC, token LIMIT " + LIKE_EACH + ") t", List.of(String.join(" ", keys))));
        List<Set<String>> alternatives = new ArrayList<>();
        keys.forEach(key -> alternatives.add(new LinkedHashSet<>()));
        for (Object[] row : readingsRecorded(db)) {
            alternatives.get(((Number) row[0]).intValue() - 1).add((String) row[1]);
        }
        for (Object[] row : rows) {
            int position = ((Number) row[0]).intValue() - 1;
            String token = (String) row[1];
            String key = keys.get(position);
            if (token.equals(key) || ((Number) row[2]).doubleValue() >= SIMILAR || key.length() >= 2 && token.startsWith(key)) {
                alternatives.get(position).add(token);
            }
        }
        return alternatives;
    }

    /**
     * (position, key) for every reading of a key asked for that is recorded as it is: a primary-key lookup each, so
     * "Sajjad al-Musawi" meets الموسوي however unlike their keys look to trigrams.
     */
    private List<Object[]> readingsRecorded(SqlRunner db) {
        List<String> positions = new ArrayList<>();
        List<String> spelled = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String reading : readings.get(i)) {
                positions.add(String.valueOf(i + 1));
                spelled.add(reading);
            }
        }
        return db.rows(new SqlStatement("SELECT q.position, t.token FROM unnest(string_to_array(?, ' ')::int[], "
                + "string_to_array(?, ' ')) AS q(position, reading) JOIN name_token t ON t.token = q.reading",
                List.of(String.join(" ", positions), String.join(" ", spelled))));
    }

    /** Keys hold no spaces, so a list of them travels as one parameter (EclipseLink mangles {@code ARRAY[?]}). */
    private static SqlStatement holdsAny(Collection<String> tokens) {
        return new SqlStatement(KEYS + " && string_to_array(?, ' ')", List.of(String.join(" ", tokens)));
    }

    private static SqlStatement all(List<SqlStatement> conditions) {
        SqlStatement.Builder sql = new SqlStatement.Builder().append("(");
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(conditions.get(i));
        }
        return sql.append(")").build();
    }

    /** At least all but one of the conditions: an OR of the ANDs that each leave one out, which GIN answers. */
    private static SqlStatement allButOne(List<SqlStatement> conditions) {
        SqlStatement.Builder sql = new SqlStatement.Builder().append("(");
        for (int left = 0; left < conditions.size(); left++) {
            List<SqlStatement> others = new ArrayList<>(conditions);
            others.remove(left);
            sql.append(left == 0 ? "" : " OR ").append(all(others));
        }
        return sql.append(")").build();
    }

    /** The query's match condition and ranking order over the name index aliased {@code n}. */
    public final class Matching {
        private static final String SCORED = "SELECT n.person_id, n.spelling, greatest(word_similarity(?, n.name_key), "
                + "word_similarity(?, n.normalised)) AS score FROM ";
        private static final String KEY_COLUMNS = "k.key_count, k.name_key, k.person_id";
        private static final String KEY_RANK = KEY_COLUMNS + ", k.entry_id";

        private final SqlStatement condition;
        private final SqlStatement order;
        /** For a query of one name, the recorded keys like it; null otherwise. */
        private final Set<String> oneNameAlternatives;

        private Matching(SqlStatement condition, SqlStatement order, Set<String> oneNameAlternatives) {
            this.condition = condition;
            this.order = order;
            this.oneNameAlternatives = oneNameAlternatives;
        }

        /** Rows (person id, spelling, score) of the best {@code limit} matching spellings after {@code offset}. */
        public SqlStatement ranked(int limit, int offset) {
            String key = keys.isEmpty() ? normalised : String.join(" ", keys);
            if (oneNameAlternatives != null) {
                return rankedByKey(key, limit, offset);
            }
            return new SqlStatement.Builder()
                    .append(SCORED + "(SELECT n.person_id, n.spelling, n.name_key, n.normalised, n.id FROM person_name_index n WHERE ",
                            key, normalised)
                    .append(condition).append(" ORDER BY ").append(order)
                    .append(" LIMIT " + limit + " OFFSET " + offset + ") n").build();
        }

        /**
         * The same ranking for one name, read from {@code person_name_key} in index order: first the spellings holding
         * the key itself, then those holding only a key like it. Each key's best {@code limit + offset} are a B-tree range
         * each, so a common name costs as little as a rare one; a spelling holding two keys like it is counted once.
         */
        private SqlStatement rankedByKey(String key, int limit, int offset) {
            int needed = limit + offset;
            SqlStatement.Builder sql = new SqlStatement.Builder().append(SCORED + "(SELECT r.entry_id, r.tier, r.key_count, "
                            + "r.name_key, r.person_id FROM ((SELECT k.entry_id, 0 AS tier, " + KEY_COLUMNS + " FROM person_name_key k "
                            + "WHERE k.token = ? ORDER BY " + KEY_RANK + " LIMIT " + needed + ")", key, normalised, key);
            List<String> like = oneNameAlternatives.stream().filter(token -> !token.equals(key)).toList();
            if (!like.isEmpty()) {
                sql.append(" UNION ALL (SELECT DISTINCT a.entry_id, 1, a.key_count, a.name_key, a.person_id FROM (");
                for (int i = 0; i < like.size(); i++) {
                    sql.append((i == 0 ? "" : " UNION ALL ") + "(SELECT k.entry_id, " + KEY_COLUMNS + " FROM person_name_key k WHERE "
                            + "k.token = ? AND NOT string_to_array(k.name_key, ' ') @> string_to_array(?, ' ') ORDER BY " + KEY_RANK + " LIMIT "
                            + needed + ")", like.get(i), key);
                }
                sql.append(") a ORDER BY a.key_count, a.name_key, a.person_id, a.entry_id LIMIT " + needed + ")");
            }
            String rank = "r.tier, r.key_count, r.name_key, r.person_id, r.entry_id";
            return sql.append(") r ORDER BY " + rank + " LIMIT " + limit + " OFFSET " + offset
                    + ") r JOIN person_name_index n ON n.id = r.entry_id ORDER BY " + rank).build();
        }

        /**
         * Up to {@code limit} matching spellings as (person, score), the best first when {@code ranked};
         * otherwise whichever the index yields first, which spares sorting every match of a common name.
         */
        public List<Hit> spellings(SqlRunner db, int limit, boolean ranked) {
            SqlStatement statement = ranked ? ranked(limit, 0) : new SqlStatement.Builder()
                    .append("SELECT n.person_id, n.spelling, 0 FROM person_name_index n WHERE ").append(condition)
                    .append(" LIMIT " + limit).build();
            return hits(db.rows(statement));
        }

        /**
         * The best {@code limit} persons the reader may see, best first. Candidates are read in rounds in
         * ranking order and checked for visibility a round at a time, so a common name costs one round.
         */
        public List<Hit> persons(SqlRunner db, CaseReader reader, int limit) {
            Map<Long, Hit> found = new LinkedHashMap<>();
            Set<Long> checked = new HashSet<>();
            int round = Math.max(ROUND, 4 * limit);
            for (int offset = 0, rounds = 0; found.size() < limit && rounds < MAX_ROUNDS; offset += round, rounds++) {
                List<Hit> candidates = hits(db.rows(ranked(round, offset)));
                Set<Long> unchecked = candidates.stream().map(Hit::personId).filter(checked::add).collect(Collectors.toSet());
                Set<Long> visible = visible(db, unchecked, reader);
                for (Hit hit : candidates) {
                    if (visible.contains(hit.personId())) {
                        found.merge(hit.personId(), hit, (a, b) -> b.score() > a.score() ? b : a);
                    }
                }
                if (candidates.size() < round) {
                    break;
                }
            }
            return found.values().stream().sorted(best()).limit(limit).toList();
        }
    }

    /**
     * Best first: for a chain, by how likely it is the same person's ({@link NameChain#similarity}, which the duplicate
     * check weighs too), so the chain asked for comes before a cousin's or a father's that shares its names; then, and
     * for a single name, by trigram score.
     */
    private Comparator<Hit> best() {
        Comparator<Hit> byScore = Comparator.comparingDouble(Hit::score).reversed();
        if (keys.size() < 2) {
            return byScore;
        }
        Map<String, Double> likeness = new HashMap<>();
        return Comparator.<Hit>comparingDouble(hit -> -likeness.computeIfAbsent(hit.spelling(), spelling -> chain.similarity(NameChain.of(spelling))))
                .thenComparing(byScore);
    }

    private static List<Hit> hits(List<Object[]> rows) {
        return rows.stream().map(row -> new Hit(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).doubleValue())).toList();
    }

    private static Set<Long> visible(SqlRunner db, Set<Long> ids, CaseReader reader) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // The ids are numbers read from the database, not input, so they can stand in the SQL.
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return db.rows(new SqlStatement("SELECT p.id FROM person p WHERE p.id IN (" + list + ") AND p.merged_into IS NULL AND "
                + PersonService.visibleSql("p", reader), List.of())).stream()
                .map(row -> ((Number) row[0]).longValue()).collect(Collectors.toSet());
    }
}
