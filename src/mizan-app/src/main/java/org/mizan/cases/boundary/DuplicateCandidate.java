package org.mizan.cases.boundary;

import org.mizan.cases.control.PersonDuplicates;

import java.io.Serializable;
import java.util.List;

/** A person already recorded who may be the one being entered, with the reasons (message keys). */
public final class DuplicateCandidate implements Serializable {

    private static final long serialVersionUID = 1L;
    private final PersonOption person;
    private final double score;
    private final List<String> reasons;

    private DuplicateCandidate(PersonOption person, double score, List<String> reasons) {
        this.person = person;
        this.score = score;
        this.reasons = reasons;
    }

    static DuplicateCandidate of(PersonDuplicates.Candidate candidate) {
        return new DuplicateCandidate(PersonOption.of(candidate.person()), candidate.score(),
                candidate.reasons().stream().map(r -> "duplicate.reason." + r).toList());
    }

    public PersonOption getPerson() {
        return person;
    }

    public List<String> getReasons() {
        return reasons;
    }

    /** The score as a whole percentage, for the reader's sense of how close it is. */
    public long getPercent() {
        return Math.round(score * 100);
    }
}
