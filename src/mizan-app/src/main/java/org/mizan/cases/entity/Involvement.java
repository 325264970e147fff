package org.mizan.cases.entity;

/** An alleged perpetrator's degree of involvement. */
public enum Involvement {
    CARRIED_OUT, ORDERED, ASSISTED, FAILED_TO_PREVENT
}
