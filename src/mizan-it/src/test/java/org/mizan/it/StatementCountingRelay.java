package org.mizan.it;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A relay between a test's own server and its PostgreSQL that counts the statements the server sends, whichever way it
 * sends them (JPA, plain JDBC, COPY): PostgreSQL's wire protocol has one Execute message per statement of the extended
 * protocol and one Query message per simple query, and the relay counts those as they pass. Nothing in the application
 * knows about it, and no statement log of the database is needed (pg_stat_statements is not loaded on a plain server).
 *
 * <p>Transaction control the driver adds (BEGIN, COMMIT) is counted too: a constant per request, like the statements.
 * The relay offers no encryption: asked for TLS or GSSAPI it declines, and the driver carries on in the clear, which is
 * what it does against the loopback servers the tests use anyway.
 */
final class StatementCountingRelay implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_ENCRYPTION_REQUEST = 80877104;
    private static final int BUFFER = 1 << 16;

    private final ServerSocket listener;
    private final String databaseHost;
    private final int databasePort;
    private final AtomicLong statements = new AtomicLong();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile List<String> recording;

    private StatementCountingRelay(String databaseHost, int databasePort) throws IOException {
        this.databaseHost = databaseHost;
        this.databasePort = databasePort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread("relay-accept", this::accept).start();
    }

    /** A relay on a free loopback port to the PostgreSQL at this host and port. */
    static StatementCountingRelay to(String databaseHost, int databasePort) throws IOException {
        return new StatementCountingRelay(databaseHost, databasePort);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Statements sent through the relay since it started. */
    long statements() {
        return statements.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket database = new Socket(databaseHost, databasePort);
                open.add(client);
                open.add(database);
                thread("relay-to-database", () -> fromClient(client, database)).start();
                thread("relay-to-client", () -> copy(database, client)).start();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    System.err.println("StatementCountingRelay: " + e);
                }
            }
        }
    }

    /** The client's side of one connection: the start-up exchange, then typed messages, counting statements. */
    private void fromClient(Socket client, Socket database) {
        try (client; database) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream(), BUFFER));
            OutputStream toDatabase = new BufferedOutputStream(database.getOutputStream(), BUFFER);
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                if (code == SSL_REQUEST || code == GSS_ENCRYPTION_REQUEST) {
                    client.getOutputStream().write('N');
                    client.getOutputStream().flush();
                    continue;
                }
                writeInt(toDatabase, length);
                writeInt(toDatabase, code);
                relay(in, toDatabase, length - 8);
                toDatabase.flush();
                break; // the start-up message (or a cancel request): what follows is typed messages
            }
            byte[] header = new byte[5];
            ConnectionStatements connection = new ConnectionStatements();
            while (true) {
                in.readFully(header);
                byte type = header[0];
                int length = ((header[1] & 0xff) << 24 | (header[2] & 0xff) << 16 | (header[3] & 0xff) << 8 | (header[4] & 0xff)) - 4;
                toDatabase.write(header);
                if (type == 'P' || type == 'B' || type == 'E' || type == 'Q') {
                    byte[] body = new byte[length];
                    in.readFully(body);
                    toDatabase.write(body);
                    connection.message(type, body);
                } else {
                    relay(in, toDatabase, length);
                }
                if (in.available() == 0) {
                    toDatabase.flush();
                }
            }
        } catch (EOFException | SocketException closed) {
            // the connection ended
        } catch (IOException e) {
            System.err.println("StatementCountingRelay: " + e);
        } finally {
            open.remove(client);
            open.remove(database);
        }
    }

    /** Which statement is which on one connection: prepared statements and portals by name, as the driver set them up. */
    private final class ConnectionStatements {
        private final Map<String, String> prepared = new HashMap<>();
        private final Map<String, String> portals = new HashMap<>();

        void message(byte type, byte[] body) {
            int first = zero(body, 0);
            String name = new String(body, 0, first, StandardCharsets.UTF_8);
            switch (type) {
                case 'P' -> prepared.put(name, new String(body, first + 1, zero(body, first + 1) - first - 1, StandardCharsets.UTF_8));
                case 'B' -> portals.put(name, prepared.get(new String(body, first + 1, zero(body, first + 1) - first - 1,
                        StandardCharsets.UTF_8)));
                case 'E' -> executed(portals.get(name));
                default -> executed(name); // a simple query: its text
            }
        }

        private int zero(byte[] body, int from) {
            int at = from;
            while (body[at] != 0) {
                at++;
            }
            return at;
        }
    }

    private void executed(String sql) {
        statements.incrementAndGet();
        List<String> log = recording;
        if (log != null) {
            log.add(sql == null ? "(unknown statement)" : sql);
        }
    }

    /** Starts keeping the text of every statement, for {@link #recorded()}; for finding out what a count is made of. */
    void record() {
        recording = Collections.synchronizedList(new ArrayList<>());
    }

    /** The statements sent since {@link #record()}, by text, each with how often it ran, most frequent first. */
    Map<String, Long> recorded() {
        List<String> log = recording;
        recording = null;
        Map<String, Long> counted = new TreeMap<>();
        if (log != null) {
            synchronized (log) {
                log.forEach(sql -> counted.merge(sql.replaceAll("\\s+", " ").strip(), 1L, Long::sum));
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counted.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static void relay(InputStream in, OutputStream out, int length) throws IOException {
        byte[] buffer = new byte[Math.min(Math.max(length, 0), BUFFER)];
        for (int left = length; left > 0; ) {
            int read = in.read(buffer, 0, Math.min(left, buffer.length));
            if (read < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private void copy(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // either side went away; the other direction closes both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(new byte[]{(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }

    private static Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(StatementCountingRelay::closeQuietly);
    }
}
