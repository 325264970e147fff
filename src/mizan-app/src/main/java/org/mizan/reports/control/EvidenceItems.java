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

    /** {@code staff}: file names and who handled each item may be printed (INTERNAL and LEGAL); else the type and times only. */
    List<ReportItem> of(List<DossierFacts.Evidence> evidence, boolean staff) {
        List<ReportItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            items.add(item(evidence.get(i), i + 1, staff));
        }
        return items;
    }

    private ReportItem item(DossierFacts.Evidence e, int number, boolean staff) {
        EvidenceItem item = e.item();
        String facts = text.get(staff ? "dossier.evidenceFacts" : "dossier.evidenceFactsAnonymous", Long.toString(item.getSizeBytes()),
                text.label("evidence.verification.", item.getVerificationStatus()), ReportText.time(item.getReceivedAt()),
                item.getReceivedBy());
        CustodyEvent last = e.lastCustody();
        String custody = last == null ? null : text.get(staff ? "dossier.custody" : "dossier.custodyAnonymous", Integer.toString(e.custodyEvents()),
                text.label("evidence.custody.", last.getAction()), ReportText.time(last.getOccurredAt()), last.getUsername());
        String title = staff ? item.getDeclaredName() : text.get("dossier.evidenceItem", Integer.toString(number), item.getDetectedType());
        return new ReportItem(title, text.get("dossier.sha256", item.getSha256()), ReportText.join("\n", facts, custody));
    }
}
