package org.mizan.cases.entity;

/** As recorded; UNKNOWN when the source does not say. */
public enum Gender {
    MALE, FEMALE, UNKNOWN
}
