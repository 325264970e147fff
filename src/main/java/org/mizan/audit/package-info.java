/**
 * The append-only audit trail: every entry sealed with SHA-256 over its fields and the previous
 * entry's seal, a database trigger refusing updates and deletes, and verification that finds the
 * first altered, removed or reordered entry.
 */
package org.mizan.audit;
