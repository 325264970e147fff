package org.mizan.legal.control;

import java.time.Instant;

/**
 * A hearing as a phone calendar may see it: when, where, which case, why. Deliberately no outcome
 * notes, no lawyers' notes, no names: a phone calendar (and the cloud it syncs to) is not a safe place,
 * and what this record cannot carry cannot leak into a feed.
 */
public record FeedHearing(long id, String caseReference, Instant startsAt, String court, String purpose,
                          long version, Instant updatedAt) {
}
