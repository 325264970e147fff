package org.mizan.security.control;

import java.time.Instant;

/** A web session or API token of a user that still works, as its owner sees it: no secret in it. */
public record ActiveSignIn(SignInRef.Kind kind, Instant createdAt, Instant lastUsedAt, String clientAddress,
                           boolean current) {
}
