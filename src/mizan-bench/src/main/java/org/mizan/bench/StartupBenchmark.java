package org.mizan.bench;

import org.mizan.launcher.PayaraProcess;
import org.mizan.launcher.Folders;
import org.mizan.launcher.LocalPorts;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures what a newcomer feels: the run command itself ({@code mvn -Prun}, on a tree already
 * built), from the moment it is typed to {@code /health/ready} UP on an empty data folder (embedded
 * PostgreSQL created, schema migrated), and the resident memory of everything it started (Maven's
 * JVM hosting the launcher, Payara, PostgreSQL) after it has idled.
 * Run with {@code mvn -Pbenchmark-startup}; never part of the tests.
 */
public final class StartupBenchmark {

    private static final double TARGET_SECONDS = 25;
    private static final double TARGET_RSS_MIB = 768;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<double[]> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] result = measure(idleSeconds);
            results.add(result);
            System.out.printf("run %d: ready after %.1f s, idle RSS %.0f MiB (Payara %.0f MiB)%n", run, result[0], result[1], result[2]);
        }
        double seconds = median(results.stream().mapToDouble(r -> r[0]).toArray());
        double rss = median(results.stream().mapToDouble(r -> r[1]).toArray());
        System.out.printf("median cold start %.1f s = %.2f x the %.0f s target; median idle RSS %.0f MiB = %.2f x the %.0f MiB target%n",
                seconds, seconds / TARGET_SECONDS, TARGET_SECONDS, rss, rss / TARGET_RSS_MIB, TARGET_RSS_MIB);
    }

    private static double[] measure(int idleSeconds) throws Exception {
        Path home = Files.createTempDirectory("mizan-bench");
        int port = LocalPorts.free();
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "-B", "-q", "-o", "-Prun");
        builder.environment().put("MIZAN_HOME", home.toString());
        builder.environment().put("MIZAN_HTTP_PORT", Integer.toString(port));
        builder.environment().put("MIZAN_EMBEDDED_DB_PORT", Integer.toString(LocalPorts.free()));
        builder.environment().put("MIZAN_ADMIN_PASSWORD", "benchmark secret 2026");
        builder.environment().remove("MIZAN_DB_URL");
        builder.environment().remove("MAVEN_OPTS");
        builder.redirectErrorStream(true).redirectOutput(home.resolve("launcher.log").toFile());
        long start = System.nanoTime();
        Process launcher = builder.start();
        try {
            URI ready = URI.create("http://localhost:" + port + "/health/ready");
            while (!PayaraProcess.isReady(ready)) {
                if (!launcher.isAlive()) {
                    throw new IOException("launcher stopped; see " + home.resolve("launcher.log"));
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(idleSeconds * 1000L);
            double total = rssMiB(Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants()));
            double payara = rssMiB(launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("java")
                    && p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains("payara-micro")));
            return new double[]{seconds, total, payara};
        } finally {
            // Ctrl-C reaches Maven's JVM, whose shutdown hook stops Payara and PostgreSQL.
            List<ProcessHandle> tree = Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants()).toList();
            tree.stream().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().ifPresent(ProcessHandle::destroy);
            launcher.waitFor();
            Folders.deleteRecursively(home);
        }
    }

    private static double rssMiB(Stream<ProcessHandle> processes) {
        return processes.mapToLong(StartupBenchmark::rssKiB).sum() / 1024.0;
    }

    private static long rssKiB(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException gone) {
            // the process ended between listing and reading
        }
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
