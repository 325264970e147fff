package org.mizan.evidence.boundary;

import org.mizan.evidence.entity.EvidenceItem;

import java.io.Serializable;

/**
 * What inspection read out of an item's own metadata, shown beside what the investigator recorded:
 * when the camera says it was taken, where (GPS), and who the document says wrote it. Any may be
 * missing, and none is proof: metadata can be stripped or forged.
 */
public final class InspectionFindings implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String capturedAt;
    private final String coordinates;
    private final String author;

    private InspectionFindings(EvidenceItem item) {
        capturedAt = item.getCapturedAt();
        coordinates = item.getLatitude() == null || item.getLongitude() == null ? null
                : item.getLatitude().toPlainString() + ", " + item.getLongitude().toPlainString();
        author = item.getAuthor();
    }

    static InspectionFindings of(EvidenceItem item) {
        return new InspectionFindings(item);
    }

    /** Nothing read out of the file: for a reader the redaction policy does not show it to (an author is a name). */
    static InspectionFindings none() {
        return new InspectionFindings();
    }

    private InspectionFindings() {
        capturedAt = null;
        coordinates = null;
        author = null;
    }

    public boolean isEmpty() {
        return capturedAt == null && coordinates == null && author == null;
    }

    public String getCapturedAt() { return capturedAt; }
    public String getCoordinates() { return coordinates; }
    public String getAuthor() { return author; }
}
