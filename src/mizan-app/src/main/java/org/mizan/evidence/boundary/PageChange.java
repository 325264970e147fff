package org.mizan.evidence.boundary;

import org.mizan.platform.boundary.FormChange;

/** Changes made from the item page's forms, with the evidence page's words for a refusal. */
final class PageChange {

    private static final FormChange ITEM = new FormChange("evidence.forbidden", "evidence.notFound");

    private PageChange() {
    }

    /** True when the change was made. */
    static boolean run(String form, Runnable change) {
        return ITEM.run(form, change);
    }
}
