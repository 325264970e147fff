package org.mizan.legal.boundary;

import org.mizan.platform.boundary.BaghdadTime;
import org.mizan.platform.boundary.TypedDates;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Hearing times on the pages: courts sit on Baghdad time, so a lawyer types and reads the time the
 * court gave, whatever the browser's or the server's zone. Instants are kept; only the pages convert.
 */
final class CourtTime {

    static final ZoneId ZONE = BaghdadTime.ZONE;

    private CourtTime() {
    }

    static String text(Instant instant) {
        return instant == null ? "" : TypedDates.DATE_TIME.format(BaghdadTime.local(instant));
    }
}
