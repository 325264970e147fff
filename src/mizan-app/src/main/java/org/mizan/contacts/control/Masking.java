package org.mizan.contacts.control;

import java.util.List;

/**
 * How contact details look until someone reveals them: a phone number keeps its last four digits
 * (enough to tell two numbers apart on a call), everything else is dots.
 */
public final class Masking {

    public static final String DOTS = "••••";

    private Masking() {
    }

    public static String phone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.length() < 7 ? DOTS : DOTS + " " + digits.substring(digits.length() - 4);
    }

    public static List<String> phones(List<String> phones) {
        return phones.stream().map(Masking::phone).toList();
    }

    /** Dots where there is something, nothing where there is nothing. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : DOTS;
    }

    public static List<String> texts(List<String> values) {
        return values.stream().map(v -> DOTS).toList();
    }

    /** True when a value sent back looks like a mask, i.e. the sender never saw the real one. */
    public static boolean looksMasked(String value) {
        return value != null && value.contains("•");
    }
}
