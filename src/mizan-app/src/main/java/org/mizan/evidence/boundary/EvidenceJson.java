package org.mizan.evidence.boundary;

import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.Provenance;
import org.mizan.evidence.entity.VerificationRecord;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The wire forms of evidence for {@code /api/cases/{reference}/evidence} and {@code /api/evidence}. */
public final class EvidenceJson {

    private EvidenceJson() {
    }

    /**
     * An item: what it is, its provenance, what inspection found ({@code metadata}: everything Tika read, as a JSON
     * object in a string; the text is searchable through the case search, not returned), its status.
     * {@code sameBytesIn}: other cases holding the same bytes.
     */
    public record ItemView(long id, String caseReference, String sha256, long size, String declaredName, String declaredType,
                           String detectedType, Instant receivedAt, String receivedBy, String description, String providedBy,
                           Instant collectedAt, String collectionMethod, String originalUrl, String captureDevice, String notes,
                           Long derivedFrom, String derivation, String inspection, String inspectionNote, String capturedAt,
                           BigDecimal latitude, BigDecimal longitude, String author, String metadata, String verification,
                           boolean shareable,
                           String integrity, Instant integrityCheckedAt, boolean contentAvailable, List<String> sameBytesIn,
                           long version) {
        /** The item as this reader sees it: whether they may open it, and the other cases they may see that hold it. */
        static ItemView of(EvidenceItem e, String caseReference, CaseReader reader,
                           org.mizan.evidence.control.EvidenceQueries queries) {
            return of(e, caseReference, org.mizan.evidence.control.EvidenceAccess.mayOpen(reader, e), queries.sameBytesElsewhere(e, reader));
        }

        /**
         * The item without the team's traces (who received it, who provided it, its file name, its provenance and what
         * was read out of the file: a file name or an author is often the name the report shows by initials), for a
         * reader the redaction policy does not show them to; what it is, its hash and its status stay.
         */
        ItemView withoutStaffDetails() {
            return new ItemView(id, caseReference, sha256, size, null, declaredType, detectedType, receivedAt, null, null, null,
                    collectedAt, null, null, null, null, derivedFrom, derivation, inspection, null, capturedAt, null, null,
                    null, null, verification, shareable, integrity, integrityCheckedAt, contentAvailable, sameBytesIn, version);
        }

        static ItemView of(EvidenceItem e, String caseReference, boolean contentAvailable, List<String> sameBytesIn) {
            Provenance p = e.provenance();
            return new ItemView(e.getId(), caseReference, e.getSha256(), e.getSizeBytes(), e.getDeclaredName(), e.getDeclaredType(),
                    e.getDetectedType(), e.getReceivedAt(), e.getReceivedBy(), p.description(), p.providedBy(), p.collectedAt(),
                    p.collectionMethod(), p.originalUrl(), p.captureDevice(), p.notes(), e.getDerivedFrom(), e.getDerivation(),
                    e.getInspectionStatus().name(), e.getInspectionNote(), e.getCapturedAt(), e.getLatitude(), e.getLongitude(),
                    e.getAuthor(), e.getMetadata(), e.getVerificationStatus().name(), e.isShareable(), e.getIntegrity().name(),
                    e.getIntegrityCheckedAt(), contentAvailable, sameBytesIn, e.getVersion());
        }
    }

    /** Provenance as sent: {@code collectedAt} is an ISO instant ({@code 2019-10-25T14:00:00Z}). */
    public record ProvenanceInput(String description, String providedBy, String collectedAt, String collectionMethod,
                                  String originalUrl, String captureDevice, String notes, Long version) {
        Provenance toProvenance() {
            return provenance(description, providedBy, collectedAt, collectionMethod, originalUrl, captureDevice, notes);
        }
    }

    static Provenance provenance(String description, String providedBy, String collectedAt, String collectionMethod,
                                 String originalUrl, String captureDevice, String notes) {
        Instant collected = null;
        if (collectedAt != null && !collectedAt.isBlank()) {
            try {
                collected = Instant.parse(collectedAt.strip());
            } catch (DateTimeParseException e) {
                throw new org.mizan.platform.control.InvalidInput("collectedAt", "evidence.collectedAt.invalid");
            }
        }
        return new Provenance(Text.blankToNull(description), Text.blankToNull(providedBy), collected,
                Text.blankToNull(collectionMethod), Text.blankToNull(originalUrl), Text.blankToNull(captureDevice),
                Text.blankToNull(notes));
    }

    public record CustodyView(Instant occurredAt, String username, String clientAddress, String action, String reason) {
        static CustodyView of(CustodyEvent e, boolean staffDetails) {
            return staffDetails ? new CustodyView(e.getOccurredAt(), e.getUsername(), e.getClientAddress(), e.getAction().name(),
                    e.getReason()) : new CustodyView(e.getOccurredAt(), null, null, e.getAction().name(), null);
        }
    }

    public record VerificationInput(String status, String method, String notes) {
    }

    public record VerificationView(String status, String method, String decidedBy, Instant decidedAt, String notes) {
        static VerificationView of(VerificationRecord v, boolean staffDetails) {
            return new VerificationView(v.getStatus().name(), v.getMethod() == null ? null : v.getMethod().name(),
                    staffDetails ? v.getDecidedBy() : null, v.getDecidedAt(), staffDetails ? v.getNotes() : null);
        }
    }

    public record ShareInput(Boolean shareable, String reason) {
    }

    /** An item handed on outside Mizan: {@code action} TRANSFER or EXPORT, and to whom / why. */
    public record HandOverInput(String action, String reason) {
    }

    public record RehashView(String integrity) {
    }

    /** The version as an entity tag, for If-Match. */
    static jakarta.ws.rs.core.EntityTag etag(EvidenceItem item) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(item.getVersion()));
    }

    public record SweepView(int deleted) {
    }

    public record RehashAllView(int checked, int intact, List<Long> failed) {
    }
}
