package org.mizan.evidence.boundary;

import jakarta.inject.Inject;
import org.mizan.evidence.control.EvidenceChanges;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;

/** What every form on the item page works with: the item shown, who is signed in, and the changes service. */
abstract class ItemEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceChanges changes;
    @Inject
    CurrentUser currentUser;
    @Inject
    EvidenceItemView item;
}
