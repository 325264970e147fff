package org.mizan.cases.boundary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** When something happened to a case, as the case page shows it: to the minute, in UTC. */
final class CaseTimestamps {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private CaseTimestamps() {
    }

    static String format(Instant instant) {
        return TIME.format(instant);
    }
}
