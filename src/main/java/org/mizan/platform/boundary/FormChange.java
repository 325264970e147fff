package org.mizan.platform.boundary;

import jakarta.faces.context.FacesContext;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;

/**
 * Runs a change asked for by one of a page's forms and turns what the services refuse into messages
 * on the page: a broken rule next to its field, a stale version (someone else changed the record
 * meanwhile), a permission taken away since the page was opened, a record gone. What was typed stays;
 * a refusal marks validation failed, so a dialog stays open.
 */
public record FormChange(String forbiddenKey, String notFoundKey) {

    /** True when the change was made. */
    public boolean run(String form, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidInput e) {
            PageMessages.show(form, e);
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (Forbidden e) {
            refused(forbiddenKey);
        } catch (NotFound e) {
            refused(notFoundKey);
        }
        return false;
    }

    public static void refused(String key) {
        PageMessages.error(key);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
