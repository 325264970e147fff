package org.mizan.imports.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A vocabulary: words (in any language and spelling) and what they mean, looked up by exact folded key. A key given
 * two meanings means nothing: the importer must report a value it cannot read, never pick one.
 */
final class ImportWords<T> {

    private final Function<String, String> keys;
    private final Map<String, T> meanings = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    ImportWords(Function<String, String> keys) {
        this.keys = keys;
    }

    /** An enum's constants by their own names and by {@code words}. */
    static <E extends Enum<E>> ImportWords<E> of(Class<E> type, Map<E, List<String>> words) {
        ImportWords<E> vocabulary = new ImportWords<>(ImportText::key);
        for (E constant : type.getEnumConstants()) {
            vocabulary.add(constant, List.of(constant.name()));
            vocabulary.add(constant, words.getOrDefault(constant, List.of()));
        }
        return vocabulary;
    }

    ImportWords<T> add(T meaning, Collection<String> words) {
        for (String word : words) {
            String key = keys.apply(word);
            T earlier = key.isEmpty() ? null : meanings.putIfAbsent(key, meaning);
            if (earlier != null && !earlier.equals(meaning)) {
                ambiguous.add(key);
            }
        }
        return this;
    }

    Optional<T> find(String text) {
        String key = keys.apply(text);
        return ambiguous.contains(key) ? Optional.empty() : Optional.ofNullable(meanings.get(key));
    }
}
