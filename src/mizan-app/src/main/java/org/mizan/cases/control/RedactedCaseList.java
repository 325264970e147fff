package org.mizan.cases.control;

import jakarta.persistence.EntityManager;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.security.control.CaseReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A case list for a reader who reads cases redacted ({@link CaseDisclosure}): the victims as the policy shows them,
 * no passage of a narrative they may not read, and a search that finds a case only through what they may read of
 * it — its reference, its locality, the name of a person the case names to them, its narrative where they may read
 * it. A case found by a withheld name (or a narrative, note or evidence text that holds it) would confirm the link
 * between that name and the case, which the initials are there to hide; the sources' descriptions and what was read
 * out of evidence files are the team's alone ({@link CaseDisclosure#showsStaffDetails}). Notes on the people in a
 * case are not searched for them even where the case shows its free text: deny when unsure, as search reaches
 * further than any one page.
 *
 * <p>The search asks the full search for its best {@value #CANDIDATES} cases, then keeps those a reader may find:
 * its total is then exact only when fewer matched. Advocates search far less often than the team, and a list of a
 * thousand cases, each checked against the families' consent, is what keeps the rule in one place (the policy)
 * rather than in SQL.
 */
final class RedactedCaseList {

    static final int CANDIDATES = 1000;

    private final EntityManager em;
    private final SqlRunner db;
    private final CaseDisclosure disclosure;
    private final CaseReader reader;

    RedactedCaseList(EntityManager em, SqlRunner db, CaseDisclosure disclosure, CaseReader reader) {
        this.em = em;
        this.db = db;
        this.disclosure = disclosure;
        this.reader = reader;
    }

    /** The rows as the reader may read them, in the same order. */
    List<CaseSummary> disclose(List<CaseSummary> rows) {
        List<ViolationCase> cases = load(rows);
        List<DisclosedCase> shown = disclosure.disclose(cases, reader);
        List<CaseSummary> disclosed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            disclosed.add(summary(rows.get(i), shown.get(i)));
        }
        return disclosed;
    }

    /** Of the rows a search found, those the reader could have found in what they may read, still undisclosed. */
    List<CaseSummary> findable(List<CaseSummary> rows, String text) {
        List<ViolationCase> cases = load(rows);
        List<DisclosedCase> shown = disclosure.disclose(cases, reader);
        Set<Long> persons = NameQuery.of(text).matching(db)
                .map(m -> m.spellings(db, CaseQuery.NAME_MATCHES, true).stream().map(NameQuery.Hit::personId)
                        .collect(Collectors.toSet())).orElse(Set.of());
        Set<Long> narratives = narrativesMatching(cases, text);
        String reference = CaseReferences.searched(text).orElse(null);
        List<CaseSummary> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ViolationCase c = cases.get(i);
            DisclosedCase d = shown.get(i);
            boolean byReference = reference != null && c.getReference().startsWith(reference);
            boolean byName = d.parties().stream().anyMatch(p -> p.personId() != null && persons.contains(p.personId()));
            boolean byNarrative = d.freeText() && narratives.contains(c.getId());
            boolean byLocality = d.locality() != null && LocalityKeys.matches(d.locality(), text);
            if (byReference || byName || byNarrative || byLocality) {
                kept.add(rows.get(i));
            }
        }
        return kept;
    }

    private Set<Long> narrativesMatching(List<ViolationCase> cases, String text) {
        if (cases.isEmpty()) {
            return Set.of();
        }
        String normalised = ArabicNames.normalise(text);
        String ids = cases.stream().map(c -> String.valueOf(c.getId())).collect(Collectors.joining(",", "{", "}"));
        Set<Long> found = new HashSet<>();
        db.rows(new SqlStatement("SELECT c.id FROM violation_case c WHERE c.id = ANY(CAST(? AS bigint[])) AND c.narrative_search @@ "
                + CaseQuery.TSQUERY, List.of(ids, normalised, normalised))).forEach(row -> found.add(((Number) row[0]).longValue()));
        return found;
    }

    private List<ViolationCase> load(List<CaseSummary> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, ViolationCase> byReference = em.createQuery("SELECT c FROM ViolationCase c WHERE c.reference IN :refs",
                        ViolationCase.class)
                .setParameter("refs", rows.stream().map(CaseSummary::reference).toList())
                .setHint("eclipselink.batch", "c.parties").setHint("eclipselink.batch.type", "IN")
                .getResultStream().collect(Collectors.toMap(ViolationCase::getReference, Function.identity()));
        return rows.stream().map(r -> byReference.get(r.reference())).toList();
    }

    private static CaseSummary summary(CaseSummary row, DisclosedCase shown) {
        List<String> victims = shown.parties(PartyRole.VICTIM).stream().map(DisclosedCase.DisclosedParty::displayName)
                .filter(java.util.Objects::nonNull).toList();
        return new CaseSummary(row.reference(), row.incidentDate(), row.governorate(), row.status(), row.confidentiality(),
                row.violationTypes(), victims, row.updatedAt(), row.score(), shown.freeText() ? row.highlight() : null);
    }
}
