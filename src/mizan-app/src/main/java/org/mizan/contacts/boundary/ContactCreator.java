package org.mizan.contacts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.contacts.control.ContactService;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;

/**
 * The "Add contact" form, for investigators. The form exists only while it is open: once the contact is
 * saved (or the form cancelled) what was typed — names, numbers — is dropped, and the list shows the
 * new contact masked like the others.
 */
@Named
@ViewScoped
public class ContactCreator implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "add";

    @Inject
    ContactService contacts;
    @Inject
    CurrentUser currentUser;
    @Inject
    ContactListView list;
    @Inject
    ContactPersons persons;

    /** Transient, like every clear value on this page: a session written out leaves it behind. */
    private transient ContactForm form;

    public void open() {
        if (!list.isMayEdit()) {
            return;
        }
        if (ContactChange.run(FORM, persons::load)) {
            form = ContactForm.blank();
        }
    }

    public void save() {
        if (form == null || !list.isMayEdit()) {
            return;
        }
        ContactForm typed = form;
        ContactChange.save(FORM, () -> contacts.create(list.getCaseRef(), typed.toDraft(), currentUser.reader(), currentUser.actor()),
                this::cancel, list::refresh, "contacts.created");
    }

    public void cancel() {
        form = null;
    }

    public boolean isOpen() {
        return form != null;
    }

    public ContactForm getForm() {
        return form;
    }
}
