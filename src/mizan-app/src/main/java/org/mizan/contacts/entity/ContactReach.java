package org.mizan.contacts.entity;

/** Whom a contact reaches: the family of a victim, a surviving victim, or a witness who agreed to be reached. */
public enum ContactReach {
    FAMILY, SURVIVOR, WITNESS
}
