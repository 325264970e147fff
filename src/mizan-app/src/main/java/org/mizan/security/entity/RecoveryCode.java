package org.mizan.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One single-use code that stands in for the authenticator; only its hash is kept. */
@Entity
@Table(name = "user_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "code_hash", nullable = false)
    private String codeHash;
    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(AppUser user, String codeHash) {
        this.userId = user.getId();
        this.codeHash = codeHash;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public void use(Instant now) {
        this.usedAt = now.atOffset(ZoneOffset.UTC);
    }
}
