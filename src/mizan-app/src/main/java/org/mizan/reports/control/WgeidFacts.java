package org.mizan.reports.control;

import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.legal.control.ProceedingView;
import org.mizan.reports.entity.ConsentState;

import java.util.List;

/**
 * What a WGEID submission draws on for one case, read with the reader's visibility: the case, its proceedings (the
 * family's steps, item (e) of the list), every consent decision about its people as {@link ConsentRegister} holds it now,
 * and whether the reader is on the case's contacts need-to-know list. No contact details: those are fetched only
 * once the submission is sure to be issued, and only for a reader on that list.
 */
public record WgeidFacts(ViolationCase violationCase, List<ProceedingView> proceedings,
                         List<ConsentRegister.PartyDecision> decisions, boolean readerOnTeam) {

    public WgeidFacts {
        proceedings = List.copyOf(proceedings);
        decisions = List.copyOf(decisions);
    }

    /** The consent state of one person of this case: the latest decision of each kind wins, a withdrawal counts. */
    public ConsentState consentOf(long personId) {
        return RedactionRules.consent(decisions, violationCase.getId() == null ? 0 : violationCase.getId(), personId);
    }

    /** How many dated steps the proceedings hold. */
    int familySteps() {
        return proceedings.stream().mapToInt(p -> p.events().size()).sum();
    }
}
