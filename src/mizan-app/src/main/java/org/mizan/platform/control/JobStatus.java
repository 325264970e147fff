package org.mizan.platform.control;

import java.time.Instant;

/**
 * What the owner of a background job may learn of it: {@code result} once DONE; {@code errorKey} (a message of the
 * bundles, with its arguments) once FAILED, never an exception's text; {@code expiresAt}, when it will be forgotten,
 * once finished; {@code kind}, the {@link JobKind#name} of the job (a group has several).
 */
public record JobStatus<R>(String id, String kind, JobState state, double progress, R result, String errorKey,
                           Object[] errorArguments, Instant submittedAt, Instant expiresAt) {
}
