package org.mizan.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where {@link BackgroundJobs} keeps its jobs, so that every node sees them and a restart does not forget them: on the
 * server, {@link JobTable}. Outcomes are written once: a job already finished (interrupted by another node meanwhile)
 * keeps the outcome it has.
 */
public interface JobStore {

    /** A job as stored; {@code result} and {@code errorArguments} are JSON. */
    record Row(String id, String group, String kind, String owner, String node, JobState state, double progress,
               String result, String errorKey, String errorArguments, Instant submittedAt, Instant expiresAt) {
    }

    /**
     * Stores a QUEUED job, unless its owner already has {@link JobKind#perUser} unfinished jobs of its group or
     * {@code perUser} in all (409, {@link Conflict}); an owner's submissions take turns, so two at once cannot both
     * slip under a limit.
     */
    void insert(JobKind kind, String id, String owner, String node, int perUser, Instant now);

    Optional<Row> find(String id);

    void running(String id, Instant now);

    /** Never backwards, and only while running. */
    void progress(String id, double fraction);

    /** Whether the job was still unfinished and is now DONE. */
    boolean done(String id, String result, Instant now, Duration kept);

    void failed(String id, String errorKey, String errorArguments, Instant now, Duration kept);

    void delete(String id);

    /** The ids of the finished jobs of {@code kind} and {@code owner} beyond the newest {@code keep}, deleted. */
    List<String> keepNewest(JobKind kind, String owner, int keep);

    /** The ids of the jobs no longer kept, deleted. */
    List<String> deleteExpired(Instant now);

    /** Tells the other nodes that these jobs are still at work here. */
    void heartbeat(Collection<String> ids, Instant now);

    /**
     * Ends as FAILED ({@code errorKey}) every unfinished job of {@code node} (null: none by name) and every one whose
     * server has not answered for it since {@code silentSince}; returns how many.
     */
    int interrupt(String node, Instant silentSince, String errorKey, Instant now, Duration kept);

    /** The id of every stored job, finished or not. */
    List<String> ids();
}
