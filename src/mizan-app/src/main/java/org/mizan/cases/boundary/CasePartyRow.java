package org.mizan.cases.boundary;

import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.DisclosedCase;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Community;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A victim, alleged perpetrator or witness as typed on the page. */
public final class CasePartyRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String key = UUID.randomUUID().toString();
    private PartyRole role;
    private Long personId;
    private String nameArabic;
    private String nameLatin;
    private Integer birthYear;
    private PersonKind personKind;
    private List<Occupation> occupations = List.of();
    private Fate fate;
    private Integer ageAtIncident;
    private LocalDate diedOn;
    private Community community;
    private List<PartyRelative> relatives = List.of();
    private PerpetratorKind perpetratorKind;
    private Involvement involvement;
    private PerpetratorCertainty certainty;
    private String notes;

    private CasePartyRow() {
    }

    static CasePartyRow of(CaseParty party) {
        CasePartyRow row = new CasePartyRow();
        row.role = party.getRole();
        Person p = party.getPerson();
        if (p != null) {
            row.person(PersonOption.of(p));
        }
        row.fate = party.getFate();
        row.ageAtIncident = party.getAgeAtIncident();
        row.diedOn = party.getDiedOn();
        row.community = party.getCommunity();
        row.perpetratorKind = party.getPerpetratorKind();
        row.involvement = party.getInvolvement();
        row.certainty = party.getCertainty();
        row.notes = party.getNotes();
        return row;
    }

    /**
     * A party as this reader may read it: a person the policy does not name keeps only their initials (and no id or
     * birth year, either of which would lead back to the name); age and notes as disclosed.
     */
    static CasePartyRow of(DisclosedCase.DisclosedParty shown) {
        CasePartyRow row = of(shown.party());
        if (!shown.named()) {
            row.personId = null;
            row.nameArabic = shown.nameArabic();
            row.nameLatin = shown.nameLatin();
            row.birthYear = null;
        }
        row.ageAtIncident = shown.age();
        row.notes = shown.notes();
        row.community = shown.community();
        return row;
    }

    static CasePartyRow of(PartyRole role, PersonOption person) {
        CasePartyRow row = new CasePartyRow();
        row.role = role;
        row.person(person);
        if (role == PartyRole.PERPETRATOR) {
            row.perpetratorKind = switch (person.getKind() == null ? PersonKind.INDIVIDUAL : person.getKind()) {
                case UNIT -> PerpetratorKind.UNIT;
                case ARMED_GROUP -> PerpetratorKind.ARMED_GROUP;
                case INDIVIDUAL -> PerpetratorKind.PERSON;
            };
            row.involvement = Involvement.CARRIED_OUT;
            row.certainty = PerpetratorCertainty.ALLEGED;
        }
        return row;
    }

    /** An alleged perpetrator nobody could name. */
    static CasePartyRow unidentified() {
        CasePartyRow row = new CasePartyRow();
        row.role = PartyRole.PERPETRATOR;
        row.perpetratorKind = PerpetratorKind.UNIDENTIFIED;
        row.involvement = Involvement.CARRIED_OUT;
        row.certainty = PerpetratorCertainty.ALLEGED;
        return row;
    }

    private void person(PersonOption p) {
        personId = p.getId();
        nameArabic = p.getNameArabic();
        nameLatin = p.getNameLatin();
        birthYear = p.getBirthYear();
        personKind = p.getKind();
        occupations = p.getOccupations();
    }

    boolean matches(PartyRole role, long personId) {
        return this.role == role && Objects.equals(this.personId, personId);
    }

    CaseDraft.PartyDraft toDraft() {
        boolean perpetrator = role == PartyRole.PERPETRATOR;
        return new CaseDraft.PartyDraft(role, personId, role == PartyRole.VICTIM ? fate : null,
                ageAtIncident, role == PartyRole.VICTIM ? diedOn : null, role == PartyRole.VICTIM ? community : null, perpetrator ? perpetratorKind : null, perpetrator ? involvement : null,
                perpetrator ? certainty : null, notes);
    }

    public String getKey() {
        return key;
    }

    public PartyRole getRole() {
        return role;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public PersonKind getPersonKind() {
        return personKind;
    }

    /** The person's occupations or roles, primary first: the case page shows them all, joined. */
    public List<Occupation> getOccupations() {
        return occupations;
    }

    public String getDisplayName() {
        return PersonOption.displayName(nameArabic, nameLatin);
    }

    public Fate getFate() {
        return fate;
    }

    public void setFate(Fate fate) {
        this.fate = fate;
    }

    public Integer getAgeAtIncident() {
        return ageAtIncident;
    }

    public void setAgeAtIncident(Integer ageAtIncident) {
        this.ageAtIncident = ageAtIncident;
    }

    public PerpetratorKind getPerpetratorKind() {
        return perpetratorKind;
    }

    public void setPerpetratorKind(PerpetratorKind perpetratorKind) {
        this.perpetratorKind = perpetratorKind;
    }

    /** The person's recorded relatives the reader may see (none for a reader who reads cases redacted). */
    public List<PartyRelative> getRelatives() {
        return relatives;
    }

    void setRelatives(List<PartyRelative> relatives) {
        this.relatives = List.copyOf(relatives);
    }

    public Community getCommunity() {
        return community;
    }

    public void setCommunity(Community community) {
        this.community = community;
    }

    public LocalDate getDiedOn() {
        return diedOn;
    }

    public void setDiedOn(LocalDate diedOn) {
        this.diedOn = diedOn;
    }

    public PerpetratorCertainty getCertainty() {
        return certainty;
    }

    public void setCertainty(PerpetratorCertainty certainty) {
        this.certainty = certainty;
    }

    public Involvement getInvolvement() {
        return involvement;
    }

    public void setInvolvement(Involvement involvement) {
        this.involvement = involvement;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
