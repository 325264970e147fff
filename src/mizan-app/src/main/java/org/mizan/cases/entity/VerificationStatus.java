package org.mizan.cases.entity;

/**
 * Whether an evidence item has been judged authentic. It lives with the cases, not the evidence, because the case
 * list filters cases by their evidence's status: evidence builds on cases, and cases must not need evidence back.
 */
public enum VerificationStatus {
    UNVERIFIED, UNDER_REVIEW, VERIFIED, DISPUTED
}
