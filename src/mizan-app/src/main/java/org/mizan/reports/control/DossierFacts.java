package org.mizan.reports.control;

import org.mizan.cases.entity.ViolationCase;
import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.legal.control.ImpunityClock;
import org.mizan.legal.control.MeasureView;
import org.mizan.legal.control.ProceedingView;

import java.time.Instant;
import java.util.List;

/**
 * Everything a dossier may draw on for one case, read through the owning components' services with the reader's
 * visibility. Deliberately holds no contact details: the contacts component is never asked.
 */
public record DossierFacts(ViolationCase violationCase, List<ProceedingView> proceedings, List<MeasureView> measures,
                           List<Evidence> evidence,
                           ImpunityClock.Reading clock, String generatedBy, Instant generatedAt) {

    /** An evidence item with the size of its chain of custody and the latest link (null when there is none). */
    public record Evidence(EvidenceItem item, int custodyEvents, CustodyEvent lastCustody) {
    }
}
