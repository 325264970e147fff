package org.mizan.bench;

import java.util.Arrays;
import java.util.Map;

/**
 * The one entry point of the benchmarks: {@code Benchmarks <name> [arguments...]}, run by
 * {@code ./mvnw -Pbenchmark -Dbenchmark=<name> [-Dbenchmark.args="..."]}. Each benchmark measures Mizan
 * against the floor its target names (the same work done by PostgreSQL or the library alone) in the same
 * run, and prints both; none is ever part of the tests.
 */
public final class Benchmarks {

    /** A benchmark's main method. */
    @FunctionalInterface
    interface Benchmark {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Benchmark> BY_NAME = Map.ofEntries(
            Map.entry("startup", StartupBenchmark::main),
            Map.entry("search", SearchBenchmark::main),
            Map.entry("upload", EvidenceUploadBenchmark::main),
            Map.entry("report", PeriodicReportBenchmark::main),
            Map.entry("import", ImportBenchmark::main),
            Map.entry("generate", GenerateCases::main),
            Map.entry("load", LoadBenchmark::main),
            Map.entry("crash", CrashSuite::main),
            Map.entry("cluster", ClusterBenchmark::main),
            Map.entry("backup", BackupBenchmark::main),
            Map.entry("memorial", MemorialBenchmark::main));

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Benchmark benchmark = args.length == 0 ? null : BY_NAME.get(args[0]);
        if (benchmark == null) {
            System.err.println("which benchmark? one of " + BY_NAME.keySet().stream().sorted().toList());
            System.exit(2);
        }
        benchmark.run(Arrays.copyOfRange(args, 1, args.length));
    }
}
