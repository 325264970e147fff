package org.mizan.platform.control;

import java.time.Duration;

/**
 * A kind of background job and the parts of the {@link BackgroundJobs} policy that differ between kinds.
 *
 * @param group       the jobs one resource answers for: a job is found only through a kind of its own group (an import's
 *                    id asked for as a report's does not exist), and the group's per-user limit counts them together
 * @param name        what the log calls such a job
 * @param perUser     unfinished jobs of the group one user may have, within the limit {@link BackgroundJobs} sets for
 *                    all of a user's jobs
 * @param busyKey     the message of the 409 when the group's limit is reached
 * @param kept        how long a finished job waits for its owner to fetch the outcome
 * @param keptPerUser finished jobs of this kind kept per user; the oldest go first, so an owner who never fetches
 *                    cannot fill the server's memory
 * @param failedKey   what the owner is told of a failure that is not theirs to fix
 * @param goneKey     what the owner is told when what the job works on disappeared meanwhile
 */
public record JobKind(String group, String name, int perUser, String busyKey, Duration kept, int keptPerUser,
                      String failedKey, String goneKey) {

    /** A kind of its own group, limited only by the limit on all of a user's jobs. */
    public static JobKind of(String name, Duration kept, int keptPerUser, String failedKey, String goneKey) {
        return new JobKind(name, name, Integer.MAX_VALUE, null, kept, keptPerUser, failedKey, goneKey);
    }

    /** This kind in {@code group}, of which a user may have at most {@code perUser} unfinished jobs (409 {@code busyKey}). */
    public JobKind limited(String group, int perUser, String busyKey) {
        return new JobKind(group, name, perUser, busyKey, kept, keptPerUser, failedKey, goneKey);
    }

    /** The same policy, in the same group, under another name. */
    public JobKind named(String other) {
        return new JobKind(group, other, perUser, busyKey, kept, keptPerUser, failedKey, goneKey);
    }
}
