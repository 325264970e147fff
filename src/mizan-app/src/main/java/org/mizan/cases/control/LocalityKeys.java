package org.mizan.cases.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a case's locality is found: keyed word by word as names are ({@link NameTokens}, with every reading of a Latin
 * spelling), so that "Nasiriyah", "Nasiriya" and «الناصرية» share a key, and "Tahrir" finds «ساحة التحرير». A locality
 * matches when each word asked for shares a key with one of its words; the keys are stored space-separated in
 * {@code violation_case.locality_keys} and looked up as whole keys from a GIN index (V25).
 */
final class LocalityKeys {

    /** Words of a locality asked for; a longer query is no place name. */
    private static final int MAX_WORDS = 6;

    private LocalityKeys() {
    }

    /** The keys to store for a locality, space-separated; null when it has none (no locality, or digits only). */
    static String of(String locality) {
        Set<String> keys = new LinkedHashSet<>();
        words(locality).forEach(keys::addAll);
        return keys.isEmpty() ? null : String.join(" ", keys);
    }

    /** SQL true when the locality of case {@code c} holds every word of {@code text}; empty when nothing in it keys. */
    static Optional<SqlStatement> condition(String text) {
        List<Set<String>> words = words(text);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        SqlStatement.Builder sql = new SqlStatement.Builder();
        for (Set<String> readings : words) {
            sql.append((sql.isEmpty() ? "" : " AND ") + "string_to_array(c.locality_keys, ' ') && string_to_array(?, ' ')",
                    String.join(" ", readings));
        }
        return Optional.of(sql.build());
    }

    /** Whether a locality holds every word of {@code text}, as {@link #condition} decides in SQL. */
    static boolean matches(String locality, String text) {
        List<Set<String>> asked = words(text);
        String stored = of(locality);
        if (asked.isEmpty() || asked.size() > MAX_WORDS || stored == null) {
            return false;
        }
        Set<String> keys = Set.of(stored.split(" "));
        return asked.stream().allMatch(readings -> readings.stream().anyMatch(keys::contains));
    }

    /** Each word's readings; keys are letters, and anything else a pattern or an array literal could read goes. */
    private static List<Set<String>> words(String text) {
        List<Set<String>> words = new ArrayList<>();
        for (NameToken token : NameTokens.of(text)) {
            Set<String> readings = new LinkedHashSet<>();
            token.readings().stream().map(r -> r.replaceAll("[^\\p{L}']", "")).filter(r -> !r.isEmpty()).forEach(readings::add);
            if (!readings.isEmpty()) {
                words.add(readings);
            }
        }
        return words;
    }
}
