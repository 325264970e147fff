package org.mizan.evidence.control;

import org.mizan.evidence.entity.InspectionStatus;

import java.math.BigDecimal;

/**
 * What an inspection gives an item: the type with container detection, the text, the metadata as
 * JSON and the facts taken from it — or NOT_INSPECTED and why. Every value is already bounded to
 * its column and checked, since it comes from a process that read a hostile file.
 */
public record InspectionOutcome(InspectionStatus status, String note, String detectedType, String text, String metadata,
                                String capturedAt, BigDecimal latitude, BigDecimal longitude, String author) {

    public static InspectionOutcome notInspected(String note) {
        return new InspectionOutcome(InspectionStatus.NOT_INSPECTED, note, null, null, null, null, null, null, null);
    }
}
