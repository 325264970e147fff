package org.mizan.evidence.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Forces a file being written to disk in the background, every {@value #EVERY} bytes, while the
 * upload goes on. On a machine with a lot of memory the kernel would otherwise keep a whole upload in
 * its cache and write it all at the final {@code force}, after the last byte arrived: receiving and
 * writing then take turns instead of overlapping (a 1 GiB upload: 5.9 s instead of ~4).
 */
final class WriteBehind {

    static final long EVERY = 64L * 1024 * 1024;
    private static final ExecutorService FLUSHERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "evidence write-behind");
        thread.setDaemon(true);
        return thread;
    });

    private final FileChannel channel;
    private long unflushed;
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    WriteBehind(FileChannel channel) {
        this.channel = channel;
    }

    /** Counts bytes written; starts a background force when enough are waiting and none is running. */
    void written(long bytes) {
        unflushed += bytes;
        if (unflushed >= EVERY && running.isDone()) {
            unflushed = 0;
            running = CompletableFuture.runAsync(() -> {
                try {
                    channel.force(false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, FLUSHERS);
        }
    }

    /** Waits for the background force, then forces what is left, metadata included: the file is on disk. */
    void finish() throws IOException {
        try {
            running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing to disk", e);
        } catch (ExecutionException e) {
            throw new IOException("could not write to disk", e.getCause());
        }
        channel.force(true);
    }

    /** On failure: let a running force end before the file is deleted. */
    void abandon() {
        running.exceptionally(e -> null).join();
    }
}
