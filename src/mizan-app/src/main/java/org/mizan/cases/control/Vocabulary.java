package org.mizan.cases.control;

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
 * two meanings means nothing: a value that cannot be read must be reported, never guessed.
 */
public final class Vocabulary<T> {

    private final Function<String, String> keys;
    private final Map<String, T> meanings = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    public Vocabulary(Function<String, String> keys) {
        this.keys = keys;
    }

    /** An enum's constants by their own names and by {@code words}. */
    public static <E extends Enum<E>> Vocabulary<E> of(Class<E> type, Map<E, List<String>> words) {
        Vocabulary<E> vocabulary = new Vocabulary<>(FoldedText::key);
        for (E constant : type.getEnumConstants()) {
            vocabulary.add(constant, List.of(constant.name()));
            vocabulary.add(constant, words.getOrDefault(constant, List.of()));
        }
        return vocabulary;
    }

    public Vocabulary<T> add(T meaning, Collection<String> words) {
        for (String word : words) {
            String key = keys.apply(word);
            T earlier = key.isEmpty() ? null : meanings.putIfAbsent(key, meaning);
            if (earlier != null && !earlier.equals(meaning)) {
                ambiguous.add(key);
            }
        }
        return this;
    }

    public Optional<T> find(String text) {
        String key = keys.apply(text);
        return ambiguous.contains(key) ? Optional.empty() : Optional.ofNullable(meanings.get(key));
    }
}
