package org.mizan.cases.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.mizan.security.entity.AppUser;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One documented violation: what happened, where and when, to whom and by whom, and how we know. */
@Entity
@Table(name = "violation_case")
public class ViolationCase extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "incident_year", nullable = false)
    private int incidentYear;
    @Column(name = "incident_month")
    private Integer incidentMonth;
    @Column(name = "incident_day")
    private Integer incidentDay;
    @Column(name = "incident_approximate")
    private boolean incidentApproximate;
    @Column(name = "end_year")
    private Integer endYear;
    @Column(name = "end_month")
    private Integer endMonth;
    @Column(name = "end_day")
    private Integer endDay;
    @Column(name = "end_approximate")
    private boolean endApproximate;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private String country = "IQ";
    @Column(name = "governorate_code")
    private String governorate;
    private String locality;
    /** The keys search finds the locality by, filled by the service that sets it (the keying is not the entity's). */
    @Column(name = "locality_keys")
    private String localityKeys;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String narrative;
    /** Why the dates are uncertain ("April or May"): free text, so it goes where the narrative goes. */
    @Column(name = "date_note")
    private String dateNote;
    @Column(name = "narrative_normalised")
    private String narrativeNormalised;

    // Lazy, and for all cases a query read at once when one of them needs it: most readers of a case need none of its
    // collections (a visibility check, a reference), and a list must not cost a query per case.
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "case_violation_type", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "type_code")
    private Set<String> violationTypes = new TreeSet<>();
    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "case_tag", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status = CaseStatus.INTAKE;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality = Confidentiality.STANDARD;
    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "case_assignee", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<AppUser> assignees = new LinkedHashSet<>();
    /** Who answers for the team: with administrators, the only one to change it. Always one of the assignees. */
    @ManyToOne(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "lead_id")
    private AppUser lead;
    @OneToMany(mappedBy = "violationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<CaseSource> sources = new ArrayList<>();
    @OneToMany(mappedBy = "violationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<CaseParty> parties = new ArrayList<>();
    @Embedded
    private Withdrawal withdrawal;

    protected ViolationCase() {
    }

    public ViolationCase(String reference, String createdBy, Instant now) {
        super(createdBy, now);
        this.reference = reference;
    }

    public PartialDate getIncidentDate() {
        return new PartialDate(incidentYear, incidentMonth, incidentDay, incidentApproximate);
    }

    public PartialDate getEndDate() {
        return endYear == null ? null : new PartialDate(endYear, endMonth, endDay, endApproximate);
    }

    /** Sets both dates and the period they cover; {@code end} may be null. */
    public void setDates(PartialDate incident, PartialDate end) {
        incidentYear = incident.year();
        incidentMonth = incident.month();
        incidentDay = incident.day();
        incidentApproximate = incident.approximate();
        endYear = end == null ? null : end.year();
        endMonth = end == null ? null : end.month();
        endDay = end == null ? null : end.day();
        endApproximate = end != null && end.approximate();
        periodStart = incident.start();
        periodEnd = end == null ? incident.end() : end.end();
    }

    public void setNarrative(String narrative, String normalised) {
        this.narrative = narrative;
        this.narrativeNormalised = normalised;
    }

    public boolean isRestricted() {
        return confidentiality == Confidentiality.RESTRICTED;
    }

    public boolean isAssigned(long userId) {
        return assignees.stream().anyMatch(u -> u.getId() == userId);
    }

    public boolean isLedBy(long userId) {
        return lead != null && lead.getId() == userId;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getGovernorate() { return governorate; }
    public void setGovernorate(String governorate) { this.governorate = governorate; }
    public String getLocality() { return locality; }
    public void setLocality(String locality, String keys) {
        this.locality = locality;
        this.localityKeys = keys;
    }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setCoordinates(BigDecimal latitude, BigDecimal longitude) { this.latitude = latitude; this.longitude = longitude; }
    public String getNarrative() { return narrative; }
    public String getDateNote() { return dateNote; }
    public void setDateNote(String dateNote) { this.dateNote = dateNote; }
    public Set<String> getViolationTypes() { return new TreeSet<>(violationTypes); }
    public void setViolationTypes(Set<String> types) { violationTypes.clear(); violationTypes.addAll(types); }
    public Set<String> getTags() { return new TreeSet<>(tags); }
    public void setTags(Set<String> newTags) { tags.clear(); tags.addAll(newTags); }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public Set<AppUser> getAssignees() { return new LinkedHashSet<>(assignees); }
    public void setAssignees(Set<AppUser> users) { assignees.clear(); assignees.addAll(users); }
    public AppUser getLead() { return lead; }
    /** Empty while the case is live. */
    public java.util.Optional<Withdrawal> getWithdrawal() {
        return Withdrawal.recorded(withdrawal);
    }
    public void withdraw(Withdrawal withdrawal) { this.withdrawal = withdrawal; }
    public void setLead(AppUser lead) { this.lead = lead; }
    public List<CaseSource> getSources() { return List.copyOf(sources); }
    public void setSources(List<CaseSource> newSources) { sources.clear(); sources.addAll(newSources); }
    public List<CaseParty> getParties() { return List.copyOf(parties); }
    public void setParties(List<CaseParty> newParties) { parties.clear(); parties.addAll(newParties); }
}
