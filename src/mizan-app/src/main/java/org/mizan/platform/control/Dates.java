package org.mizan.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates and instants from the wire (ISO: 2019-10-25, 2026-01-31T12:00:00Z): a malformed one is a field error, not a parse failure. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.date");
        }
    }

    public static java.time.Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "validation.instant");
        }
    }
}
