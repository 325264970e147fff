package org.mizan.reports.control;

import org.mizan.cases.entity.Occupation;
import org.mizan.legal.entity.Phase;
import org.mizan.reports.entity.RedactedCase;

import java.util.List;

/**
 * One case of a periodic report: as the audience may see it, the occupation of each victim (counted in the
 * statistics only, never printed next to a victim: with initials, age group and place it could identify them; null
 * when not recorded) and where its prosecution stands (the furthest phase of its proceedings).
 */
public record PeriodicCase(RedactedCase redacted, List<Occupation> victimOccupations, Phase phase) {
}
