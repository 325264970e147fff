package org.mizan.contacts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.contacts.control.ConsentDraft;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentMethod;

import java.time.LocalDate;

/**
 * The consent dialog: one decision (which consent, given or withdrawn, when, how, by whom) added to a
 * contact's history, by an assigned investigator or lawyer. Nothing needs revealing first; who gave it
 * is typed here and shown again only in a reveal.
 */
@Named
@ViewScoped
public class ConsentRecorder extends ContactPageForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "consent";

    @Inject
    ConsentRegister register;

    private ContactRow target;
    private ConsentKind consent;
    private ConsentDecision decision;
    private LocalDate decidedOn;
    private ConsentMethod method;
    /** A family member's name; transient, like every clear value on this page. */
    private transient String givenBy;

    public void open(long id) {
        close();
        list.row(id).ifPresentOrElse(row -> {
            target = row;
            decidedOn = ContactTimes.today();
        }, () -> ContactChange.refused("contacts.notFound"));
    }

    public void record() {
        if (target == null) {
            return;
        }
        ConsentDraft draft = new ConsentDraft(consent, decision, decidedOn, method, givenBy == null ? null : givenBy.strip());
        saveChange(FORM, () -> register.decide(target.getId(), draft, currentUser.reader(), currentUser.actor()), this::close,
                "contacts.consent.recorded");
    }

    /** Drops what was typed, the name of who gave the consent included. */
    public void close() {
        target = null;
        consent = null;
        decision = null;
        decidedOn = null;
        method = null;
        givenBy = null;
    }

    public boolean isOpen() { return target != null; }
    public ContactRow getTarget() { return target; }
    public ConsentKind getConsent() { return consent; }
    public void setConsent(ConsentKind consent) { this.consent = consent; }
    public ConsentDecision getDecision() { return decision; }
    public void setDecision(ConsentDecision decision) { this.decision = decision; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public ConsentMethod getMethod() { return method; }
    public void setMethod(ConsentMethod method) { this.method = method; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String givenBy) { this.givenBy = givenBy; }
}
