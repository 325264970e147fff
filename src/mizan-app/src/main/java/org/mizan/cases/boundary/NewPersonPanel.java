package org.mizan.cases.boundary;

import org.mizan.cases.entity.PartyRole;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The new-person panel: open for one role at a time, with the form and the possible duplicates found for it. */
public final class NewPersonPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private PartyRole role;
    private NewPersonForm form = new NewPersonForm();
    private List<DuplicateCandidate> candidates = List.of();

    void open(PartyRole role, String typed) {
        this.role = role;
        form = NewPersonForm.startingWith(typed);
        candidates = List.of();
    }

    void close() {
        role = null;
        form = new NewPersonForm();
        candidates = List.of();
    }

    void showCandidates(List<DuplicateCandidate> candidates) {
        this.candidates = candidates;
    }

    /** The person behind one of the candidates shown. */
    Optional<PersonOption> candidate(long personId) {
        return candidates.stream().map(DuplicateCandidate::getPerson).filter(p -> p.getId() == personId).findFirst();
    }

    public boolean isOpen() {
        return role != null;
    }

    public PartyRole getRole() {
        return role;
    }

    public boolean isForPerpetrator() {
        return role == PartyRole.PERPETRATOR;
    }

    public NewPersonForm getForm() {
        return form;
    }

    public List<DuplicateCandidate> getCandidates() {
        return candidates;
    }
}
