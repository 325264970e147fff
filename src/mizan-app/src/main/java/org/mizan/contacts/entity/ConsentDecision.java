package org.mizan.contacts.entity;

/** A consent given or withdrawn; the latest decision of each kind is the state. */
public enum ConsentDecision {
    GIVEN, WITHDRAWN
}
