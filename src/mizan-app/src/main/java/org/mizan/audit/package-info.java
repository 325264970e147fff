/**
 * The append-only audit trail: every entry sealed with HMAC-SHA256, under a key the database does not
 * hold, over its fields and the previous entry's seal (plain SHA-256 for entries from before the key);
 * a database trigger refusing updates and deletes; signed checkpoints kept outside the database; and
 * verification that finds the first altered, removed or reordered entry, or a trail shortened at its end.
 */
package org.mizan.audit;
