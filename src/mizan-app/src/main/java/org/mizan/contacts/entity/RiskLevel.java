package org.mizan.contacts.entity;

/** How much danger a contact is in; from HIGH on, revealing their details needs a stated reason. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, RELOCATED;

    public boolean revealNeedsReason() {
        return this == HIGH || this == RELOCATED;
    }
}
