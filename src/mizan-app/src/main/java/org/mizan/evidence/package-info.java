/**
 * The evidence vault: uploads streamed and hashed at intake into a write-once store, inspected by
 * Tika in a separate process, served safely, re-hashed on demand and on a schedule, with a chain of
 * custody and a verification history for every item.
 */
package org.mizan.evidence;
