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
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Measures what a newcomer feels: the run command itself ({@code ./mvnw -Prun}, on a tree already
 * built), from the moment it is typed to {@code /health/ready} UP on an empty data folder (embedded
 * PostgreSQL created, schema migrated), and the resident memory of everything it started (Maven's
 * JVM hosting the launcher, Payara, PostgreSQL) after it has idled. Median of the runs, beside the
 * targets and the figures measured before start-up was worked on.
 * Run with {@code ./mvnw -Pbenchmark -Dbenchmark=startup}; never part of the tests.
 */
public final class StartupBenchmark {

    private static final double TARGET_SECONDS = 20;
    private static final double TARGET_RSS_MIB = 640;
    /** Median of 3 on a quiet machine before start-up was worked on; that memory figure left PostgreSQL out. */
    private static final double BEFORE_SECONDS = 30.5;
    private static final double BEFORE_RSS_MIB = 788;

    private static final Path KEPT_LOGS = Path.of("src/mizan-bench/target/startup");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<Run> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Run result = measure(run, idleSeconds);
            results.add(result);
            System.out.printf("run %d: ready after %.1f s (%.1f CPU seconds), idle RSS %.0f MiB in all (Maven's JVM and the launcher %.0f, Payara %.0f,"
                    + " PostgreSQL %.0f MiB; PSS in all %.0f MiB)%n", run, result.seconds(), result.cpuSeconds(), result.totalMiB(), result.mavenMiB(),
                    result.payaraMiB(), result.postgresMiB(), result.proportionalMiB());
        }
        double seconds = median(results.stream().mapToDouble(Run::seconds).toArray());
        double cpu = median(results.stream().mapToDouble(Run::cpuSeconds).toArray());
        double rss = median(results.stream().mapToDouble(Run::totalMiB).toArray());
        double rssWithoutPostgres = median(results.stream().mapToDouble(r -> r.totalMiB() - r.postgresMiB()).toArray());
        double pss = median(results.stream().mapToDouble(Run::proportionalMiB).toArray());
        System.out.printf("median cold start %.1f s = %.2f x the %.0f s target (before: %.1f s, now %.2f x that); median CPU %.1f s%n",
                seconds, seconds / TARGET_SECONDS, TARGET_SECONDS, BEFORE_SECONDS, seconds / BEFORE_SECONDS, cpu);
        System.out.printf("median idle RSS %.0f MiB = %.2f x the %.0f MiB target; without PostgreSQL, as measured before, %.0f MiB"
                + " (before: %.0f MiB, now %.2f x that); median PSS in all %.0f MiB = %.2f x the target%n", rss, rss / TARGET_RSS_MIB,
                TARGET_RSS_MIB, rssWithoutPostgres, BEFORE_RSS_MIB, rssWithoutPostgres / BEFORE_RSS_MIB, pss, pss / TARGET_RSS_MIB);
    }

    /**
     * One cold start: seconds to ready, the processor time its live processes had used by then (which a loaded machine
     * changes less than the wall-clock time), and resident memory after idling by process, and in all counting pages that
     * processes share once (PSS): every PostgreSQL process's RSS counts the shared buffers it touched again.
     */
    record Run(double seconds, double cpuSeconds, double mavenMiB, double payaraMiB, double postgresMiB, double proportionalMiB) {
        double totalMiB() {
            return mavenMiB + payaraMiB + postgresMiB;
        }
    }

    private static Run measure(int run, int idleSeconds) throws Exception {
        Path home = Files.createTempDirectory("mizan-bench");
        Path kept = KEPT_LOGS.resolve("run-" + run + ".log");
        int port = LocalPorts.free();
        ProcessBuilder builder = new ProcessBuilder("./mvnw", "-B", "-q", "-o", "-Prun");
        builder.environment().put("MIZAN_HOME", home.toString());
        builder.environment().put("MIZAN_HTTP_PORT", Integer.toString(port));
        builder.environment().put("MIZAN_EMBEDDED_DB_PORT", Integer.toString(LocalPorts.free()));
        // Random, so the password policy (which refuses guessable ones, and stops the start-up) always takes it.
        builder.environment().put("MIZAN_ADMIN_PASSWORD", "bench-" + UUID.randomUUID());
        builder.environment().remove("MIZAN_DB_URL");
        builder.environment().remove("MAVEN_OPTS");
        builder.redirectErrorStream(true).redirectOutput(home.resolve("launcher.log").toFile());
        long start = System.nanoTime();
        System.out.printf("run %d: typed at %s; its output is kept in %s%n", run, java.time.Instant.now(), kept);
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
            double cpuSeconds = Stream.of(Stream.of(launcher.toHandle()), launcher.descendants(), postgres(home.resolve("postgres")))
                    .flatMap(s -> s).mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L)).sum() / 1e3;
            Thread.sleep(idleSeconds * 1000L);
            List<ProcessHandle> payara = launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("java")
                    && arguments(p).contains("payara-micro")).toList();
            List<ProcessHandle> maven = Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants())
                    .filter(p -> !payara.contains(p)).toList();
            List<ProcessHandle> postgres = postgres(home.resolve("postgres")).toList();
            List<ProcessHandle> all = Stream.of(maven, payara, postgres).flatMap(List::stream).toList();
            return new Run(seconds, cpuSeconds, mib(maven, RSS), mib(payara, RSS), mib(postgres, RSS), mib(all, PSS));
        } finally {
            // Ctrl-C reaches Maven's JVM, whose shutdown hook stops Payara and PostgreSQL.
            List<ProcessHandle> tree = Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants()).toList();
            tree.stream().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().ifPresent(ProcessHandle::destroy);
            launcher.waitFor();
            // The output's time stamps tell where the start-up's seconds went.
            Files.createDirectories(KEPT_LOGS);
            Files.copy(home.resolve("launcher.log"), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Folders.deleteRecursively(home);
        }
    }

    /**
     * The embedded PostgreSQL's processes: pg_ctl detaches the server from the launcher, so they are no descendants of
     * it; the server is the process started on {@code dataDirectory}, its helpers and connections are its children.
     */
    private static Stream<ProcessHandle> postgres(Path dataDirectory) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("postgres") && arguments(p).contains(dataDirectory.toString()))
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()));
    }

    private static String arguments(ProcessHandle process) {
        return process.info().arguments().map(a -> String.join(" ", a)).orElse("");
    }

    /** Where /proc tells a process's resident memory, and under which name. */
    private record Measure(String file, String field) {
    }

    private static final Measure RSS = new Measure("status", "VmRSS:");
    private static final Measure PSS = new Measure("smaps_rollup", "Pss:");

    private static double mib(List<ProcessHandle> processes, Measure measure) {
        return processes.stream().mapToLong(process -> kib(process, measure)).sum() / 1024.0;
    }

    private static long kib(ProcessHandle process, Measure measure) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), measure.file()))) {
                if (line.startsWith(measure.field())) {
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
