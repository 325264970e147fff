/**
 * Writing and checking the trail: {@link org.mizan.audit.control.AuditTrail} writes events pending with their action
 * (refusals and failures on their own), {@link org.mizan.audit.control.AuditChain} numbers, links and seals them into
 * entries under the key {@link org.mizan.audit.control.AuditSeal} holds, with the signed checkpoints outside the
 * database, and {@link org.mizan.audit.control.ChainVerification} finds the first altered or missing entry.
 */
package org.mizan.audit.control;
