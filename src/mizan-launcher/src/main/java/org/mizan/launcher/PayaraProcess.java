package org.mizan.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro serving the Mizan WAR in a JVM of its own. A separate process keeps the launcher's
 * (and the tests') classpath out of the server, and needs none of the module-opening flags that
 * Payara's jar manifest carries.
 */
public final class PayaraProcess implements AutoCloseable {

    /**
     * Heap and collector chosen for a small idle footprint. The serial collector's own heap ratios stay: keeping the heap
     * fuller (MinHeapFreeRatio 10, MaxHeapFreeRatio 30) saved little at idle and made collections more frequent under load.
     */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=256m",
            "-XX:ReservedCodeCacheSize=96m", "-Xss512k", "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8");

    /** What Payara Micro logs when the application failed to deploy; it then serves nothing, but runs on. */
    private static final String DEPLOYMENT_FAILED = "Exception while loading the app";

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the built Mizan (target/ or -Dmizan.payara / -Dmizan.war) for a benchmark, on an embedded database, with its
     * home, data key, root folder and log under {@code work}.
     */
    public static PayaraProcess startForBenchmark(Path work, String dbUrl, String adminPassword, int port) throws IOException {
        return startForBenchmark(work, dbUrl, adminPassword, port, null);
    }

    /** The same as a node of {@code cluster}, sharing {@code work}'s home with the other nodes; its root and log its own. */
    public static PayaraProcess startForBenchmark(Path work, String dbUrl, String adminPassword, int port, Cluster cluster)
            throws IOException {
        Path home = work.resolve("home");
        String node = cluster == null ? "" : "-" + cluster.node();
        Path keyFile = home.resolve(org.mizan.contacts.control.DataKeySource.HOME_KEY_FILE);
        org.mizan.contacts.control.DataKeySource.fileCreatedOnce(keyFile);
        return start(Path.of(System.getProperty("mizan.payara", "target/payara-micro.jar")),
                Path.of(System.getProperty("mizan.war", "target/mizan.war")), port, work.resolve("payara-root" + node),
                Map.of("MIZAN_DB_URL", dbUrl, "MIZAN_DB_USER", EmbeddedDatabase.USER, "MIZAN_DB_PASSWORD", "unused-trust-auth",
                        "MIZAN_ADMIN_PASSWORD", adminPassword, "MIZAN_HOME", home.toString(),
                        "MIZAN_DATA_KEY_FILE", keyFile.toString(),
                        // The benchmark's clients take tokens with a password, as scripts of a test install would.
                        "MIZAN_SECURITY_2FA_REQUIRED_ROLES", "none", "MIZAN_NODE_NAME", cluster == null ? "" : cluster.node()),
                work.resolve("payara" + node + ".log"), cluster);
    }

    /**
     * Starts the server. {@code environment} is added to this JVM's environment (database and
     * configuration); {@code log} receives the server's output, or null to share this console.
     */
    public static PayaraProcess start(Path payaraJar, Path war, int port, Path rootDir,
                                      Map<String, String> environment, Path log) throws IOException {
        return start(payaraJar, war, port, rootDir, environment, log, null);
    }

    /**
     * Payara Micro's data grid (Hazelcast) between the nodes of one Mizan: sessions — and so a signed-in page and its
     * views — are replicated to the other nodes, so any node can serve the next request and a node's death loses no
     * session. Discovery is by TCP/IP to the listed members (multicast rarely crosses container networks).
     *
     * @param name      the cluster's name: nodes of another Mizan on the same network never join it
     * @param node      this node's instance name
     * @param gridPort  the first port this node's data grid listens on
     * @param members   every member as {@code host:port}, this node included
     * @param oneHost   several nodes on one machine (tests): backups of each session then go to a member at the same
     *                  address, which Payara's host-aware partitioning would refuse, leaving no backup at all
     */
    public record Cluster(String name, String node, int gridPort, List<String> members, boolean oneHost) {

        /** The first port of a node's data grid unless {@code MIZAN_CLUSTER_PORT} says otherwise. */
        public static final int DEFAULT_PORT = 6900;
        /** The shortest cluster name taken: it is the only thing that keeps strangers out of the data grid. */
        public static final int MIN_NAME = 16;

        /**
         * The cluster the environment describes: {@code MIZAN_CLUSTER_MEMBERS} (every node's {@code host:port}, this one
         * included), {@code MIZAN_CLUSTER_NAME}, {@code MIZAN_NODE_NAME} (default the host's name) and
         * {@code MIZAN_CLUSTER_PORT}; null, a node alone, without members. The data grid asks no password of a member
         * that joins: whoever reaches its port and knows the cluster's name joins, and reads the sessions. So there is
         * no default name: an installation must choose a secret one ({@link IllegalArgumentException} without it).
         */
        public static Cluster of(Map<String, String> env) {
            String members = env.getOrDefault("MIZAN_CLUSTER_MEMBERS", "").strip();
            if (members.isEmpty()) {
                return null;
            }
            String node = env.getOrDefault("MIZAN_NODE_NAME", "").strip();
            try {
                node = node.isEmpty() ? java.net.InetAddress.getLocalHost().getHostName() : node;
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("Set MIZAN_NODE_NAME: this host has no name", e);
            }
            String name = env.getOrDefault("MIZAN_CLUSTER_NAME", "").strip();
            if (name.length() < MIN_NAME) {
                throw new IllegalArgumentException("Set MIZAN_CLUSTER_NAME to the same long random secret on every node (at least "
                        + MIN_NAME + " characters, e.g. openssl rand -hex 16): a node that knows it may join the cluster and "
                        + "read its sessions.");
            }
            String port = env.getOrDefault("MIZAN_CLUSTER_PORT", "").strip();
            return new Cluster(name, node, port.isEmpty() ? DEFAULT_PORT : Integer.parseInt(port),
                    List.of(members.split("\\s*,\\s*")), false);
        }

        List<String> arguments() {
            List<String> arguments = new ArrayList<>(List.of("--clustername", name, "--name", node,
                    "--startport", Integer.toString(gridPort), "--clustermode", "tcpip:" + String.join(",", members)));
            if (oneHost) {
                arguments.addAll(List.of("--nohostaware", "--interfaces", "127.0.0.1"));
            }
            return arguments;
        }
    }

    /** Starts the server as a node of {@code cluster}, or alone when it is null. */
    public static PayaraProcess start(Path payaraJar, Path war, int port, Path rootDir, Map<String, String> environment,
                                      Path log, Cluster cluster) throws IOException {
        requireFile(payaraJar, "Payara Micro jar");
        requireFile(war, "Mizan WAR");
        // A reused root dir makes Payara deploy the application twice: always start from a fresh one.
        Folders.deleteRecursively(rootDir);
        Files.createDirectories(rootDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port),
                // Otherwise Payara Micro reports itself to its vendor at every start: a third party learns where and
                // when a Mizan runs, and the start-up waits on the network for it.
                "--disablephonehome",
                "--rootDir", rootDir.toString()));
        command.addAll(cluster == null ? alone(rootDir) : cluster.arguments());
        ProcessBuilder builder = new ProcessBuilder(command);
        // glibc gives each of the server's ~150 threads that allocates natively an arena of its own (up to 8 per core),
        // most of it idle memory; two are plenty for a JVM, whose objects live in its own heap.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        if (log == null) {
            builder.inheritIO();
        } else {
            Files.createDirectories(log.getParent());
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        return new PayaraProcess(builder.start(), port, log);
    }

    /**
     * A node alone: no data grid, and no session replication either. The WAR is distributable, and Payara then
     * versions every session ({@code JSESSIONIDVERSION}, a second cookie without which the session is not found) even
     * with nothing to replicate to; without web availability a single node keeps plain sessions, as before.
     */
    static List<String> alone(Path rootDir) throws IOException {
        Path commands = rootDir.resolve("alone.asadmin");
        Files.writeString(commands, SINGLE_NODE_COMMAND + "\n");
        return List.of("--nocluster", "--prebootcommandfile", commands.toString());
    }

    /** Turns web session availability (replication, and the versions it needs) off. */
    static final String SINGLE_NODE_COMMAND =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false";

    /** Waits until {@code /health/ready} answers 200; fails early if the server process ends. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create("http://localhost:" + port + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro stopped during start-up (exit code " + process.exitValue() + ")");
            }
            if (isReady(ready)) {
                return;
            }
            if (log != null && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(DEPLOYMENT_FAILED)) {
                throw new IOException("Mizan failed to deploy; see " + log);
            }
            Thread.sleep(250);
        }
        throw new IOException("Mizan was not ready within " + timeout.toSeconds() + " s");
    }

    /** True when {@code uri} answers 200 itself (a redirect to the sign-in page is not ready). */
    public static boolean isReady(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /**
     * Stops the server as an operator does (SIGTERM), so that its shutdown work runs. Only a server still running after
     * a minute, far longer than a shutdown takes even on a loaded machine, is killed.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void requireFile(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(what + " not found at " + file + " (run `mvn package` first)");
        }
    }
}
