package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.CaseService;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.evidence.control.Custody;
import org.mizan.evidence.control.EvidenceQueries;
import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.legal.control.ImpunityIndicators;
import org.mizan.legal.control.MeasureService;
import org.mizan.legal.control.ProceedingService;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one case for a report through the services that own each part, so every rule of visibility applies as
 * it does on screen: a restricted case outside the reader's team is {@code NotFound} here too.
 */
@ApplicationScoped
public class DossierGathering {

    @Inject
    CaseService cases;
    @Inject
    ProceedingService proceedings;
    @Inject
    MeasureService measures;
    @Inject
    EvidenceQueries evidence;
    @Inject
    Custody custody;
    @Inject
    ImpunityIndicators impunity;

    @Inject
    Clock clock;

    /** One transaction, so the parts agree with each other. Reading the case is audited as any read is. */
    @Transactional
    public DossierFacts gather(String reference, CaseReader reader, Actor actor) {
        ViolationCase found = cases.read(reference, reader, actor);
        List<DossierFacts.Evidence> items = new ArrayList<>();
        for (EvidenceItem item : evidence.ofCase(reference, reader)) {
            List<CustodyEvent> chain = custody.of(item.getId());
            items.add(new DossierFacts.Evidence(item, chain.size(), chain.isEmpty() ? null : chain.get(chain.size() - 1)));
        }
        return new DossierFacts(found, proceedings.ofCase(reference, reader), measures.ofCase(reference, reader), items, impunity.clock(reference, reader),
                actor.username(), clock.instant());
    }
}
