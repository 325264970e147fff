package org.mizan.platform.boundary;

import jakarta.faces.context.FacesContext;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Refusals;
import org.mizan.platform.control.Unavailable;

/**
 * Runs a change asked for by one of a page's forms and turns what the services refuse into messages
 * on the page: a broken rule next to its field, a stale version (someone else changed the record
 * meanwhile), a permission taken away since the page was opened, a record gone, the server busy for
 * now. What was typed stays;
 * a refusal marks validation failed, so a dialog stays open.
 */
public record FormChange(String forbiddenKey, String notFoundKey) {

    /** True when the change was made. */
    public boolean run(String form, Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuntimeException e) {
            // A rule that fired while the changes were written (a column's limit) arrives wrapped in the transaction's
            // failure: the innermost refusal of ours is what happened, and it is shown like any other.
            Throwable refusal = Refusals.ours(e);
            if (!show(form, refusal)) {
                throw e;
            }
        }
        return false;
    }

    /**
     * Saves a form: makes the change and, once made, closes the form, reloads what the page shows (a reload refused
     * is shown like a refused change) and says the change was saved. True when the change was made.
     */
    public boolean save(String form, Runnable change, Runnable close, Runnable reload, String savedKey) {
        if (!run(form, change)) {
            return false;
        }
        close.run();
        run(form, reload);
        PageMessages.info(savedKey);
        return true;
    }

    private boolean show(String form, Throwable refusal) {
        if (refusal instanceof InvalidInput e) {
            PageMessages.show(form, e);
        } else if (refusal instanceof Conflict e) {
            PageMessages.show(e);
        } else if (refusal instanceof Forbidden) {
            refused(forbiddenKey);
        } else if (refusal instanceof NotFound) {
            refused(notFoundKey);
        } else if (refusal instanceof Unavailable e && !e.storageFull()) {
            // Busy or out of reach for now (a full job queue, the database restarting): the page stays, to try again.
            refused(e.messageKey());
        } else {
            return false;
        }
        return true;
    }

    public static void refused(String key) {
        PageMessages.error(key);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
