package org.mizan.evidence.inspector;

import java.time.Duration;

/**
 * Ends the worker on its own when the server can no longer do it: when the server process is gone
 * (killed mid-inspection; the item is inspected again at the next start) or some time after the
 * server's deadline for it has passed.
 */
final class Watchdog {

    /** Exit codes of a worker that stopped itself; the server reads them as "failed". */
    private static final int ORPHANED = 125;
    private static final int OVERDUE = 124;
    private static final Duration GRACE = Duration.ofSeconds(10);

    private Watchdog() {
    }

    static void start(Duration deadline) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(ORPHANED)));
        Thread overdue = new Thread(() -> {
            try {
                Thread.sleep(deadline.plus(GRACE).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(OVERDUE);
        }, "inspection-deadline");
        overdue.setDaemon(true);
        overdue.start();
    }
}
