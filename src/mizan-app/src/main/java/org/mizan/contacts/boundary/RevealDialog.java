package org.mizan.contacts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.contacts.control.ContactService;


/**
 * The reveal dialog of one contact: first it asks why (required for high-risk and relocated contacts,
 * optional otherwise — the service enforces it and writes the reason to the audit trail), then it shows
 * the details, the consent history and the communication log in clear; an investigator may go on to edit
 * them ({@link ContactEditor}). The clear values live in this view-scoped bean only while the dialog is
 * open: every way of closing it ends in {@link #close()}, which drops them, and they never reach a URL.
 */
@Named
@ViewScoped
public class RevealDialog extends ContactPageForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "reveal";

    @Inject
    ContactService contacts;
    @Inject
    ContactPersons persons;

    /** The contact asked about, as listed (masked). */
    private ContactRow target;
    private String reason;
    /*
     * Clear values are transient: should the session ever be written out (passivated, or replicated in a
     * cluster), they stay behind, and the dialog simply asks again.
     */
    private transient RevealedContact revealed;
    /** The edit form, filled from the revealed values; only while editing. */
    private transient ContactForm form;

    public void open(long id) {
        close();
        list.row(id).ifPresentOrElse(row -> target = row, () -> ContactChange.refused("contacts.notFound"));
    }

    public void reveal() {
        if (target == null) {
            return;
        }
        String why = reason;
        if (ContactChange.run(FORM, () -> revealed = RevealedContact.of(contacts.reveal(target.getId(), why, currentUser.reader(),
                currentUser.actor())))) {
            reason = null; // it is in the audit trail now
        }
    }

    /** Investigators only, and only after a reveal: the form starts from the clear values. */
    public void edit() {
        if (revealed != null && list.isMayEdit() && ContactChange.run(FORM, persons::load)) {
            form = ContactForm.of(revealed.getContact());
        }
    }

    /** Back to the details as revealed; what was typed is dropped. */
    public void stopEditing() {
        form = null;
    }

    /** Forgets everything the dialog held: the reason, the clear details, the edit form. */
    public void close() {
        target = null;
        reason = null;
        revealed = null;
        form = null;
    }

    long contactId() {
        return revealed.getContact().getId();
    }

    long versionRead() {
        return revealed.getContact().version();
    }

    public boolean isAsking() {
        return target != null && revealed == null;
    }

    public boolean isShowing() {
        return revealed != null && form == null;
    }

    public boolean isEditing() {
        return form != null;
    }

    public ContactRow getTarget() {
        return target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public RevealedContact getRevealed() {
        return revealed;
    }

    public ContactForm getForm() {
        return form;
    }
}
