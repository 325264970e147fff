package org.mizan.contacts.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.CaseService;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.PartyRole;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Whom a contact may be about: the case's victims (for a family or a surviving victim) and its
 * witnesses, read through the cases component's service when an investigator opens a contact form
 * (not before: reading the case is itself audited). The service checks the pairing; the menu groups
 * the people by role so the choice is obvious.
 */
@Named
@ViewScoped
public class ContactPersons implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;
    @Inject
    CurrentUser currentUser;
    @Inject
    ContactListView list;

    private record Party(long personId, String name) implements Serializable {
    }

    private List<Party> victims;
    private List<Party> witnesses;

    /** Reads the case's parties once per page: a person added to the case meanwhile appears after a reload. */
    void load() {
        if (victims != null) {
            return;
        }
        List<CaseParty> parties = cases.read(list.getCaseRef(), currentUser.reader(), currentUser.actor()).getParties();
        victims = of(parties, PartyRole.VICTIM);
        witnesses = of(parties, PartyRole.WITNESS);
    }

    private static List<Party> of(List<CaseParty> parties, PartyRole role) {
        return parties.stream().filter(p -> p.getRole() == role && p.getPerson() != null)
                .map(p -> new Party(p.getPerson().getId(), p.getPerson().displayName())).distinct().toList();
    }

    /** Two groups, labelled in the page's language. */
    public List<SelectItem> getGroups() {
        if (victims == null) {
            return List.of();
        }
        List<SelectItem> groups = new ArrayList<>();
        addGroup(groups, "contacts.person.victims", victims);
        addGroup(groups, "contacts.person.witnesses", witnesses);
        return groups;
    }

    private static void addGroup(List<SelectItem> groups, String labelKey, List<Party> parties) {
        if (!parties.isEmpty()) {
            SelectItem[] items = parties.stream().map(p -> new SelectItem(p.personId(), p.name())).toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(PageMessages.text(labelKey), null, false, items));
        }
    }

    /** No victim and no witness: a contact cannot be recorded yet, and the form says why. */
    public boolean isNone() {
        return victims != null && victims.isEmpty() && witnesses.isEmpty();
    }
}
