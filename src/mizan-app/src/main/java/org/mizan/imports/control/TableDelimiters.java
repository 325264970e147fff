package org.mizan.imports.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks a CSV file's delimiter: the candidate that splits the first records into the same number of columns (more
 * than one) most often. Records are parsed for real, so a delimiter inside quotes does not count, and a comma in
 * the decimals of a semicolon file (as European Excel writes them) loses to the semicolon's steady count.
 */
final class TableDelimiters {

    /** In order of preference when two do equally well. */
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int RECORDS = 50;

    private TableDelimiters() {
    }

    /** How every CSV is read: quotes respected, rows of any length, a quote left open at the end of the file forgiven. */
    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                // Blank lines stay records, so that record numbers are the row numbers Excel shows for the same file.
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
    }

    /** {@code complete}: the sample is the whole file, so its last record is not cut short. */
    static char detect(String sample, boolean complete) {
        char best = CANDIDATES[0];
        Consistency bestScore = new Consistency(0, 0);
        for (char candidate : CANDIDATES) {
            Consistency score = consistency(columnCounts(sample, candidate, complete));
            if (score.betterThan(bestScore)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many records share the commonest column count, and that count. */
    private record Consistency(int records, int columns) {

        boolean betterThan(Consistency other) {
            return records != other.records ? records > other.records : columns > other.columns;
        }
    }

    private static Consistency consistency(List<Integer> counts) {
        Map<Integer, Integer> frequency = new HashMap<>();
        Consistency best = new Consistency(0, 0);
        for (int columns : counts) {
            Consistency candidate = new Consistency(frequency.merge(columns, 1, Integer::sum), columns);
            if (columns > 1 && candidate.betterThan(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static List<Integer> columnCounts(String sample, char delimiter, boolean complete) {
        List<Integer> counts = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(sample, format(delimiter))) {
            for (CSVRecord record : parser) {
                if (counts.size() > RECORDS) {
                    return counts;
                }
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    counts.add(record.size());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A sample the parser cannot get through counts as far as it got; reading the file will report the fault.
        }
        if (!complete && !counts.isEmpty()) {
            counts.remove(counts.size() - 1);
        }
        return counts;
    }
}
