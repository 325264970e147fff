package org.mizan.evidence.boundary;

import jakarta.faces.context.FacesContext;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;

/**
 * Runs a change asked for by one of the item page's forms and turns what the services refuse into
 * messages on the page: a broken rule next to its field, a stale version (someone else changed the item
 * meanwhile), a role taken away since the page was opened, an item gone. What was typed stays.
 */
final class PageChange {

    private PageChange() {
    }

    /** True when the change was made. */
    static boolean run(String form, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidInput e) {
            PageMessages.show(form, e);
        } catch (Conflict e) {
            PageMessages.show(e);
        } catch (Forbidden e) {
            refused("evidence.forbidden");
        } catch (NotFound e) {
            refused("evidence.notFound");
        }
        return false;
    }

    private static void refused(String key) {
        PageMessages.error(key);
        FacesContext.getCurrentInstance().validationFailed();
    }
}
