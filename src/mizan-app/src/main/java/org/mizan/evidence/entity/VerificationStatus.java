package org.mizan.evidence.entity;

/** Whether an item has been judged authentic. */
public enum VerificationStatus {
    UNVERIFIED, UNDER_REVIEW, VERIFIED, DISPUTED
}
