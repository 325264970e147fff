package org.mizan.cases.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.CaseDisclosure;
import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseService;
import org.mizan.cases.control.DisclosedCase;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.PersonDuplicates;
import org.mizan.cases.control.PersonRelatives;
import org.mizan.cases.control.PersonSearch;
import org.mizan.cases.control.PersonService;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.boundary.Choice;
import org.mizan.platform.boundary.LocaleView;
import org.mizan.platform.boundary.PageErrors;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CurrentUser;
import org.mizan.security.control.UserDirectory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Objects;

/**
 * One case on one page: a new case ({@code case.xhtml}) or a recorded one ({@code case.xhtml?ref=MZN-…}).
 * The page holds a copy of the case as typed; Save hands the whole of it to {@link CaseService}, with the
 * version that was loaded, so a save over someone else's newer change is refused and the typed values stay.
 * Only investigators get inputs that work; everyone else sees the same page read-only.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Field errors of the case are attached to {@code case:tabs:<field>}; of a new person to {@code case:person:<field>}. */
    static final String CASE_FIELDS = "case:tabs";
    static final String PERSON_FIELDS = "case:person";
    private static final int SUGGESTIONS = 10;
    private static final int DUPLICATES_SHOWN = 5;

    @Inject
    CaseService cases;
    @Inject
    PersonService persons;
    @Inject
    PersonSearch personSearch;
    @Inject
    PersonDuplicates personDuplicates;
    @Inject
    PersonRelatives personRelatives;
    @Inject
    ReferenceData referenceData;
    @Inject
    UserDirectory users;
    @Inject
    CurrentUser currentUser;
    @Inject
    CaseDisclosure disclosure;
    @Inject
    LocaleView localeView;

    private String ref;
    private boolean editable;
    /**
     * Whether the contacts page is for this user: investigators and lawyers assigned to the case (the
     * contacts' need-to-know list). The contacts page checks again; this only spares everyone else a link
     * that would answer 403 — and keeps advocates from learning that contacts are kept at all.
     */
    private boolean contactsVisible;
    private boolean sensitiveVisible;
    /** The case as loaded or last saved; none for a new case. */
    private RecordedCase recorded;
    /** What {@link #draft()} gave when the case was loaded or last saved: the page is unsaved while they differ. */
    private CaseDraft savedDraft;

    // the case as typed
    private final IncidentForm incident = new IncidentForm();
    private final List<CasePartyRow> parties = new ArrayList<>();
    private final List<CaseSourceRow> sources = new ArrayList<>();
    private List<CaseHistoryRow> history = List.of();

    // the person pickers, and the panel for a person nobody has recorded yet
    private final PersonPicks picks = new PersonPicks();
    private final NewPersonPanel personPanel = new NewPersonPanel();

    private transient Map<Locale, CaseChoices> choices;

    // ------------------------------------------------------------------ loading

    /** The view action: loads the case named by {@code ref}, or prepares a new one. */
    public void load() {
        // A view action runs before the view (and its f:view locale) is built: history labels need the language now.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
        editable = currentUser.reader().mayEdit();
        if (ref == null || ref.isBlank()) {
            if (!editable) {
                PageErrors.send(403);
                return;
            }
            incident.setAssignees(List.of(currentUser.reader().username()));
            savedDraft = draft();
            return;
        }
        try {
            ViolationCase found = cases.read(ref.strip(), currentUser.reader(), currentUser.actor());
            fill(found);
            loadHistory();
        } catch (NotFound e) {
            // A restricted case outside the reader's team is exactly as absent as a case that never existed.
            PageErrors.send(404);
        }
    }

    /** Whether this user may change the case now: as the page was opened, and still (roles can change meanwhile). */
    private boolean mayEdit() {
        return editable && currentUser.reader().mayEdit();
    }

    private void fill(ViolationCase c) {
        // The same policy as the REST reply and the reports: an advocate reads the UN edition of the case.
        DisclosedCase shown = disclosure.disclose(c, currentUser.reader());
        recorded = RecordedCase.of(c, shown.staffDetails(), shown.staffDetails()
                ? users.shownNames(Stream.of(c.getCreatedBy(), c.getUpdatedBy()).filter(Objects::nonNull).toList())
                : name -> null);
        contactsVisible = currentUser.reader().mayJoinTeams() && c.isAssigned(currentUser.reader().userId());
        sensitiveVisible = shown.staffDetails();
        // A case's facts are its team's to change: everyone else reads it (and may ask its lead to join).
        editable = currentUser.reader().mayEdit() && c.isAssigned(currentUser.reader().userId());
        incident.fill(c, shown);
        parties.clear();
        shown.parties().forEach(party -> parties.add(CasePartyRow.of(party)));
        if (shown.staffDetails()) {
            showRelatives();
        }
        sources.clear();
        if (shown.staffDetails()) {
            c.getSources().forEach(source -> sources.add(CaseSourceRow.of(source)));
        }
        savedDraft = editable ? draft() : null;
    }

    /** The case as the page holds it now, as it would be saved. */
    private CaseDraft draft() {
        return incident.toDraft(isExisting(), sources.stream().filter(s -> !s.isBlank()).map(CaseSourceRow::toDraft).toList(),
                parties.stream().map(CasePartyRow::toDraft).toList());
    }

    /**
     * Whether the page holds changes the case does not have yet — a person picked or created, a row removed, a value
     * changed through AJAX — so that leaving the page asks first (unsaved.js; what is typed but not yet sent, the
     * page itself knows).
     */
    public boolean isUnsaved() {
        if (!editable || savedDraft == null) {
            return false;
        }
        try {
            return !draft().equals(savedDraft);
        } catch (InvalidInput e) {
            return true; // a date half typed is a change, too
        }
    }

    private void loadHistory() {
        Map<Long, String> names = new LinkedHashMap<>();
        parties.stream().filter(p -> p.getPersonId() != null).forEach(p -> names.put(p.getPersonId(), p.getDisplayName()));
        CaseHistoryRows rows = new CaseHistoryRows(getChoices(), locale(), names, id -> persons.visible(id, currentUser.reader()));
        history = rows.of(cases.history(recorded.getReference(), currentUser.reader()));
    }

    // ------------------------------------------------------------------ saving

    /** Saves the whole case as typed. A new case then opens under its reference. */
    public String save() {
        if (!mayEdit()) {
            PageMessages.error("cases.readOnly");
            return null;
        }
        try {
            CaseDraft draft = draft();
            if (!isExisting()) {
                ViolationCase created = cases.create(draft, currentUser.actor(), currentUser.reader());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                PageMessages.info("cases.created", created.getReference());
                return "/cases/case?faces-redirect=true&ref=" + created.getReference();
            }
            ViolationCase saved = cases.update(recorded.getReference(), draft, recorded.version(), currentUser.actor(), currentUser.reader());
            fill(saved);
            loadHistory();
            PageMessages.info("cases.saved", recorded.getReference());
        } catch (InvalidInput e) {
            PageMessages.show(CASE_FIELDS, e);
        } catch (Conflict e) {
            // The page keeps what was typed; the message says to reload and make the change again.
            PageMessages.show(e);
        } catch (NotFound e) {
            PageMessages.error("cases.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (Forbidden e) {
            // Taken off the team since the page was opened.
            PageMessages.error("team.offTeam");
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    /**
     * Each person's relatives beside them. Family links are for the team's audiences only (PersonRelatives gives none to a
     * redacted reader anyway); also after the relatives form changed one.
     */
    void showRelatives() {
        Map<Long, List<PersonRelatives.Relative>> relatives = personRelatives.ofAll(
                parties.stream().map(CasePartyRow::getPersonId).filter(Objects::nonNull).distinct().toList(), currentUser.reader());
        parties.stream().filter(row -> row.getPersonId() != null)
                .forEach(row -> row.setRelatives(relatives.getOrDefault(row.getPersonId(), List.of()).stream().map(PartyRelative::of).toList()));
    }

    /** The case's persons as the page holds them. */
    List<CasePartyRow> parties() {
        return parties;
    }

    // ------------------------------------------------------------------ parties

    public List<String> completePerson(String query) {
        picks.typed(query);
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<PersonSearch.Match> matches = personSearch.find(query, currentUser.reader(), SUGGESTIONS);
        // The picker's values are person ids as text; the page reads names and birth years through picks.option(key).
        return picks.suggest(matches.stream().map(m -> PersonOption.of(m.person())).toList());
    }

    /** Adds the person just picked in the picker for {@code role}, and empties the pickers. */
    public void pick(PartyRole role) {
        PersonOption chosen = picks.take(role);
        if (chosen != null) {
            add(role, chosen);
        }
    }

    private void add(PartyRole role, PersonOption chosen) {
        if (!editable) {
            return;
        }
        if (parties.stream().anyMatch(p -> p.matches(role, chosen.getId()))) {
            PageMessages.error("cases.party.already", chosen.getDisplayName());
            return;
        }
        parties.add(CasePartyRow.of(role, chosen));
    }

    public void addUnidentified() {
        if (editable) {
            parties.add(CasePartyRow.unidentified());
        }
    }

    public void remove(String key) {
        if (editable) {
            parties.removeIf(p -> p.getKey().equals(key));
        }
    }

    public List<CasePartyRow> getVictims() {
        return partiesIn(PartyRole.VICTIM);
    }

    public List<CasePartyRow> getPerpetrators() {
        return partiesIn(PartyRole.PERPETRATOR);
    }

    public List<CasePartyRow> getWitnesses() {
        return partiesIn(PartyRole.WITNESS);
    }

    private List<CasePartyRow> partiesIn(PartyRole role) {
        return parties.stream().filter(p -> p.getRole() == role).toList();
    }

    // ------------------------------------------------------------------ the new-person panel

    public void newPerson(PartyRole role) {
        if (!editable) {
            return;
        }
        personPanel.open(role, picks.takeLastQuery());
    }

    /** Creates the person unless possible duplicates turn up; then they are shown and the investigator decides. */
    public void createPerson() {
        createPerson(false);
    }

    /** Creates the person although possible duplicates were shown. */
    public void createPersonAnyway() {
        createPerson(true);
    }

    private void createPerson(boolean despiteDuplicates) {
        if (!mayEdit() || !personPanel.isOpen()) {
            return;
        }
        PersonDraft draft = personPanel.getForm().toDraft(personPanel.getRole());
        if (!despiteDuplicates) {
            List<DuplicateCandidate> candidates = duplicates(draft);
            personPanel.showCandidates(candidates);
            if (!candidates.isEmpty()) {
                PageMessages.info("cases.duplicates.found", candidates.size());
                return;
            }
        }
        try {
            Person created = persons.create(draft, currentUser.actor(), currentUser.reader());
            PersonOption option = PersonOption.of(created);
            add(personPanel.getRole(), option);
            PageMessages.info("cases.person.created", option.getDisplayName());
            personPanel.close();
        } catch (InvalidInput e) {
            personPanel.showCandidates(List.of());
            PageMessages.show(PERSON_FIELDS, e);
        }
    }

    /** Persons already recorded who may be the one being entered; never merged, only shown. */
    private List<DuplicateCandidate> duplicates(PersonDraft draft) {
        return personDuplicates.candidates(draft, null, currentUser.reader()).stream()
                .limit(DUPLICATES_SHOWN).map(DuplicateCandidate::of).toList();
    }

    /** Links the existing person the investigator recognised among the possible duplicates. */
    public void useCandidate(long personId) {
        if (!editable || !personPanel.isOpen()) {
            return;
        }
        personPanel.candidate(personId).ifPresent(person -> {
            add(personPanel.getRole(), person);
            personPanel.close();
        });
    }

    public void cancelPerson() {
        personPanel.close();
    }

    // ------------------------------------------------------------------ sources

    public void addSource() {
        if (editable) {
            sources.add(CaseSourceRow.blank());
        }
    }

    public void removeSource(String key) {
        if (editable) {
            sources.removeIf(s -> s.getKey().equals(key));
        }
    }

    // ------------------------------------------------------------------ labels and choices

    public String getTitle() {
        return isExisting() ? PageMessages.text("cases.case.title", recorded.getReference()) : PageMessages.text("cases.case.new");
    }

    /** The select menus' choices in the page's language. */
    public CaseChoices getChoices() {
        if (choices == null) {
            choices = new LinkedHashMap<>();
        }
        return choices.computeIfAbsent(locale(), l -> CaseChoices.of(referenceData, l));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A new case starts at intake; a recorded one stays where it is or moves on. */
    public List<CaseStatus> getStatusChoices() {
        return isExisting() ? recorded.statusChoices() : List.of(CaseStatus.INTAKE);
    }

    /** Investigators and lawyers who may be assigned, and whoever is assigned already. */
    public List<Choice> getAssigneeChoices() {
        // Someone who may not change the team sees the team, not every colleague who could join it.
        return TeamChoices.of(isTeamEditable() ? users.all() : List.of(), incident.getAssignees());
    }

    // ------------------------------------------------------------------ state for the page

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public boolean isExisting() {
        return recorded != null;
    }

    /** The incident's fields as text, for a reader who may not edit them. */
    public CaseShown getShown() {
        return new CaseShown(incident, getChoices(), getAssigneeChoices(), locale());
    }

    public boolean isEditable() {
        return editable;
    }

    /** The team and the confidentiality are set on the new case; afterwards the team panel changes them. */
    public boolean isTeamEditable() {
        return editable && !isExisting();
    }

    public boolean isContactsVisible() {
        return contactsVisible;
    }

    /** Whether the sensitive fields (a victim's community) are for this reader: the team's audiences; a new case is its author's. */
    public boolean isSensitiveVisible() {
        return !isExisting() || sensitiveVisible;
    }

    public RecordedCase getRecorded() {
        return recorded;
    }

    public IncidentForm getIncident() {
        return incident;
    }

    public List<CaseSourceRow> getSources() {
        return sources;
    }

    public List<CaseHistoryRow> getHistory() {
        return history;
    }

    public PersonPicks getPicks() {
        return picks;
    }

    public NewPersonPanel getPersonPanel() {
        return personPanel;
    }
}
