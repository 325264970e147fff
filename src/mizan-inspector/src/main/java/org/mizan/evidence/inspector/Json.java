package org.mizan.evidence.inspector;

import java.util.List;
import java.util.Map;

/**
 * Just enough JSON to write a {@link Finding}: the worker carries no JSON library of its own, and
 * everything it writes comes from a hostile file, so every string is escaped here, control
 * characters included.
 */
final class Json {

    private final StringBuilder out = new StringBuilder("{");

    Json field(String name, Object value) {
        if (value == null) {
            return this;
        }
        name(name);
        if (value instanceof String text) {
            string(text);
        } else {
            out.append(value);
        }
        return this;
    }

    Json object(String name, Map<String, List<String>> values) {
        name(name);
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(entry.getKey());
            out.append(':');
            if (entry.getValue().size() == 1) {
                string(entry.getValue().get(0));
            } else {
                out.append('[');
                for (int i = 0; i < entry.getValue().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(entry.getValue().get(i));
                }
                out.append(']');
            }
        }
        out.append('}');
        return this;
    }

    String close() {
        return out.append('}').toString();
    }

    private void name(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        string(name);
        out.append(':');
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A surrogate that is half of a pair; a lone one would not survive UTF-8 and is escaped instead. */
    private static boolean pairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
