package org.mizan.audit.entity;

/**
 * What happened, before it is sealed into the chain. {@code details} must never hold secrets,
 * contact details or evidence content: the audit log is read by administrators.
 */
public record AuditEvent(String username, String clientAddress, String action, String target,
                         Outcome outcome, String details) {
}
