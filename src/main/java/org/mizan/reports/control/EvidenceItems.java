package org.mizan.reports.control;

import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.evidence.entity.EvidenceItem;

import java.util.List;

/**
 * The evidence list: each item's name, its SHA-256 (on a line of its own, so it is never broken and can be
 * compared by eye with a copy), size, verification status and a summary of its chain of custody.
 */
final class EvidenceItems {

    private final ReportText text;

    EvidenceItems(ReportText text) {
        this.text = text;
    }

    List<ReportItem> of(List<DossierFacts.Evidence> evidence) {
        return evidence.stream().map(this::item).toList();
    }

    private ReportItem item(DossierFacts.Evidence e) {
        EvidenceItem item = e.item();
        String facts = text.get("dossier.evidenceFacts", Long.toString(item.getSizeBytes()),
                text.label("evidence.verification.", item.getVerificationStatus()), ReportText.time(item.getReceivedAt()),
                item.getReceivedBy());
        CustodyEvent last = e.lastCustody();
        String custody = last == null ? null : text.get("dossier.custody", Integer.toString(e.custodyEvents()),
                text.label("evidence.custody.", last.getAction()), ReportText.time(last.getOccurredAt()), last.getUsername());
        return new ReportItem(item.getDeclaredName(), text.get("dossier.sha256", item.getSha256()),
                ReportText.join("\n", facts, custody));
    }
}
