package org.mizan.evidence.boundary;

import org.mizan.evidence.control.TypeAgreement;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.evidence.entity.Integrity;
import org.mizan.platform.boundary.ByteSizes;

import java.io.Serializable;
import java.util.List;

/**
 * An item as the evidence pages show it: what it is and what it claimed to be, its hash, who received
 * it when, how far inspection and verification got, whether its bytes were intact at the last
 * re-hash, which other cases hold the same bytes, and whether this reader may open it.
 */
public final class EvidenceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String declaredType;
    private final String detectedType;
    private final String nameSuggests;
    private final boolean typeAgrees;
    private final long sizeBytes;
    private final String size;
    private final String sha256;
    private final String receivedAt;
    private final String receivedBy;
    private final String inspection;
    private final String inspectionNote;
    private final String verification;
    private final String integrity;
    private final String integrityCheckedAt;
    private final boolean shareable;
    private final boolean mayOpen;
    private final Long derivedFrom;
    private final String derivation;
    private final List<String> alsoInCases;

    private EvidenceRow(EvidenceItem item, boolean mayOpen, List<String> alsoInCases, boolean staffDetails) {
        id = item.getId();
        // A file name is often the name of the person a redacted reader sees by initials: they get the item's number.
        name = staffDetails ? item.getDeclaredName() : "#" + item.getId();
        declaredType = item.getDeclaredType();
        detectedType = item.getDetectedType();
        nameSuggests = TypeAgreement.suggestedBy(name);
        typeAgrees = TypeAgreement.agrees(name, declaredType, detectedType);
        sizeBytes = item.getSizeBytes();
        size = ByteSizes.format(sizeBytes);
        sha256 = item.getSha256();
        receivedAt = EvidenceTimes.minute(item.getReceivedAt());
        receivedBy = staffDetails ? item.getReceivedBy() : null;
        inspection = item.getInspectionStatus().name();
        inspectionNote = staffDetails ? item.getInspectionNote() : null;
        verification = item.getVerificationStatus().name();
        integrity = item.getIntegrity().name();
        integrityCheckedAt = EvidenceTimes.minute(item.getIntegrityCheckedAt());
        shareable = item.isShareable();
        this.mayOpen = mayOpen;
        derivedFrom = item.getDerivedFrom();
        derivation = item.getDerivation();
        this.alsoInCases = List.copyOf(alsoInCases);
    }

    /** {@code staffDetails}: whether the redaction policy shows this reader the team's traces (file names, who received). */
    static EvidenceRow of(EvidenceItem item, boolean mayOpen, List<String> alsoInCases, boolean staffDetails) {
        return new EvidenceRow(item, mayOpen, alsoInCases, staffDetails);
    }

    /** The bytes failed their last re-hash (changed or gone): every page showing the item raises the alarm. */
    public boolean isFailing() {
        return !Integrity.INTACT.name().equals(integrity);
    }

    public PreviewKind getPreview() {
        return mayOpen ? PreviewKind.of(detectedType) : PreviewKind.NONE;
    }

    /** Where the bytes are downloaded, relative to the application. */
    public String getDownloadPath() {
        return EvidenceFileServlet.pathOf(id, false);
    }

    public String getInlinePath() {
        return EvidenceFileServlet.pathOf(id, true);
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public String getDeclaredType() { return declaredType; }
    public String getDetectedType() { return detectedType; }
    public String getNameSuggests() { return nameSuggests; }
    public boolean isTypeAgrees() { return typeAgrees; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getReceivedAt() { return receivedAt; }
    public String getReceivedBy() { return receivedBy; }
    public String getInspection() { return inspection; }
    public String getInspectionNote() { return inspectionNote; }
    public String getVerification() { return verification; }
    public String getIntegrity() { return integrity; }
    public String getIntegrityCheckedAt() { return integrityCheckedAt; }
    public boolean isShareable() { return shareable; }
    public boolean isMayOpen() { return mayOpen; }
    public Long getDerivedFrom() { return derivedFrom; }
    public String getDerivation() { return derivation; }
    public List<String> getAlsoInCases() { return alsoInCases; }
}
