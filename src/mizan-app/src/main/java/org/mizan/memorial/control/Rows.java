package org.mizan.memorial.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Columns of native queries as Java values: the driver hands timestamps back in more than one type. */
final class Rows {

    private Rows() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
