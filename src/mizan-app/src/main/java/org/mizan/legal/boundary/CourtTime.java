package org.mizan.legal.boundary;

import org.mizan.platform.boundary.BaghdadTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Hearing times on the pages: courts sit on Baghdad time, so a lawyer types and reads the time the
 * court gave, whatever the browser's or the server's zone. Instants are kept; only the pages convert.
 */
final class CourtTime {

    static final ZoneId ZONE = BaghdadTime.ZONE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CourtTime() {
    }

    static LocalDateTime local(Instant instant) {
        return BaghdadTime.local(instant);
    }

    static Instant instant(LocalDateTime local) {
        return BaghdadTime.instant(local);
    }

    static String text(Instant instant) {
        return instant == null ? "" : MINUTE.format(local(instant));
    }
}
