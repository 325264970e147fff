package org.mizan.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.VerificationStatus;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.Provenance;
import org.mizan.evidence.entity.VerificationMethod;
import org.mizan.evidence.entity.VerificationRecord;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.WebLinks;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;

/**
 * What investigators change about an item after intake — never its bytes: its provenance, whether
 * advocates may open it, and its verification status (with who, when, how and why, kept as history).
 * Handing an item on (a transfer or an export) is recorded here too.
 */
@ApplicationScoped
public class EvidenceChanges {

    @PersistenceContext
    EntityManager em;
    @Inject
    EvidenceQueries queries;
    @Inject
    Custody custody;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public EvidenceItem describe(long id, Provenance provenance, Long expectedVersion, CaseReader reader, Actor actor) {
        reader.requireEditor();
        checkLinks(provenance);
        EvidenceItem item = editable(id, expectedVersion, reader);
        item.describe(provenance);
        em.flush();
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), "EVIDENCE_PROVENANCE", "evidence:" + id,
                Outcome.SUCCESS, "version " + item.getVersion()));
        return item;
    }

    /** The original address is shown as a link on the item's page: a web address only (intake and later edits alike). */
    static void checkLinks(Provenance provenance) {
        if (provenance != null) {
            WebLinks.require("originalUrl", provenance.originalUrl(), "evidence.originalUrl.invalid");
        }
    }

    @Transactional
    public EvidenceItem share(long id, boolean shareable, String reason, CaseReader reader, Actor actor) {
        reader.requireEditor();
        EvidenceItem item = queries.item(id, reader);
        queries.requireTeam(item.getCaseId(), reader);
        item.setShareable(shareable);
        custody.record(id, CustodyAction.TRANSFER, actor, (shareable ? "shareable with advocates" : "no longer shareable")
                + (reason == null || reason.isBlank() ? "" : ": " + reason));
        return item;
    }

    @Transactional
    public VerificationRecord verify(long id, VerificationStatus status, VerificationMethod method, String notes, CaseReader reader,
                                     Actor actor) {
        reader.requireEditor();
        if (status == null) {
            throw new InvalidInput("status", "validation.required");
        }
        if ((status == VerificationStatus.VERIFIED || status == VerificationStatus.DISPUTED) && method == null) {
            throw new InvalidInput("method", "evidence.methodRequired");
        }
        EvidenceItem item = queries.item(id, reader);
        queries.requireTeam(item.getCaseId(), reader);
        VerificationRecord record = new VerificationRecord(id, status, method, actor.username(), clock.instant(), notes);
        em.persist(record);
        item.setVerificationStatus(status);
        custody.record(id, CustodyAction.VERIFICATION, actor, status + (method == null ? "" : " by " + method));
        return record;
    }

    /** An item handed on outside Mizan (to a court, a prosecutor, a UN body), or exported. */
    @Transactional
    public void handOver(long id, CustodyAction action, String reason, CaseReader reader, Actor actor) {
        if (action != CustodyAction.TRANSFER && action != CustodyAction.EXPORT) {
            throw new InvalidInput("action", "evidence.handOverAction");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "validation.required");
        }
        EvidenceAccess.requireOpen(reader, queries.item(id, reader));
        custody.record(id, action, actor, reason.strip());
    }

    private EvidenceItem editable(long id, Long expectedVersion, CaseReader reader) {
        EvidenceItem item = queries.item(id, reader);
        queries.requireTeam(item.getCaseId(), reader);
        if (expectedVersion != null && expectedVersion != item.getVersion()) {
            throw new Conflict("conflict.stale");
        }
        return item;
    }
}
