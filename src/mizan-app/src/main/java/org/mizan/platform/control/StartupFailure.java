package org.mizan.platform.control;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Payara Micro keeps running after a failed deployment, serving nothing. A server that cannot
 * start safely should say so and stop, so the launcher (or the container runtime) sees the failure.
 */
public final class StartupFailure {

    private StartupFailure() {
    }

    /** Exit status of a server that stopped because it could not start safely. */
    public static final int EXIT_CONFIGURATION = 78;

    public static void stopServer(int status) {
        boolean exit = ConfigProvider.getConfig()
                .getOptionalValue("mizan.exit-on-startup-failure", Boolean.class).orElse(true);
        if (exit) {
            // From another thread: the deploying thread holds locks that shutdown hooks need.
            Thread stopper = new Thread(() -> System.exit(status), "mizan-startup-failure");
            stopper.setDaemon(true);
            stopper.start();
        }
    }
}
