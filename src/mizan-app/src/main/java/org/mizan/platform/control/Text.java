package org.mizan.platform.control;

/** Small rules for text typed by people, shared by forms, JSON bodies and services. */
public final class Text {

    private Text() {
    }

    /**
     * The text without the white space around it, or null when nothing is left: a field left empty (or holding only
     * spaces) was not given, and is stored and compared as absent rather than as an empty string.
     */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The value between Unicode's first-strong isolate and its closing mark (FSI … PDI): inside a sentence it keeps its
     * own direction, so "1234/ج/2020" or a Latin name in an Arabic sentence, or an Arabic name in an English one, is
     * not reordered with the words around it.
     */
    public static String isolated(String value) {
        return value == null ? null : "\u2068" + value + "\u2069";
    }
}
