package org.mizan.reports.control;

import org.mizan.contacts.control.ContactService;
import org.mizan.contacts.control.ContactViews;
import org.mizan.contacts.entity.ConsentDecision;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.contacts.entity.ConsentRecord;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.FamilyContact;
import org.mizan.contacts.entity.Relationship;
import org.mizan.contacts.entity.SafeChannel;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The families' contact details for a WGEID submission, through the contacts component's own service: its
 * need-to-know check and its audited reveal apply, so each contact printed leaves a CONTACT_REVEAL entry giving the
 * case as the reason. Call it only for a reader on the case's need-to-know list and only for the disappeared whose
 * redaction allows contact details; it adds the contact's own word on top: a relative is printed only if they
 * themselves consented both to the submission and to being contacted — another relative's consent is not theirs.
 */
@ApplicationScoped
public class WgeidFamilyContacts {

    @Inject
    ContactService contacts;

    /** A way to reach the family of one disappeared person; {@code details} in clear. */
    public record Line(long personId, Relationship relationship, SafeChannel safeChannel, ContactDetails details) {
    }

    public List<Line> of(String reference, Set<Long> disappeared, CaseReader reader, Actor actor) {
        List<Line> lines = new ArrayList<>();
        if (disappeared.isEmpty()) {
            return lines;
        }
        for (ContactViews.Card card : contacts.ofCase(reference, reader, actor)) {
            FamilyContact contact = card.contact();
            if (contact.getReaches() != ContactReach.WITNESS && disappeared.contains(contact.getPersonId()) && agreed(card.consents())) {
                ContactDetails clear = contacts.reveal(contact.getId(), "WGEID submission of case " + reference, reader, actor)
                        .card().details();
                lines.add(new Line(contact.getPersonId(), contact.getRelationship(), contact.getSafeChannel(), clear));
            }
        }
        return lines;
    }

    private static boolean agreed(Map<ConsentKind, ConsentRecord> consents) {
        return given(consents.get(ConsentKind.UN_SUBMISSION)) && given(consents.get(ConsentKind.TO_BE_CONTACTED));
    }

    private static boolean given(ConsentRecord latest) {
        return latest != null && latest.getDecision() == ConsentDecision.GIVEN;
    }
}
