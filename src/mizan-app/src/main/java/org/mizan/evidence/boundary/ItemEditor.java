package org.mizan.evidence.boundary;

import jakarta.inject.Inject;
import org.mizan.evidence.control.EvidenceChanges;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;

/**
 * What every form on the item page works with: the item shown, who is signed in, and the changes service; and how
 * a change ends — the item shown again as it is now, the change said, what was typed forgotten.
 */
abstract class ItemEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceChanges changes;
    @Inject
    CurrentUser currentUser;
    @Inject
    EvidenceItemView item;

    /** Makes the change typed in {@code form}; once made, shows the item again, says {@code savedKey} and runs {@code clear}. */
    void saveChange(String form, Runnable change, String savedKey, Runnable clear) {
        if (PageChange.run(form, change)) {
            item.refresh();
            PageMessages.info(savedKey);
            clear.run();
        }
    }
}
