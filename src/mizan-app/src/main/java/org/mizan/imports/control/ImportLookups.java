package org.mizan.imports.control;

import org.mizan.cases.control.CaseVisibility;
import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.DuplicateReasons;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.PersonFacts;
import org.mizan.cases.control.PersonService;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.security.control.CaseReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database already knows about a chunk of rows: which were imported before (by fingerprint), and which
 * victims may already be persons. Duplicates are found as the case form finds them — the same {@link DuplicateReasons}
 * scoring — but the neighbours are fetched for a whole chunk in one statement, by exact normalised spelling or
 * cross-script key, so that a dry run of a hundred thousand rows asks the database a few hundred times, not a
 * hundred thousand; only persons the importer may see are offered.
 */
final class ImportLookups {

    private final SqlRunner db;
    private final CaseReader reader;

    ImportLookups(SqlRunner db, CaseReader reader) {
        this.db = db;
        this.reader = reader;
    }

    /**
     * The rows already imported into a case the importer may see, by fingerprint. A row imported into a case hidden from
     * them (restricted, or withdrawn) is not reported: its reference would name a case that is a 404 everywhere else, so
     * such a row is imported again, as a new case its team can merge, rather than tell an outsider the case exists.
     */
    Map<String, ImportReport.KnownRow> known(List<ImportRecord> records) {
        Map<String, ImportReport.KnownRow> known = new HashMap<>();
        if (records.isEmpty()) {
            return known;
        }
        Map<String, Long> rows = new HashMap<>();
        records.forEach(r -> rows.put(r.fingerprint(), r.row()));
        String[] fingerprints = rows.keySet().toArray(String[]::new);
        for (Object[] hit : db.rows(new SqlStatement("SELECT r.fingerprint, r.batch_id, r.row_number, c.reference FROM import_row r "
                + "JOIN violation_case c ON c.id = r.case_id WHERE r.fingerprint = ANY(?) AND " + CaseVisibility.sql("c", reader),
                List.of((Object) fingerprints)))) {
            String fingerprint = ((String) hit[0]).strip();
            known.put(fingerprint, new ImportReport.KnownRow(rows.get(fingerprint), ((Number) hit[1]).longValue(),
                    ((Number) hit[2]).longValue(), (String) hit[3]));
        }
        return known;
    }

    List<ImportReport.PossibleDuplicate> duplicates(List<ImportRecord> records) {
        Set<String> spellings = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (ImportRecord record : records) {
            for (String spelling : spellings(record.victim())) {
                spellings.add(ArabicNames.normalise(spelling));
                keys.add(ArabicNames.latinKey(spelling));
            }
        }
        if (spellings.isEmpty()) {
            return List.of();
        }
        // Each person with the spellings that matched, so that a row is scored only against persons sharing one of its
        // spellings or keys — not against every person the chunk found.
        Map<String, Map<Long, Object[]>> bySpelling = new HashMap<>();
        for (Object[] hit : db.rows(new SqlStatement("SELECT p.id, p.name_ar, p.name_latin, p.birth_year, p.governorate_code, "
                + "n.normalised, n.name_key FROM person p JOIN person_name_index n ON n.person_id = p.id "
                + "WHERE p.merged_into IS NULL AND p.kind = 'INDIVIDUAL' "
                // A semi-join on the unnested names (hashed), not = ANY(array): that compares every row of the index
                // with every name of the chunk.
                + "AND (n.normalised IN (SELECT unnest(?::text[])) OR n.name_key IN (SELECT unnest(?::text[]))) AND "
                + PersonService.visibleSql("p", reader), List.of(spellings.toArray(String[]::new), keys.toArray(String[]::new))))) {
            Long id = ((Number) hit[0]).longValue();
            bySpelling.computeIfAbsent((String) hit[5], k -> new HashMap<>()).put(id, hit);
            bySpelling.computeIfAbsent((String) hit[6], k -> new HashMap<>()).put(id, hit);
        }
        List<ImportReport.PossibleDuplicate> found = new ArrayList<>();
        for (ImportRecord record : records) {
            Map<Long, Object[]> neighbours = new HashMap<>();
            for (String spelling : spellings(record.victim())) {
                neighbours.putAll(bySpelling.getOrDefault(ArabicNames.normalise(spelling), Map.of()));
                neighbours.putAll(bySpelling.getOrDefault(ArabicNames.latinKey(spelling), Map.of()));
            }
            if (neighbours.isEmpty()) {
                continue;
            }
            PersonFacts facts = facts(record.victim());
            for (Object[] person : neighbours.values()) {
                PersonFacts existing = new PersonFacts((String) person[1], (String) person[2], List.of(),
                        person[3] == null ? null : ((Number) person[3]).intValue(), (String) person[4]);
                if (DuplicateReasons.isCandidate(facts, existing)) {
                    found.add(new ImportReport.PossibleDuplicate(record.row(), name(record.victim()), ((Number) person[0]).longValue(),
                            person[1] != null ? (String) person[1] : (String) person[2], null,
                            DuplicateReasons.score(facts, existing), DuplicateReasons.reasons(facts, existing)));
                }
            }
        }
        return found;
    }

    static PersonFacts facts(PersonDraft victim) {
        return new PersonFacts(victim.nameArabic(), victim.nameLatin(), victim.aliasesOrEmpty(), victim.birthYear(),
                victim.governorate());
    }

    static String name(PersonDraft victim) {
        return victim.nameArabic() != null ? victim.nameArabic() : victim.nameLatin();
    }

    private static List<String> spellings(PersonDraft victim) {
        List<String> spellings = new ArrayList<>();
        if (victim == null) {
            return spellings;
        }
        if (victim.nameArabic() != null) {
            spellings.add(victim.nameArabic());
        }
        if (victim.nameLatin() != null) {
            spellings.add(victim.nameLatin());
        }
        return spellings;
    }
}
