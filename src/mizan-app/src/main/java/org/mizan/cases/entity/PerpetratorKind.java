package org.mizan.cases.entity;

/** Who is alleged to have done it; UNIDENTIFIED ("unidentified armed men") is the most common answer and a value of its own. */
public enum PerpetratorKind {
    PERSON, UNIT, ARMED_GROUP, UNIDENTIFIED
}
