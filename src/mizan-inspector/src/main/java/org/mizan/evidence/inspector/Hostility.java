package org.mizan.evidence.inspector;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a hostile file in what a parser said when it stopped — an exception, or the stack
 * trace Tika records for an embedded document — by the words of the limits that stopped it.
 */
final class Hostility {

    private Hostility() {
    }

    static Optional<Refusal> in(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return in(messages.toString());
    }

    static Optional<Refusal> in(String said) {
        if (said == null) {
            return Optional.empty();
        }
        String text = said.toLowerCase(Locale.ROOT);
        if (text.contains("entity expansion") || text.contains("jaxp00010") || text.contains("doctype is disallowed")
                || text.contains("levels of xml element nesting")) {
            return Optional.of(Refusal.XML_BOMB);
        }
        if (text.contains("levels of package entry nesting") || text.contains("max embedded depth")) {
            return Optional.of(Refusal.NESTED_TOO_DEEP);
        }
        if (text.contains("zip bomb")) {
            return Optional.of(Refusal.ZIP_BOMB);
        }
        return Optional.empty();
    }
}
