package org.mizan.launcher;

import java.io.IOException;
import java.net.ServerSocket;

/** Ports for servers started by the benchmark and the tests. */
public final class LocalPorts {

    private LocalPorts() {
    }

    /** A port nobody listens on right now. */
    public static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
