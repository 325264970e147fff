package org.mizan.contacts.entity;

/** The contact's relationship to the victim or witness ({@code SELF}: the survivor or witness in person). */
public enum Relationship {
    SELF, MOTHER, FATHER, SPOUSE, SON, DAUGHTER, BROTHER, SISTER, OTHER_RELATIVE, FRIEND, OTHER
}
