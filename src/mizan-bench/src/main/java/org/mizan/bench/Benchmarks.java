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

    private static final Map<String, Benchmark> BY_NAME = Map.of(
            "startup", StartupBenchmark::main,
            "search", SearchBenchmark::main,
            "upload", EvidenceUploadBenchmark::main,
            "report", PeriodicReportBenchmark::main,
            "import", ImportBenchmark::main,
            "generate", GenerateCases::main,
            "load", LoadBenchmark::main,
            "crash", CrashSuite::main,
            "cluster", ClusterBenchmark::main,
            "backup", BackupBenchmark::main);

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
