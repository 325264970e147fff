package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.CaseSearch;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.legal.control.ImpunityFigures;
import org.mizan.legal.control.ImpunityIndicators;
import org.mizan.legal.entity.Phase;
import org.mizan.platform.control.JobProgress;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.security.control.CaseReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a periodic report says, in one transaction: the impunity indicators from {@link ImpunityIndicators} (the
 * one place that derives them, which also tells where each case's prosecution stands), then the cases a page at a
 * time through {@link CasePages} — the case list's filters and the reader's visibility — redacted by
 * {@link Redaction}, reduced to {@link PeriodicCase}s, and cleared from the persistence context before the next page.
 */
@ApplicationScoped
public class PeriodicGathering {

    static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    Redaction redaction;
    @Inject
    CaseSearch search;
    @Inject
    ImpunityIndicators impunity;
    @Inject
    ReferenceData referenceData;

    /** The cases of the order for this reader, the indicators over exactly them, and the labels of the codes. */
    public record Gathered(List<PeriodicCase> cases, ImpunityFigures impunity, Map<String, ReferenceData.Label> violationTypes,
                           Map<String, ReferenceData.Label> governorates) {
    }

    /**
     * {@code progress} goes from 0 to 1 as the cases are read and redacted. Everything the report reads from the
     * database is read here, in one transaction: a background job has no request whose persistence context would serve
     * a read outside one.
     */
    @Transactional
    public Gathered gather(PeriodicOrder order, CaseReader reader, JobProgress progress) {
        redaction.requireAllowed(order.audience(), reader);
        Map<Long, Phase> phases = new HashMap<>();
        ImpunityFigures figures = impunity.figures(order.filter(), reader, phases::put);
        progress.at(0.1);
        CasePages pages = CasePages.of(SqlRunner.of(em), order.filter(), reader, search);
        long total = Math.max(1, pages.count());
        List<PeriodicCase> cases = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> references = pages.references(page, PAGE);
            List<ViolationCase> loaded = CasePages.load(em, references);
            List<RedactedCase> redacted = loaded.isEmpty() ? List.of() : redaction.redact(loaded, order.audience(), reader);
            for (int i = 0; i < loaded.size(); i++) {
                ViolationCase c = loaded.get(i);
                cases.add(new PeriodicCase(redacted.get(i), victimOccupations(c), phases.getOrDefault(c.getId(), Phase.NOT_STARTED)));
            }
            em.clear();
            progress.at(0.1 + 0.9 * Math.min(1.0, (double) cases.size() / total));
            if (references.size() < PAGE) {
                break;
            }
        }
        return new Gathered(List.copyOf(cases), figures, referenceData.violationTypes(), referenceData.governorates());
    }

    private static List<Occupation> victimOccupations(ViolationCase c) {
        return PeriodicCase.counted(c.getParties().stream().filter(p -> p.getRole() == PartyRole.VICTIM).map(CaseParty::getPerson)
                .map(person -> person == null ? List.<Occupation>of() : person.getOccupations()).toList());
    }
}
