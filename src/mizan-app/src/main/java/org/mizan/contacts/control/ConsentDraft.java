package org.mizan.contacts.control;

import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentMethod;

import java.time.LocalDate;

/** A consent decision as entered: which consent, given or withdrawn, on what day, how, and by whom (a name, sealed). */
public record ConsentDraft(ConsentKind consent, ConsentDecision decision, LocalDate decidedOn, ConsentMethod method, String givenBy) {

    @Override
    public String toString() {
        return "ConsentDraft[" + consent + " " + decision + " " + decidedOn + " " + method + "]";
    }
}
