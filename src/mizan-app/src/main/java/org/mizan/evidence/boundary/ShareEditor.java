package org.mizan.evidence.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.mizan.platform.control.Text;


/**
 * Whether advocates may open an item (they always see it listed, with its hash): an investigator's
 * decision, with a reason, recorded in the chain of custody.
 */
@Named
@ViewScoped
public class ShareEditor extends ItemEditor {

    private static final long serialVersionUID = 1L;
    static final String FORM = "share";

    private String reason;

    /** Shares an unshared item, or stops sharing a shared one. */
    public void toggle() {
        if (!item.isMayEdit()) {
            return;
        }
        boolean share = !item.getRow().isShareable();
        String typed = Text.blankToNull(reason);
        saveChange(FORM, () -> changes.share(item.getId(), share, typed, currentUser.reader(), currentUser.actor()),
                share ? "evidence.share.shared" : "evidence.share.unshared", () -> reason = null);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
