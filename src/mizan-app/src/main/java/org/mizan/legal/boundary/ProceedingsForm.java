package org.mizan.legal.boundary;

import jakarta.inject.Inject;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;

/**
 * What every dialog of the proceedings page shares: the page and who is signed in, and how a save ends — said,
 * the dialog emptied, the page reloaded.
 */
abstract class ProceedingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProceedingsView page;
    @Inject
    CurrentUser currentUser;

    /** Makes the change typed in {@code form}; once made, says {@code savedKey}, empties the dialog and reloads the page. */
    void saveChange(String form, Runnable change, String savedKey) {
        ProceedingsView.CHANGE.save(form, change, this::clear, page::refresh, savedKey);
    }

    public void cancel() {
        clear();
    }

    /** Forgets what was typed. */
    abstract void clear();
}
