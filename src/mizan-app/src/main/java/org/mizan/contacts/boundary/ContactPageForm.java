package org.mizan.contacts.boundary;

import jakarta.inject.Inject;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;

/**
 * What every form of a case's contacts page shares: who is signed in, the list it changes, and how a save
 * ends — the form closed (dropping what was typed), the list reloaded masked, the change said.
 */
abstract class ContactPageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;
    @Inject
    ContactListView list;

    /** Makes the change typed in {@code form}; once made, runs {@code close}, reloads the list and says {@code savedKey}. */
    void saveChange(String form, Runnable change, Runnable close, String savedKey) {
        ContactChange.save(form, change, close, list::refresh, savedKey);
    }
}
