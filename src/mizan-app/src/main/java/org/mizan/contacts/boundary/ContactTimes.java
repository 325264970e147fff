package org.mizan.contacts.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates and times on the contact pages: ISO days, and instants to the minute in UTC like the rest of Mizan. */
final class ContactTimes {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ContactTimes() {
    }

    static String minute(Instant instant) {
        return instant == null ? null : MINUTE.format(instant);
    }

    static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Today in UTC: never later than the service's "today" (the latest date anywhere), so a form's default date is never refused. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
