package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Who took a case or a person back as entered by mistake, when and why. The row stays (the audit trail and the
 * revision history point at it, and a reference is never given twice); readers' queries leave it out.
 */
@Embeddable
public class Withdrawal {

    @Column(name = "withdrawn_at")
    private OffsetDateTime at;
    @Column(name = "withdrawn_by")
    private String by;
    @Column(name = "withdrawal_reason")
    private String reason;

    protected Withdrawal() {
    }

    public Withdrawal(String by, Instant at, String reason) {
        this.by = by;
        this.at = at.atOffset(ZoneOffset.UTC);
        this.reason = reason;
    }

    /** The withdrawal an entity holds, if any: JPA reads a live row's three empty columns as no embeddable or an empty one. */
    public static Optional<Withdrawal> recorded(Withdrawal held) {
        return held == null || held.at == null ? Optional.empty() : Optional.of(held);
    }

    public Instant getAt() { return at == null ? null : at.toInstant(); }
    public String getBy() { return by; }
    public String getReason() { return reason; }
}
