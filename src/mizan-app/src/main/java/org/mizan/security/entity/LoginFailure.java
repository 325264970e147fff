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

/** A failed sign-in, kept for as long as it counts towards throttling. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String username;
    @Column(name = "client_address", nullable = false)
    private String clientAddress;
    @Column(name = "failed_at", nullable = false)
    private OffsetDateTime failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String username, String clientAddress, Instant failedAt) {
        this.username = username;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt.atOffset(ZoneOffset.UTC);
    }
}
