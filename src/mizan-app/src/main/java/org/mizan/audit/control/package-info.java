/**
 * Writing and checking the trail: {@link org.mizan.audit.control.AuditTrail} appends entries in a transaction of
 * their own, {@link org.mizan.audit.control.AuditSeal} seals them under the audit key and keeps the signed checkpoints
 * outside the database, {@link org.mizan.audit.control.ChainVerification} finds the first altered or missing entry.
 */
package org.mizan.audit.control;
