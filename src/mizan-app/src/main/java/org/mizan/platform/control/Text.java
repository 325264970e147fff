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
}
