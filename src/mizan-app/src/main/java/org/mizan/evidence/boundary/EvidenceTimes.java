package org.mizan.evidence.boundary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times on the evidence pages, in UTC like the rest of Mizan: to the minute in lists, to the second in
 * the chain of custody (two views a few seconds apart are two events, and a court may ask which came first).
 */
final class EvidenceTimes {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private EvidenceTimes() {
    }

    static String minute(Instant instant) {
        return instant == null ? null : MINUTE.format(instant);
    }

    static String second(Instant instant) {
        return instant == null ? null : SECOND.format(instant);
    }
}
