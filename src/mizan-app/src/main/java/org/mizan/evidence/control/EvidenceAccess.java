package org.mizan.evidence.control;

import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.security.control.CaseReader;

/**
 * Who may do what with evidence, beyond seeing the case: investigators upload and change it;
 * investigators and lawyers open its content; advocates (and administrators who are neither) see
 * the list with hashes, and open only items marked shareable.
 */
public final class EvidenceAccess {

    private EvidenceAccess() {
    }

    public static boolean mayOpen(CaseReader reader, EvidenceItem item) {
        return reader.mayJoinTeams() || item.isShareable();
    }

    public static void requireOpen(CaseReader reader, EvidenceItem item) {
        if (!mayOpen(reader, item)) {
            throw new org.mizan.platform.control.Forbidden(reader.username() + " may not open evidence " + item.getId());
        }
    }
}
