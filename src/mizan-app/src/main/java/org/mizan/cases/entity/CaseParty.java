package org.mizan.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.LocalDate;

/** A person's part in a case: victim (with fate), perpetrator (with kind, involvement and certainty) or witness. */
@Entity
@Table(name = "case_party")
public class CaseParty extends CaseLine {

    // Positions: victims first, then perpetrators, then witnesses; within a role, as entered.
    // The persons of all the parties a query read, in one query.
    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "person_id")
    private Person person;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole role;
    @Enumerated(EnumType.STRING)
    private Fate fate;
    @Column(name = "age_at_incident")
    private Integer ageAtIncident;
    /** A victim's date of death, when it is not the incident's (wounded, died later). */
    @Column(name = "died_on")
    private LocalDate diedOn;
    /** The community a victim was targeted for, where it is the motive: sensitive (see {@link Community}). */
    @Enumerated(EnumType.STRING)
    private Community community;
    @Enumerated(EnumType.STRING)
    @Column(name = "perpetrator_kind")
    private PerpetratorKind perpetratorKind;
    @Enumerated(EnumType.STRING)
    private Involvement involvement;
    @Enumerated(EnumType.STRING)
    private PerpetratorCertainty certainty;
    private String notes;

    protected CaseParty() {
    }

    public CaseParty(ViolationCase violationCase, int position, Person person, PartyRole role) {
        super(violationCase, position);
        this.person = person;
        this.role = role;
    }

    public Person getPerson() { return person; }
    public void setPerson(Person person) { this.person = person; }
    public PartyRole getRole() { return role; }
    public Fate getFate() { return fate; }
    public void setFate(Fate fate) { this.fate = fate; }
    public Integer getAgeAtIncident() { return ageAtIncident; }
    public LocalDate getDiedOn() { return diedOn; }
    public Community getCommunity() { return community; }
    public void setCommunity(Community community) { this.community = community; }
    public void setDiedOn(LocalDate diedOn) { this.diedOn = diedOn; }
    public void setAgeAtIncident(Integer ageAtIncident) { this.ageAtIncident = ageAtIncident; }
    public PerpetratorKind getPerpetratorKind() { return perpetratorKind; }
    public void setPerpetratorKind(PerpetratorKind perpetratorKind) { this.perpetratorKind = perpetratorKind; }
    public Involvement getInvolvement() { return involvement; }
    public void setInvolvement(Involvement involvement) { this.involvement = involvement; }
    public PerpetratorCertainty getCertainty() { return certainty; }
    public void setCertainty(PerpetratorCertainty certainty) { this.certainty = certainty; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }

    /** One line for the revision history. */
    @Override
    public String toString() {
        String who = person == null ? "unidentified" : "person:" + person.getId();
        StringBuilder text = new StringBuilder(role.name()).append(' ').append(who);
        if (fate != null) { text.append(" fate=").append(fate); }
        if (ageAtIncident != null) { text.append(" age=").append(ageAtIncident); }
        if (diedOn != null) { text.append(" died=").append(diedOn); }
        if (community != null) { text.append(" community=").append(community); }
        if (perpetratorKind != null) { text.append(" kind=").append(perpetratorKind); }
        if (involvement != null) { text.append(" involvement=").append(involvement); }
        if (certainty != null) { text.append(" certainty=").append(certainty); }
        return text.toString();
    }
}
