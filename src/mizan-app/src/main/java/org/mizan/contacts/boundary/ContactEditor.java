package org.mizan.contacts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.contacts.control.ContactService;

/**
 * Saves the edit form of the reveal dialog. It sends the version that was revealed: if someone changed
 * the contact since, the service refuses (the typed values stay, and the message says to reveal it again).
 * On success the dialog closes, dropping the clear values, and the list shows the contact masked.
 */
@Named
@RequestScoped
public class ContactEditor extends ContactPageForm {

    private static final long serialVersionUID = 1L;

    static final String FORM = "edit";

    @Inject
    ContactService contacts;
    @Inject
    RevealDialog dialog;

    public void save() {
        ContactForm form = dialog.getForm();
        if (form == null || !list.isMayEdit()) {
            return;
        }
        long id = dialog.contactId();
        long version = dialog.versionRead();
        saveChange(FORM, () -> contacts.update(id, form.toDraft(), version, currentUser.reader(), currentUser.actor()),
                dialog::close, "contacts.saved");
    }
}
