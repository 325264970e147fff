package org.mizan.cases.entity;

/** How a person takes part in a case. */
public enum PartyRole {
    VICTIM, PERPETRATOR, WITNESS
}
