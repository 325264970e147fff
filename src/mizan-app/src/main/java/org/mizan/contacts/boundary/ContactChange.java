package org.mizan.contacts.boundary;

import org.mizan.platform.boundary.FormChange;

/**
 * Changes made from the contact page's forms, with its words for a refusal: a need-to-know taken
 * away since the page was opened, or a contact gone.
 */
final class ContactChange {

    private static final FormChange CONTACT = new FormChange("contacts.forbidden", "contacts.notFound");

    private ContactChange() {
    }

    /** True when the change was made. */
    static boolean run(String form, Runnable change) {
        return CONTACT.run(form, change);
    }

    /** Saves a form of the contact page; see {@link FormChange#save}. */
    static boolean save(String form, Runnable change, Runnable close, Runnable reload, String savedKey) {
        return CONTACT.save(form, change, close, reload, savedKey);
    }

    static void refused(String key) {
        FormChange.refused(key);
    }
}
