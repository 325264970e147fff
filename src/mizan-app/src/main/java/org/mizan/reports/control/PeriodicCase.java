package org.mizan.reports.control;

import org.mizan.cases.entity.Occupation;
import org.mizan.legal.entity.Phase;
import org.mizan.reports.entity.RedactedCase;

import java.util.ArrayList;
import java.util.List;

/**
 * One case of a periodic report: as the audience may see it, the occupations of its victims (counted in the
 * statistics only, never printed next to a victim: with initials, age group and place they could identify them) — each
 * victim once under each of their occupations, so a journalist who also organised protests counts under both, or once as
 * null when none is recorded — and where its prosecution stands (the furthest phase of its proceedings).
 */
public record PeriodicCase(RedactedCase redacted, List<Occupation> victimOccupations, Phase phase) {

    /** The victims' occupations as {@link #victimOccupations} counts them, from each victim's list (primary first). */
    public static List<Occupation> counted(List<List<Occupation>> eachVictims) {
        List<Occupation> counted = new ArrayList<>();
        for (List<Occupation> occupations : eachVictims) {
            if (occupations.isEmpty()) {
                counted.add(null);
            } else {
                counted.addAll(occupations);
            }
        }
        return counted;
    }
}
