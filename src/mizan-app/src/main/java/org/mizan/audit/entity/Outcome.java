package org.mizan.audit.entity;

/** How an audited action ended. */
public enum Outcome {
    SUCCESS, FAILURE, DENIED
}
