package org.mizan.evidence.entity;

import java.time.Instant;

/**
 * Where an item came from, as the investigator records it: who provided it, when and how it was
 * collected, the original address of online material, the capture device, notes, and a description
 * in Arabic or English. Every field may be empty.
 */
public record Provenance(String description, String providedBy, Instant collectedAt, String collectionMethod,
                         String originalUrl, String captureDevice, String notes) {

    public static Provenance none() {
        return new Provenance(null, null, null, null, null, null, null);
    }
}
