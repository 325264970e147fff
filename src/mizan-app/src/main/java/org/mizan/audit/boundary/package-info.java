/**
 * The audit trail for administrators: the audit page (search, and *Verify*, which recomputes the chain) and
 * {@code /api/audit} with {@code /api/audit/verify}.
 */
package org.mizan.audit.boundary;
