package org.mizan.evidence.entity;

/** How far inspection got: not yet, done, or stopped (the item is stored all the same). */
public enum InspectionStatus {
    PENDING, INSPECTED, NOT_INSPECTED
}
