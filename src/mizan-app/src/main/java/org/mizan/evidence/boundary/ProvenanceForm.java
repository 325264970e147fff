package org.mizan.evidence.boundary;

import org.mizan.platform.boundary.BaghdadTime;
import org.mizan.evidence.entity.Provenance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Where an item came from, as typed into a page: before an upload (it then applies to every file
 * uploaded from that page) or on the item page afterwards. The rules are the REST API's
 * ({@link EvidenceJson#provenance}), so a page and a client are held to the same ones.
 */
public final class ProvenanceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private String providedBy;
    /** Baghdad wall-clock time, as the label says; the system's own times stay UTC. */
    private LocalDateTime collectedAt;
    private String collectionMethod;
    private String originalUrl;
    private String captureDevice;
    private String notes;

    static ProvenanceForm of(Provenance provenance) {
        ProvenanceForm form = new ProvenanceForm();
        form.description = provenance.description();
        form.providedBy = provenance.providedBy();
        form.collectedAt = BaghdadTime.local(provenance.collectedAt());
        form.collectionMethod = provenance.collectionMethod();
        form.originalUrl = provenance.originalUrl();
        form.captureDevice = provenance.captureDevice();
        form.notes = provenance.notes();
        return form;
    }

    /** A form of its own with the same values, to be changed without changing this one. */
    ProvenanceForm copy() {
        return of(new Provenance(description, providedBy, BaghdadTime.instant(collectedAt), collectionMethod, originalUrl,
                captureDevice, notes));
    }

    /** The provenance typed; {@link org.mizan.platform.control.InvalidInput} names the field that breaks a rule. */
    Provenance toProvenance() {
        Instant collected = BaghdadTime.instant(collectedAt);
        return EvidenceJson.provenance(description, providedBy, collected == null ? null : collected.toString(), collectionMethod,
                originalUrl, captureDevice, notes);
    }

    /** Same values in every field: the provenance has not changed. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProvenanceForm form && Objects.equals(description, form.description)
                && Objects.equals(providedBy, form.providedBy) && Objects.equals(collectedAt, form.collectedAt)
                && Objects.equals(collectionMethod, form.collectionMethod) && Objects.equals(originalUrl, form.originalUrl)
                && Objects.equals(captureDevice, form.captureDevice) && Objects.equals(notes, form.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, providedBy, collectedAt, collectionMethod, originalUrl, captureDevice, notes);
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getProvidedBy() { return providedBy; }
    public void setProvidedBy(String providedBy) { this.providedBy = providedBy; }
    public LocalDateTime getCollectedAt() { return collectedAt; }
    public void setCollectedAt(LocalDateTime collectedAt) { this.collectedAt = collectedAt; }
    public String getCollectionMethod() { return collectionMethod; }
    public void setCollectionMethod(String collectionMethod) { this.collectionMethod = collectionMethod; }
    public String getOriginalUrl() { return originalUrl; }
    public void setOriginalUrl(String originalUrl) { this.originalUrl = originalUrl; }
    public String getCaptureDevice() { return captureDevice; }
    public void setCaptureDevice(String captureDevice) { this.captureDevice = captureDevice; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
