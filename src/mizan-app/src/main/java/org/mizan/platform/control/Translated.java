package org.mizan.platform.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A message argument that is itself text of the bundles: labels such as a case status, shown in the reader's language
 * like the message around them. A control service knows which labels a refusal needs but not who reads it; the boundary
 * that resolves the message does.
 */
public record Translated(List<String> keys, String separatorKey) {

    /** Between the items of a list ("Verified, Closed"). */
    public static final String LIST = "list.separator";
    /** Between the steps of a way, pointing in the reading direction ("Intake → Verified"). */
    public static final String STEPS = "list.steps";

    public Translated {
        keys = List.copyOf(keys);
    }

    public static Translated list(List<String> keys) {
        return new Translated(keys, LIST);
    }

    public static Translated steps(List<String> keys) {
        return new Translated(keys, STEPS);
    }

    public static Translated label(String key) {
        return list(List.of(key));
    }

    String in(Messages messages) {
        return keys.stream().map(messages::get).collect(Collectors.joining(messages.get(separatorKey)));
    }
}
