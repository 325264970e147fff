package org.mizan.cases.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A cell or value naming one thing or several ("Abduction; Torture", "صحفي وناشط", "journalist and protester"), read
 * through a vocabulary: the whole text as one value first, then split. Violation types and occupations are read this
 * way, so a spreadsheet lists both the same way.
 */
public final class SeveralValues {

    /**
     * Ways of splitting, most certain first. The slash and a و joined to the next word may also be part of one value's
     * name, so a split on them counts only if every part is then understood.
     */
    private static final List<Split> SPLITS = List.of(
            new Split(Pattern.compile("[;,،؛|+\\n]"), false),
            new Split(Pattern.compile("\\s+(?:and|&|و)\\s+", Pattern.CASE_INSENSITIVE), false),
            new Split(Pattern.compile("/"), true),
            new Split(Pattern.compile("\\s+و(?=\\S)"), true));

    private SeveralValues() {
    }

    /** The values a text names, in the order found, each once, and the parts of it that name none (as written, once). */
    public record Match<T>(List<T> values, List<String> unknown) {
        public Match {
            values = List.copyOf(new LinkedHashSet<>(values));
            unknown = List.copyOf(new LinkedHashSet<>(unknown));
        }
    }

    /** What {@code raw} names, each part looked up by {@code find}; null names nothing. */
    public static <T> Match<T> read(String raw, Function<String, Optional<T>> find) {
        return raw == null ? new Match<>(List.of(), List.of()) : read(raw.strip(), 0, find);
    }

    /** The whole text as one value first: labels hold separators ("اختطاف / إخفاء قسري", "Torture and ill-treatment"). */
    private static <T> Match<T> read(String text, int level, Function<String, Optional<T>> find) {
        Optional<T> value = find.apply(text);
        if (value.isPresent()) {
            return new Match<>(List.of(value.get()), List.of());
        }
        for (int next = level; next < SPLITS.size(); next++) {
            List<String> parts = SPLITS.get(next).parts(text);
            if (parts.size() == 1 && !parts.get(0).equals(text)) {
                return read(parts.get(0), next + 1, find);
            }
            if (parts.size() > 1) {
                List<T> values = new ArrayList<>();
                List<String> unknown = new ArrayList<>();
                for (String part : parts) {
                    Match<T> match = read(part, next + 1, find);
                    values.addAll(match.values());
                    unknown.addAll(match.unknown());
                }
                if (unknown.isEmpty() || !SPLITS.get(next).allOrNothing()) {
                    return new Match<>(values, unknown);
                }
            }
        }
        return text.isEmpty() ? new Match<>(List.of(), List.of()) : new Match<>(List.of(), List.of(text));
    }

    private record Split(Pattern separator, boolean allOrNothing) {
        List<String> parts(String text) {
            return Arrays.stream(separator.split(text)).map(String::strip).filter(part -> !part.isEmpty()).toList();
        }
    }
}
