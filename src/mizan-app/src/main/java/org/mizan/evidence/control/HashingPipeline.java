package org.mizan.evidence.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Hashes and writes an upload's buffers on a thread of its own, strictly in the order they were read,
 * while the request thread reads the next one from the network: receiving and hashing overlap instead
 * of taking turns (SHA-256 is most of an upload's CPU). A few buffers circulate between the two; the
 * reader waits for a free one, so memory stays bounded however fast the client sends. The digest sees
 * exactly the bytes written, in the same order, because one chain of stages does both.
 */
final class HashingPipeline {

    private static final int IN_FLIGHT = 3;
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "evidence hashing");
        thread.setDaemon(true);
        return thread;
    });

    private final MessageDigest digest;
    private final OutputStream out;
    private final WriteBehind disk;
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(IN_FLIGHT);
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    HashingPipeline(MessageDigest digest, OutputStream out, WriteBehind disk, int bufferSize) {
        this.digest = digest;
        this.out = out;
        this.disk = disk;
        for (int i = 0; i < IN_FLIGHT; i++) {
            spare.add(new byte[bufferSize]);
        }
    }

    /** A buffer to read into, once one is free; fails as soon as hashing or writing failed. */
    byte[] buffer() throws IOException {
        try {
            byte[] buffer;
            while ((buffer = spare.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (tail.isCompletedExceptionally()) {
                    finish();
                }
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while receiving", e);
        }
    }

    /** Hands over the first {@code length} bytes of a buffer from {@link #buffer()}; it comes back once written. */
    void write(byte[] buffer, int length) {
        tail = tail.thenRunAsync(() -> {
            digest.update(buffer, 0, length);
            try {
                out.write(buffer, 0, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            disk.written(length);
            spare.add(buffer);
        }, WORKERS);
    }

    /** Waits until everything handed over is hashed and written; rethrows what went wrong on the way. */
    void finish() throws IOException {
        try {
            tail.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException("could not write the upload", cause);
        }
    }

    /** On failure: let the buffers in flight settle before the file is deleted. */
    void abandon() {
        tail.exceptionally(e -> null).join();
    }
}
