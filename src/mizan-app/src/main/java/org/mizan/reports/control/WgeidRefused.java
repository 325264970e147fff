package org.mizan.reports.control;

import org.mizan.reports.entity.WgeidRequirement;

import java.util.List;

/**
 * A WGEID submission that cannot be made: the case lacks what the Working Group needs, or the family has not
 * consented. Carries every missing item at once, so the user can complete the record in one go; REST answers
 * 422 with the list, the case page a message per item.
 */
public class WgeidRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<WgeidRequirement> missing;

    public WgeidRefused(List<WgeidRequirement> missing) {
        super("WGEID submission refused, missing: " + missing.stream().map(WgeidRequirement::item).toList());
        this.missing = List.copyOf(missing);
    }

    public List<WgeidRequirement> missing() {
        return missing;
    }
}
