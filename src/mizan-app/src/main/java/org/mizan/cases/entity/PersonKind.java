package org.mizan.cases.entity;

/** A person record may stand for a security-force unit or an armed group named as perpetrator. */
public enum PersonKind {
    INDIVIDUAL, UNIT, ARMED_GROUP
}
