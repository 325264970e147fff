package org.mizan.cases.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in the documentation workflow. It moves one step forward or back, can be
 * closed from anywhere, and a closed case can only be reopened to intake.
 */
public enum CaseStatus {
    INTAKE, VERIFIED, DOCUMENTED, REFERRED, CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case INTAKE -> EnumSet.of(VERIFIED, CLOSED);
            case VERIFIED -> EnumSet.of(INTAKE, DOCUMENTED, CLOSED);
            case DOCUMENTED -> EnumSet.of(VERIFIED, REFERRED, CLOSED);
            case REFERRED -> EnumSet.of(DOCUMENTED, CLOSED);
            case CLOSED -> EnumSet.of(INTAKE);
        };
    }

    public boolean allows(CaseStatus target) {
        return target == this || next().contains(target);
    }
}
