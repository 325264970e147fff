package org.mizan.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A user's TOTP authenticator: the shared secret (sealed under the data key), one waiting to be
 * confirmed, and the last time step a code was accepted for. Its id is the user's id.
 */
@Entity
@Table(name = "user_second_factor")
public class SecondFactor {

    public static final String TABLE = "user_second_factor";
    public static final String SECRET_COLUMN = "secret_enc";
    public static final String PENDING_SECRET_COLUMN = "pending_secret_enc";

    @Id
    private Long id;
    @Column(name = SECRET_COLUMN)
    private String sealedSecret;
    @Column(name = PENDING_SECRET_COLUMN)
    private String sealedPendingSecret;
    @Column(name = "enrolled_at")
    private OffsetDateTime enrolledAt;
    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;
    @Column(name = "reenrol_required", nullable = false)
    private boolean reenrolRequired;
    @Version
    private long version;

    protected SecondFactor() {
    }

    public SecondFactor(AppUser user) {
        this.id = user.getId();
    }

    public Long getId() {
        return id;
    }

    public boolean isEnrolled() {
        return enrolledAt != null;
    }

    public Instant getEnrolledAt() {
        return enrolledAt == null ? null : enrolledAt.toInstant();
    }

    public String sealedSecret() {
        return sealedSecret;
    }

    public String sealedPendingSecret() {
        return sealedPendingSecret;
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }

    public boolean isReenrolRequired() {
        return reenrolRequired;
    }

    public void offer(String sealedSecret) {
        this.sealedPendingSecret = sealedSecret;
    }

    /** The waiting secret, re-sealed for its own column, becomes the one codes are checked against. */
    public void enrol(String resealedSecret, long confirmedStep, Instant now) {
        this.sealedSecret = resealedSecret;
        this.sealedPendingSecret = null;
        this.enrolledAt = now.atOffset(ZoneOffset.UTC);
        this.lastUsedStep = confirmedStep;
        this.reenrolRequired = false;
    }

    public void spend(long step) {
        this.lastUsedStep = Math.max(lastUsedStep, step);
    }

    /** Forgets the authenticator; the user must set up a new one before going on. */
    public void requireReenrolment() {
        this.sealedSecret = null;
        this.sealedPendingSecret = null;
        this.enrolledAt = null;
        this.lastUsedStep = 0;
        this.reenrolRequired = true;
    }
}
