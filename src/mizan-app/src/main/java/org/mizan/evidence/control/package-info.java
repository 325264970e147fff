/**
 * The evidence vault: streamed intake hashed as it arrives ({@link org.mizan.evidence.control.EvidenceIntake}),
 * the write-once content-addressed store behind {@link org.mizan.evidence.control.EvidenceStore}, the inspection queue
 * and the bounded worker process, custody, access rules, re-hashing and the sweep of orphaned files.
 */
package org.mizan.evidence.control;
