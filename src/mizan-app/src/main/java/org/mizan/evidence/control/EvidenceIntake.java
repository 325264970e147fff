package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives a file for a case: checks who is asking before reading a byte, streams the bytes into the
 * store (hashed on the way, never held whole in memory, refused past the limit), detects their type,
 * and only then commits the row that makes them visible. The same bytes uploaded to the same case
 * again are the existing item.
 */
@ApplicationScoped
public class EvidenceIntake {

    /** The item, and whether it was new or the same bytes were already an item of the case. */
    public record Received(EvidenceItem item, boolean duplicate) {
    }

    @Inject
    EvidenceStore store;
    @Inject
    EvidenceSettings settings;
    @Inject
    EvidenceQueries queries;
    @Inject
    EvidenceRecords records;
    @Inject
    Custody custody;
    @Inject
    InspectionQueue inspections;

    public Received receive(String caseReference, Upload upload, InputStream bytes, long declaredLength, CaseReader reader,
                            Actor actor) throws IOException {
        reader.requireEditor();
        long caseId = queries.caseId(caseReference, reader);
        queries.requireTeam(caseId, reader);
        if (upload.declaredName() == null || upload.declaredName().isBlank()) {
            throw new InvalidInput("name", "validation.required");
        }
        EvidenceChanges.checkLinks(upload.provenance());
        if (upload.derivedFrom() != null && queries.item(upload.derivedFrom(), reader).getCaseId() != caseId) {
            throw new InvalidInput("derivedFrom", "evidence.derivedFromOtherCase");
        }
        if (declaredLength > settings.maxBytes()) {
            throw new EvidenceStore.TooLarge(settings.maxBytes());
        }
        EvidenceStore.Stored stored = store.put(bytes, settings.maxBytes(), declaredLength);
        String detected = TypeDetector.detect(stored.head());
        var already = records.existing(caseId, stored.sha256());
        if (already.isPresent()) {
            custody.record(already.get().getId(), CustodyAction.DUPLICATE, actor, "uploaded again as " + upload.declaredName());
            return new Received(already.get(), true);
        }
        EvidenceItem created;
        try {
            created = records.create(caseId, stored, upload, detected, actor);
        } catch (RuntimeException raced) {
            // Most likely the same bytes, uploaded to this case at the same moment or before: that item stands.
            EvidenceItem existing = records.existing(caseId, stored.sha256()).orElseThrow(() -> raced);
            custody.record(existing.getId(), CustodyAction.DUPLICATE, actor, "uploaded again as " + upload.declaredName());
            return new Received(existing, true);
        }
        inspections.enqueue(created.getId()); // committed: inspected in the background, never in the way of the upload
        return new Received(created, false);
    }
}
