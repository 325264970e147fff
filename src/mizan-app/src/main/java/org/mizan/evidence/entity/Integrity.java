package org.mizan.evidence.entity;

/** The result of the last re-hash of an item's stored bytes. */
public enum Integrity {
    INTACT, MISMATCH, MISSING
}
