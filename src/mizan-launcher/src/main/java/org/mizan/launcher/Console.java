package org.mizan.launcher;

/** How the commands beside the server (run, key rotation, audit check) talk to the person at the console. */
final class Console {

    private Console() {
    }

    @SuppressWarnings("java:S106") // these commands talk to an operator at the console, not to a log
    static void say(String line) {
        System.out.println("[mizan] " + line);
    }

    /** Stops the command with exit code 2 ("could not do it"), saying what stopped and why. */
    @SuppressWarnings("java:S106")
    static void stop(String what, String why) {
        System.err.println("[mizan] " + what + " STOPPED: " + why);
        System.exit(2);
    }
}
