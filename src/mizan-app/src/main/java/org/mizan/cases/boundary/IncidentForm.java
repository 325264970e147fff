package org.mizan.cases.boundary;

import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.DisclosedCase;
import org.mizan.cases.control.TypedDate;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.entity.AppUser;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** What happened, when and where, and how the case is handled: the incident tab of a case as typed. */
public final class IncidentForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private List<String> violationTypes = new ArrayList<>();
    private Integer year;
    private Integer month;
    private Integer day;
    private boolean approximate;
    private Integer endYear;
    private Integer endMonth;
    private Integer endDay;
    private boolean endApproximate;
    private String country = "IQ";
    private String governorate;
    private String locality;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String narrative;
    private String dateNote;
    private List<String> tags = new ArrayList<>();
    private CaseStatus status = CaseStatus.INTAKE;
    private Confidentiality confidentiality = Confidentiality.STANDARD;
    private List<String> assignees = new ArrayList<>();

    /** The form as this reader may read the case: withheld place and narrative empty, the team only for the team. */
    void fill(ViolationCase c, DisclosedCase shown) {
        violationTypes = new ArrayList<>(c.getViolationTypes());
        PartialDate incident = c.getIncidentDate();
        year = incident.year();
        month = incident.month();
        day = incident.day();
        approximate = incident.approximate();
        PartialDate end = c.getEndDate();
        endYear = end == null ? null : end.year();
        endMonth = end == null ? null : end.month();
        endDay = end == null ? null : end.day();
        endApproximate = end != null && end.approximate();
        country = c.getCountry();
        governorate = c.getGovernorate();
        locality = shown.locality();
        latitude = plain(shown.latitude());
        longitude = plain(shown.longitude());
        narrative = shown.narrative();
        dateNote = shown.freeText() ? c.getDateNote() : null;
        tags = new ArrayList<>(c.getTags());
        status = c.getStatus();
        confidentiality = c.getConfidentiality();
        assignees = !shown.staffDetails() ? new ArrayList<>()
                : c.getAssignees().stream().map(AppUser::getUsername).sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    /** 33.300000 as stored is 33.3 as typed. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The whole case as typed, with the parties and sources of the other tabs; a new case always
     * starts at intake, whatever the status menu says.
     *
     * @throws InvalidInput when a date cannot be a date
     */
    CaseDraft toDraft(boolean recorded, List<CaseDraft.SourceDraft> sources, List<CaseDraft.PartyDraft> parties) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        PartialDate incident = TypedDate.parse("incidentDate", year, month, day, approximate, errors);
        PartialDate end = TypedDate.parse("endDate", endYear, endMonth, endDay, endApproximate, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String countryCode = country == null || country.isBlank() ? "IQ" : country.strip().toUpperCase(Locale.ROOT);
        List<String> cleanTags = tags == null ? List.of()
                : tags.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        return new CaseDraft(List.copyOf(violationTypes == null ? List.of() : violationTypes), incident, end, dateNote, countryCode,
                governorate, locality, latitude, longitude, narrative, cleanTags, sources,
                recorded ? status : CaseStatus.INTAKE, confidentiality,
                List.copyOf(assignees == null ? List.of() : assignees), parties);
    }

    public List<String> getViolationTypes() {
        return violationTypes;
    }

    public void setViolationTypes(List<String> violationTypes) {
        this.violationTypes = violationTypes == null ? new ArrayList<>() : new ArrayList<>(violationTypes);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public void setApproximate(boolean approximate) {
        this.approximate = approximate;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public Integer getEndMonth() {
        return endMonth;
    }

    public void setEndMonth(Integer endMonth) {
        this.endMonth = endMonth;
    }

    public Integer getEndDay() {
        return endDay;
    }

    public void setEndDay(Integer endDay) {
        this.endDay = endDay;
    }

    public boolean isEndApproximate() {
        return endApproximate;
    }

    public void setEndApproximate(boolean endApproximate) {
        this.endApproximate = endApproximate;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public List<String> getAssignees() {
        return assignees;
    }

    public void setAssignees(List<String> assignees) {
        this.assignees = assignees == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(assignees));
    }

    public String getDateNote() {
        return dateNote;
    }

    public void setDateNote(String dateNote) {
        this.dateNote = dateNote;
    }
}
