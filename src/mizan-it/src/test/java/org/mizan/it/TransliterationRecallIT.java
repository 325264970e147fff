package org.mizan.it;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall of name search and of the duplicate check over the transliteration test set: every name chain is
 * recorded in Arabic or Kurdish script, then looked for by a Latin spelling people use for it. The right person must
 * be among the first three for at least 99% of the spellings, in search and in the duplicate check alike, and fewer
 * than 1% of the duplicate checks may propose the person's recorded father or son as the same person.
 */
@ExtendWith(MizanServerExtension.class)
class TransliterationRecallIT {

    private static final String TEST_SET = "/org/mizan/names/transliterations.tsv";
    private static final int FIRST = 3;
    private static final double RECALL_BAR = 0.99;
    private static final double RELATIVES_BAR = 0.01;

    private final Api api;
    private final String investigator;

    TransliterationRecallIT(Api api) {
        this.api = api;
        this.investigator = api.token(api.createUser("recall", "INVESTIGATOR"), Api.USER_PASSWORD);
    }

    /** One line of the test set; {@code father} is the index of the person's father in the set, or -1. */
    private record Pair(String recorded, String latin, int father) {
    }

    @Test
    void searchAndTheDuplicateCheckFindTheRecordedPersonByTheSpellingsPeopleUse() throws IOException {
        long started = System.nanoTime();
        List<Pair> pairs = testSet();
        assertTrue(pairs.size() >= 400, "the test set has at least 400 pairs: " + pairs.size());
        List<Long> ids = new ArrayList<>();
        for (Pair pair : pairs) {
            ids.add(CaseIT.person(api, investigator, pair.recorded(), null));
        }
        long recorded = System.nanoTime();

        List<String> searchMisses = new ArrayList<>();
        List<String> duplicateMisses = new ArrayList<>();
        List<String> relativesProposed = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            long id = ids.get(i);
            List<Long> found = ids(api.get("/api/persons?limit=" + FIRST + "&q=" + URLEncoder.encode(pair.latin(), StandardCharsets.UTF_8),
                    investigator), "person");
            if (!found.contains(id)) {
                searchMisses.add(pair.latin() + " → " + pair.recorded());
            }
            List<Long> candidates = ids(api.post("/api/persons/duplicates", investigator,
                    Api.object().add("nameLatin", pair.latin()).build().toString()), "person");
            if (!candidates.subList(0, Math.min(FIRST, candidates.size())).contains(id)) {
                duplicateMisses.add(pair.latin() + " → " + pair.recorded());
            }
            if (relatives(pairs, ids, i).stream().anyMatch(candidates::contains)) {
                relativesProposed.add(pair.latin());
            }
        }
        long queried = System.nanoTime();

        int total = pairs.size();
        double searchRecall = 1 - (double) searchMisses.size() / total;
        double duplicateRecall = 1 - (double) duplicateMisses.size() / total;
        double relatives = (double) relativesProposed.size() / total;
        System.out.printf("Transliteration recall over %d spellings (right person in the first %d):%n", total, FIRST);
        System.out.printf("  search:          %.2f%% (%d missed) %s%n", 100 * searchRecall, searchMisses.size(), searchMisses);
        System.out.printf("  duplicate check: %.2f%% (%d missed) %s%n", 100 * duplicateRecall, duplicateMisses.size(), duplicateMisses);
        System.out.printf("  father or son proposed as the same person: %.2f%% (%d) %s%n", 100 * relatives, relativesProposed.size(),
                relativesProposed);
        System.out.printf("  recording %d persons took %d ms, %d searches and duplicate checks %d ms%n", total,
                (recorded - started) / 1_000_000, total, (queried - recorded) / 1_000_000);

        assertTrue(searchRecall >= RECALL_BAR, "search recall " + searchRecall + ", missed: " + searchMisses);
        assertTrue(duplicateRecall >= RECALL_BAR, "duplicate-check recall " + duplicateRecall + ", missed: " + duplicateMisses);
        assertTrue(relatives < RELATIVES_BAR, "a father or son was proposed for: " + relativesProposed);
    }

    /** The recorded father and sons of person {@code i}. */
    private static List<Long> relatives(List<Pair> pairs, List<Long> ids, int i) {
        List<Long> relatives = new ArrayList<>();
        if (pairs.get(i).father() >= 0) {
            relatives.add(ids.get(pairs.get(i).father()));
        }
        for (int j = 0; j < pairs.size(); j++) {
            if (pairs.get(j).father() == i) {
                relatives.add(ids.get(j));
            }
        }
        return relatives;
    }

    private static List<Long> ids(Api.Reply reply, String field) {
        assertEquals(200, reply.status(), reply.body());
        JsonArray array = reply.array();
        return array.stream().map(m -> m.asJsonObject().getJsonObject(field).getJsonNumber("id").longValue()).toList();
    }

    private static List<Pair> testSet() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TransliterationRecallIT.class.getResourceAsStream(TEST_SET)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                pairs.add(new Pair(fields[0], fields[1], fields[2].isEmpty() ? -1 : Integer.parseInt(fields[2]) - 1));
            }
        }
        return pairs;
    }
}
