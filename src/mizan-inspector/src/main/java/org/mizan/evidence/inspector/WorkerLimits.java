package org.mizan.evidence.inspector;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The bounds of one inspection, given on the command line as {@code name=value} (any left out keep
 * their default): how much text to keep ({@code text}), how many embedded documents to open
 * ({@code embedded}) and how deep ({@code nesting}), which compression ratio makes a zip a bomb
 * ({@code ratio}), and how many seconds the server gives the worker ({@code seconds}). How much
 * metadata is kept, and from what size a well-compressed zip is suspect, are fixed.
 */
record WorkerLimits(int maxTextChars, int maxEmbedded, int maxNesting, long maxCompressionRatio, long bombFloorBytes,
                    int maxMetadataFields, int maxValueChars, long seconds) {

    private static final Set<String> NAMES = Set.of("text", "embedded", "nesting", "ratio", "seconds");
    static final WorkerLimits DEFAULT = parse(new String[0], 0);

    static WorkerLimits parse(String[] args, int from) {
        Map<String, Long> given = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            if (pair.length != 2 || !NAMES.contains(pair[0])) {
                throw new IllegalArgumentException("not a limit: " + args[i]);
            }
            given.put(pair[0], Long.parseLong(pair[1]));
        }
        return new WorkerLimits(given.getOrDefault("text", 100_000L).intValue(), given.getOrDefault("embedded", 1_000L).intValue(),
                given.getOrDefault("nesting", 10L).intValue(), given.getOrDefault("ratio", 100L), 64L * 1024 * 1024, 300, 2_000,
                given.getOrDefault("seconds", 60L));
    }
}
