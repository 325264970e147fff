package org.mizan.bench;

import org.mizan.launcher.LocalPorts;
import org.mizan.launcher.PayaraProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One node against two: two clustered Mizan nodes on one embedded PostgreSQL filled by
 * {@link GenerateCases}, and the read-mostly mix of {@link LoadBenchmark} (case pages, name searches, case lists, one
 * case recorded in ten) run twice for the same time by the same clients — all of them on node A (B idle in the
 * cluster), then spread over A and B as a balancer would. Prints requests/s, p50, p95 and errors of each, with the CPU
 * seconds node A, node B and PostgreSQL used in each phase, so that what bounds the figure can be read: on one
 * machine two nodes share its cores, and the figure shows the cost of the cluster, not scale.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark -Dbenchmark=cluster -Dbenchmark.args="cases seconds clients"}. Never part of
 * the tests.
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (BenchmarkDatabase database = BenchmarkDatabase.start("mizan-cluster-benchmark")) {
            Path work = database.work();
            String url = database.url();
            String adminPassword = "bench-" + UUID.randomUUID();
            List<String> references;
            List<SearchTerms.Term> names;
            try (Connection sql = database.connect()) {
                System.out.println(GenerateCases.generate(sql, cases, 3 * cases, 2019));
                references = LoadBenchmark.references(sql);
                names = SearchTerms.names(sql, new Random(42), 2000);
            }
            int gridA = LocalPorts.free();
            int gridB = LocalPorts.free();
            List<String> members = List.of("127.0.0.1:" + gridA, "127.0.0.1:" + gridB);
            String name = "mizan-bench-" + System.nanoTime();
            int portA = LocalPorts.free();
            int portB = LocalPorts.free();
            try (PayaraProcess a = PayaraProcess.startForBenchmark(work, url, adminPassword, portA,
                    new PayaraProcess.Cluster(name, "node-a", gridA, members, true));
                 PayaraProcess b = PayaraProcess.startForBenchmark(work, url, adminPassword, portB,
                         new PayaraProcess.Cluster(name, "node-b", gridB, members, true))) {
                a.awaitReady(Duration.ofMinutes(5));
                b.awaitReady(Duration.ofMinutes(5));
                BenchmarkClient client = new BenchmarkClient(portA);
                List<String> tokens = LoadBenchmark.investigators(client, client.token("admin", adminPassword), clients);
                LoadBenchmark.Workload oneNode = new LoadBenchmark.Workload(List.of(portA), references, names);
                LoadBenchmark.Workload twoNodes = new LoadBenchmark.Workload(List.of(portA, portB), references, names);
                System.out.println("Warming up both nodes: " + seconds / 3 + " s");
                twoNodes.run(tokens, seconds / 3);
                System.out.printf("%n%-22s %8s %9s %9s %9s %7s   %s%n", "", "requests", "per s", "p50 ms", "p95 ms", "errors",
                        "CPU s: node A, node B, PostgreSQL");
                Path data = work.resolve("postgres");
                phase("one node (A)", oneNode, tokens, seconds, a, b, data);
                phase("two nodes (A and B)", twoNodes, tokens, seconds, a, b, data);
                System.out.printf("%nOn %d cores; %d clients, %d s each, the same clients and data in both phases.%n",
                        Runtime.getRuntime().availableProcessors(), clients, seconds);
            }
        }
    }

    private static void phase(String label, LoadBenchmark.Workload workload, List<String> tokens, int seconds,
                              PayaraProcess a, PayaraProcess b, Path data) throws Exception {
        double[] before = {cpuSeconds(a.pid()), cpuSeconds(b.pid()), postgresCpuSeconds(data)};
        List<LoadBenchmark.Sample> samples = workload.run(tokens, seconds);
        double[] after = {cpuSeconds(a.pid()), cpuSeconds(b.pid()), postgresCpuSeconds(data)};
        LoadBenchmark.row(label, samples, seconds);
        System.out.printf("%-22s %47s   %.1f, %.1f, %.1f%n", "", "", after[0] - before[0], after[1] - before[1], after[2] - before[2]);
    }

    /** User and system CPU of a process and its children that ended, from /proc (Linux). */
    private static double cpuSeconds(long pid) throws IOException {
        String[] fields = Files.readString(Path.of("/proc", Long.toString(pid), "stat"))
                .replaceFirst("^.*\\) ", "").split(" ");
        // After the command's closing parenthesis, utime and stime are fields 12 and 13 (from 0), counted in clock ticks.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /**
     * The embedded PostgreSQL's postmaster and the backends it runs, together (not the machine's other PostgreSQL);
     * backends that ended meanwhile are counted in their parent's children's time only when waited for, so the figure
     * is a floor.
     */
    private static double postgresCpuSeconds(Path data) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        double total = cpuSeconds(postmaster);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat")).replaceFirst("^.*\\) ", "");
                    if (Long.parseLong(stat.split(" ")[1]) == postmaster) {
                        total += cpuSeconds(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return total;
    }
}
