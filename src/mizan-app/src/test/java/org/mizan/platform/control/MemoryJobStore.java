package org.mizan.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link JobStore} in memory, with the contract {@link JobTable} keeps in PostgreSQL, so that the policy of
 * {@link BackgroundJobs} is tested step by step; the table itself is tested on the server (JobsSurviveRestartIT). Two
 * {@link BackgroundJobs} given one store behave as two nodes on one database.
 */
final class MemoryJobStore implements JobStore {

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Instant> heartbeats = new LinkedHashMap<>();
    private final Map<String, Instant> finished = new LinkedHashMap<>();

    @Override
    public synchronized void insert(JobKind kind, String id, String owner, String node, int perUser, Instant now) {
        List<Row> unfinished = rows.values().stream().filter(r -> r.owner().equals(owner) && !r.state().finished()).toList();
        if (unfinished.stream().filter(r -> r.group().equals(kind.group())).count() >= kind.perUser()) {
            throw new Conflict(kind.busyKey(), kind.perUser());
        }
        if (unfinished.size() >= perUser) {
            throw new Conflict(BackgroundJobs.TOO_MANY, perUser);
        }
        rows.put(id, new Row(id, kind.group(), kind.name(), owner, node, JobState.QUEUED, 0, null, null, null, now, null));
        heartbeats.put(id, now);
    }

    @Override
    public synchronized Optional<Row> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized void running(String id, Instant now) {
        update(id, JobState.QUEUED, r -> with(r, JobState.RUNNING, r.progress(), null, null, null, null));
        heartbeats.put(id, now);
    }

    @Override
    public synchronized void progress(String id, double fraction) {
        update(id, JobState.RUNNING, r -> with(r, r.state(), Math.max(r.progress(), fraction), null, null, null, null));
    }

    @Override
    public synchronized boolean done(String id, String result, Instant now, Duration kept) {
        return finish(id, with(rows.get(id), JobState.DONE, 1, result, null, null, now.plus(kept)), now);
    }

    @Override
    public synchronized void failed(String id, String errorKey, String errorArguments, Instant now, Duration kept) {
        finish(id, with(rows.get(id), JobState.FAILED, rows.get(id).progress(), null, errorKey, errorArguments, now.plus(kept)), now);
    }

    @Override
    public synchronized void delete(String id) {
        rows.remove(id);
    }

    @Override
    public synchronized List<String> keepNewest(JobKind kind, String owner, int keep) {
        List<String> gone = rows.values().stream()
                .filter(r -> r.kind().equals(kind.name()) && r.owner().equals(owner) && finished.containsKey(r.id()))
                .sorted(Comparator.comparing((Row r) -> finished.get(r.id())).reversed()).skip(keep).map(Row::id).toList();
        gone.forEach(rows::remove);
        return gone;
    }

    @Override
    public synchronized List<String> deleteExpired(Instant now) {
        List<String> gone = rows.values().stream().filter(r -> r.expiresAt() != null && !r.expiresAt().isAfter(now))
                .map(Row::id).toList();
        gone.forEach(rows::remove);
        return gone;
    }

    @Override
    public synchronized void heartbeat(Collection<String> ids, Instant now) {
        ids.stream().filter(rows::containsKey).forEach(id -> heartbeats.put(id, now));
    }

    @Override
    public synchronized int interrupt(String node, Instant silentSince, String errorKey, Instant now, Duration kept) {
        List<Row> ended = rows.values().stream().filter(r -> !r.state().finished()
                && (r.node().equals(node) || heartbeats.get(r.id()).isBefore(silentSince))).toList();
        ended.forEach(r -> finish(r.id(), with(r, JobState.FAILED, r.progress(), null, errorKey, "[]", now.plus(kept)), now));
        return ended.size();
    }

    @Override
    public synchronized List<String> ids() {
        return new ArrayList<>(rows.keySet());
    }

    private boolean finish(String id, Row outcome, Instant now) {
        Row row = rows.get(id);
        if (row == null || row.state().finished()) {
            return false;
        }
        rows.put(id, outcome);
        finished.put(id, now);
        return true;
    }

    private void update(String id, JobState from, java.util.function.UnaryOperator<Row> change) {
        Row row = rows.get(id);
        if (row != null && row.state() == from) {
            rows.put(id, change.apply(row));
        }
    }

    private static Row with(Row r, JobState state, double progress, String result, String errorKey, String errorArguments,
                            Instant expiresAt) {
        return new Row(r.id(), r.group(), r.kind(), r.owner(), r.node(), state, progress, result, errorKey, errorArguments,
                r.submittedAt(), expiresAt);
    }
}
