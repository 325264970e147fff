package org.mizan.platform.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Times people type and read on the pages — a hearing, when evidence was collected — are Baghdad's wall-clock time,
 * whatever the browser's or the server's zone, and the labels say so; instants are what is kept.
 */
public final class BaghdadTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Baghdad");

    private BaghdadTime() {
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
