package org.mizan.cases.entity;

/** What became of a victim. */
public enum Fate {
    KILLED, INJURED, MISSING, FOUND_DEAD, DETAINED, RELEASED
}
