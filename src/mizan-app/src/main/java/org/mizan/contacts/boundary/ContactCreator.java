package org.mizan.contacts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.contacts.control.ContactService;


/**
 * The "Add contact" form, for investigators. The form exists only while it is open: once the contact is
 * saved (or the form cancelled) what was typed — names, numbers — is dropped, and the list shows the
 * new contact masked like the others.
 */
@Named
@ViewScoped
public class ContactCreator extends ContactPageForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "add";

    @Inject
    ContactService contacts;
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
        saveChange(FORM, () -> contacts.create(list.getCaseRef(), typed.toDraft(), currentUser.reader(), currentUser.actor()),
                this::cancel, "contacts.created");
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
