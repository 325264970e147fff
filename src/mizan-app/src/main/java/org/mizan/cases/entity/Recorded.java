package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Who recorded a record and who changed it last, and the version that guards against lost updates. */
@MappedSuperclass
public abstract class Recorded {

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Version
    private long version;

    protected Recorded() {
    }

    protected Recorded(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        touch(createdBy, now);
    }

    public final void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Instant getCreatedAt() { return createdAt.toInstant(); }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt.toInstant(); }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
