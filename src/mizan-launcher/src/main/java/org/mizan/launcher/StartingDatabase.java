package org.mizan.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL while it starts in the background. Payara Micro boots for several seconds before the
 * application first asks for a connection (and then waits for one), so the database's first start (initdb, then the
 * server) runs beside that boot instead of before it.
 */
final class StartingDatabase implements AutoCloseable {

    /** Longer than the embedding library waits for the server to come up, so a start always ends before this does. */
    private static final long START_LIMIT_SECONDS = 120;

    private final CompletableFuture<EmbeddedDatabase> started = new CompletableFuture<>();

    private StartingDatabase() {
    }

    static StartingDatabase begin(Path dataDirectory, int port) {
        StartingDatabase starting = new StartingDatabase();
        Thread thread = new Thread(() -> {
            try {
                starting.started.complete(EmbeddedDatabase.start(dataDirectory, port));
            } catch (IOException | RuntimeException e) {
                starting.started.completeExceptionally(e);
            }
        }, "embedded-postgresql-start");
        thread.setDaemon(true);
        thread.start();
        return starting;
    }

    /** Waits until the database runs, durable and with Mizan's database created; throws what stopped it otherwise. */
    EmbeddedDatabase await() throws IOException, InterruptedException {
        try {
            return started.get(START_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the embedded PostgreSQL did not start within " + START_LIMIT_SECONDS + " s", e);
        }
    }

    /** Stops the database, waiting first for a start still under way (Ctrl-C during start-up must not leave it running). */
    @Override
    public void close() throws IOException {
        EmbeddedDatabase database;
        try {
            database = await();
        } catch (IOException neverStarted) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        database.close();
    }
}
