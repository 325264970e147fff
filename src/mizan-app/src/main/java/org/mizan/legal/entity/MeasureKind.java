package org.mizan.legal.entity;

/** What kind of step outside the courts a measure is. */
public enum MeasureKind {
    DISMISSAL, INQUIRY_COMMISSION, COMPENSATION, OFFICIAL_STATEMENT, OTHER
}
