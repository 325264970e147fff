package org.mizan.cases.entity;

/** Restricted cases are seen only by their assigned team and administrators. */
public enum Confidentiality {
    STANDARD, RESTRICTED
}
