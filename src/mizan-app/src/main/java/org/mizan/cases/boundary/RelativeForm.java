package org.mizan.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.PersonRelatives;
import org.mizan.cases.entity.Kinship;
import org.mizan.platform.boundary.FormChange;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.security.control.CurrentUser;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The case page's family links of one of its persons: who is their parent, child, sibling or spouse, picked among the
 * persons the team may see ("a father and his son killed in separate incidents"). A link is saved at once, for both
 * persons, apart from the case's own Save: it belongs to the persons, in every case they are in.
 */
@Named
@ViewScoped
public class RelativeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "relatives";
    private static final FormChange CHANGE = new FormChange("cases.relative.forbidden", "cases.relative.notFound");

    @Inject
    CaseView caseView;
    @Inject
    PersonRelatives personRelatives;
    @Inject
    CurrentUser currentUser;

    private Long personId;
    private String personName;
    private Kinship kinship;
    /** The picked person's id as text, as the case page's pickers hold it. */
    private String relative;
    private final List<PartyRelative> relatives = new ArrayList<>();

    /** Opens the form for a person of the case. */
    public void open(CasePartyRow party) {
        personId = party.getPersonId();
        personName = party.getDisplayName();
        kinship = null;
        relative = null;
        relatives.clear();
        relatives.addAll(party.getRelatives());
    }

    public void save() {
        if (!caseView.isEditable()) {
            return; // the button is not shown; the services would refuse a reader anyway
        }
        PersonOption picked = caseView.getPicks().option(relative);
        if (picked == null) {
            PageMessages.error("cases.relative.pickPerson");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (CHANGE.run(FORM, () -> personRelatives.link(personId, picked.getId(), kinship, currentUser.actor(), currentUser.reader()))) {
            PageMessages.info("cases.relative.saved", picked.getDisplayName());
            relative = null;
            kinship = null;
            reload();
        }
    }

    public void remove(PartyRelative shown) {
        if (!caseView.isEditable()) {
            return;
        }
        if (CHANGE.run(FORM, () -> personRelatives.unlink(personId, shown.getPersonId(), currentUser.actor(), currentUser.reader()))) {
            PageMessages.info("cases.relative.removed", shown.getName());
            reload();
        }
    }

    /** The case page's persons and this form show the links as they now are. */
    private void reload() {
        caseView.showRelatives();
        relatives.clear();
        caseView.parties().stream().filter(row -> personId.equals(row.getPersonId())).findFirst()
                .ifPresent(row -> relatives.addAll(row.getRelatives()));
    }

    public List<Kinship> getKinships() {
        return List.of(Kinship.values());
    }

    public String getPersonName() {
        return personName;
    }

    public Kinship getKinship() {
        return kinship;
    }

    public void setKinship(Kinship kinship) {
        this.kinship = kinship;
    }

    public String getRelative() {
        return relative;
    }

    public void setRelative(String relative) {
        this.relative = relative;
    }

    public List<PartyRelative> getRelatives() {
        return relatives;
    }
}
