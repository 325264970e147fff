package org.mizan.legal.entity;

/** How a trial ended. */
public enum VerdictKind {
    CONVICTION, ACQUITTAL, RELEASE_INSUFFICIENT_EVIDENCE
}
