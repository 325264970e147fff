package org.mizan.bench;

import org.mizan.cases.control.ArabicNames;
import org.mizan.demo.control.SyntheticCases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the benchmark searches for, drawn from the data itself so that every query could be a real
 * one: names of recorded persons — whole, in part, as stored or in another spelling or script — and
 * words of recorded narratives.
 */
final class SearchTerms {

    /** A query and what kind of query it is, for the breakdown. */
    record Term(String text, String kind) {
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("about", "after", "also", "been", "before", "from", "have",
            "into", "over", "same", "that", "their", "them", "they", "this", "were", "when", "where", "which", "while",
            "whose", "with", "without", "التي", "الذي", "بسبب", "خلال", "عندما", "أثناء", "حتى", "الآن");

    private SearchTerms() {
    }

    /** Names of randomly drawn people: 35 % whole chains, 45 % two names, 20 % one; 60 % spelled another way. */
    static List<Term> names(Connection connection, Random random, int count) throws SQLException {
        List<Term> terms = new ArrayList<>();
        long maxId = maxId(connection, "person");
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name_ar, name_latin FROM person WHERE id = ? AND kind = 'INDIVIDUAL' AND merged_into IS NULL")) {
            while (terms.size() < count) {
                select.setLong(1, 1 + (long) (random.nextDouble() * maxId));
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        terms.add(name(random, row.getString(1), row.getString(2)));
                    }
                }
            }
        }
        return terms;
    }

    /** A word of four letters or more from the narrative of a randomly drawn case. */
    static List<Term> words(Connection connection, Random random, int count) throws SQLException {
        List<Term> terms = new ArrayList<>();
        long maxId = maxId(connection, "violation_case");
        try (PreparedStatement select = connection.prepareStatement("SELECT narrative FROM violation_case WHERE id = ?")) {
            while (terms.size() < count) {
                select.setLong(1, 1 + (long) (random.nextDouble() * maxId));
                try (ResultSet row = select.executeQuery()) {
                    if (row.next() && row.getString(1) != null) {
                        List<String> words = Arrays.stream(row.getString(1).split("[^\\p{L}\\p{M}]+"))
                                .filter(w -> w.codePointCount(0, w.length()) >= 4 && !FUNCTION_WORDS.contains(w.toLowerCase())).toList();
                        if (!words.isEmpty()) {
                            String word = words.get(random.nextInt(words.size()));
                            terms.add(new Term(word, ArabicNames.containsArabic(word) ? "Arabic word" : "English word"));
                        }
                    }
                }
            }
        }
        return terms;
    }

    private static Term name(Random random, String arabic, String latin) {
        String stored = arabic != null && (latin == null || random.nextDouble() < 0.6) ? arabic : latin;
        List<String> words = Arrays.asList(stored.split(" "));
        double form = random.nextDouble();
        String text;
        String kind;
        if (form < 0.35 || words.size() < 3) {
            text = stored;
            kind = "whole name";
        } else if (form < 0.8) {
            text = words.get(0) + " " + (random.nextBoolean() ? words.get(1) : words.get(words.size() - 1));
            kind = "two names";
        } else {
            text = random.nextBoolean() ? words.get(0) : words.get(words.size() - 1);
            kind = "one name";
        }
        boolean respelled = random.nextDouble() < 0.6;
        String query = respelled ? SyntheticCases.otherSpelling(random, text) : text;
        boolean crossScript = ArabicNames.containsArabic(query) != ArabicNames.containsArabic(stored);
        return new Term(query, kind + (crossScript ? ", other script" : respelled ? ", other spelling" : ""));
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (PreparedStatement max = connection.prepareStatement("SELECT max(id) FROM " + table);
             ResultSet row = max.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
