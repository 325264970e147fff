package org.mizan.audit.entity;

import java.time.Instant;

/** Which audit entries to show; a null field does not filter. */
public record AuditFilter(String username, String action, Outcome outcome, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
