package org.mizan.cases.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseService;
import org.mizan.cases.control.DuplicateReasons;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.PersonFacts;
import org.mizan.cases.control.PersonSearch;
import org.mizan.cases.control.PersonService;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.CaseSource;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;
import org.mizan.cases.entity.Revision;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.boundary.LocaleView;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int SUGGESTIONS = 10;
    private static final int DUPLICATE_NEIGHBOURS = 10;
    private static final int DUPLICATES_SHOWN = 5;
    private static final Pattern PERSON_REF = Pattern.compile("person:(\\d+)");
    private static final Pattern PARTY_LINE = Pattern.compile("(VICTIM|PERPETRATOR|WITNESS) (person:\\d+|unidentified)(.*)");

    @Inject
    CaseService cases;
    @Inject
    PersonService persons;
    @Inject
    PersonSearch personSearch;
    @Inject
    ReferenceData referenceData;
    @Inject
    UserDirectory users;
    @Inject
    CaseReaders readers;
    @Inject
    LocaleView localeView;

    private String ref;
    private boolean existing;
    private boolean editable;

    // the case as loaded
    private String reference;
    private long version;
    private CaseStatus savedStatus = CaseStatus.INTAKE;
    private boolean savedRestricted;
    private String createdBy;
    private String createdAt;
    private String updatedBy;
    private String updatedAt;

    // the case as typed
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
    private List<String> tags = new ArrayList<>();
    private CaseStatus status = CaseStatus.INTAKE;
    private Confidentiality confidentiality = Confidentiality.STANDARD;
    private List<String> assignees = new ArrayList<>();
    private final List<PartyRow> parties = new ArrayList<>();
    private final List<SourceRow> sources = new ArrayList<>();
    private List<HistoryRow> history = List.of();

    // the person pickers: what was chosen, and what was last suggested (the converter's memory)
    private String victimPickKey;
    private String perpetratorPickKey;
    private String witnessPickKey;
    private final Map<Long, PersonOption> suggested = new LinkedHashMap<>();
    private String lastQuery;

    // the new-person panel: open for one role at a time
    private PartyRole creatingFor;
    private PersonForm person = new PersonForm();
    private List<Candidate> candidates = List.of();

    private transient Map<Locale, Choices> choices;

    // ------------------------------------------------------------------ loading

    /** The view action: loads the case named by {@code ref}, or prepares a new one. */
    public void load() {
        // A view action runs before the view (and its f:view locale) is built: history labels need the language now.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
        editable = readers.reader().mayEdit();
        if (ref == null || ref.isBlank()) {
            if (!editable) {
                sendError(403);
                return;
            }
            existing = false;
            assignees = new ArrayList<>(List.of(readers.reader().username()));
            return;
        }
        try {
            ViolationCase found = cases.read(ref.strip(), readers.reader(), readers.actor());
            fill(found);
            loadHistory();
        } catch (NotFound e) {
            // A restricted case outside the reader's team is exactly as absent as a case that never existed.
            sendError(404);
        }
    }

    /** Whether this user may change the case now: as the page was opened, and still (roles can change meanwhile). */
    private boolean mayEdit() {
        return editable && readers.reader().mayEdit();
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private void fill(ViolationCase c) {
        existing = true;
        reference = c.getReference();
        version = c.getVersion();
        savedStatus = c.getStatus();
        savedRestricted = c.isRestricted();
        createdBy = c.getCreatedBy();
        createdAt = TIME.format(c.getCreatedAt());
        updatedBy = c.getUpdatedBy();
        updatedAt = TIME.format(c.getUpdatedAt());
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
        locality = c.getLocality();
        latitude = plain(c.getLatitude());
        longitude = plain(c.getLongitude());
        narrative = c.getNarrative();
        tags = new ArrayList<>(c.getTags());
        status = c.getStatus();
        confidentiality = c.getConfidentiality();
        assignees = c.getAssignees().stream().map(AppUser::getUsername).sorted().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        parties.clear();
        for (CaseParty party : c.getParties()) {
            parties.add(PartyRow.of(party));
        }
        sources.clear();
        for (CaseSource source : c.getSources()) {
            sources.add(new SourceRow(source.getDescription(), source.getReliability(), source.getUrl()));
        }
    }

    /** 33.300000 as stored is 33.3 as typed. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private void loadHistory() {
        Map<Long, String> names = new LinkedHashMap<>();
        parties.stream().filter(p -> p.getPersonId() != null).forEach(p -> names.put(p.getPersonId(), p.getDisplayName()));
        List<HistoryRow> rows = new ArrayList<>();
        for (Revision revision : cases.history(reference, readers.reader())) {
            rows.add(HistoryRow.of(revision, this::fieldLabel, (field, value) -> valueLabel(field, value, names)));
        }
        history = rows;
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
            if (!existing) {
                ViolationCase created = cases.create(draft, readers.actor(), readers.reader());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                PageMessages.info("cases.created", created.getReference());
                return "/cases/case?faces-redirect=true&ref=" + created.getReference();
            }
            ViolationCase saved = cases.update(reference, draft, version, readers.actor(), readers.reader());
            fill(saved);
            loadHistory();
            PageMessages.info("cases.saved", reference);
        } catch (InvalidInput e) {
            PageMessages.show(CASE_FIELDS, e);
        } catch (Conflict e) {
            // The page keeps what was typed; the message says to reload and make the change again.
            PageMessages.show(e);
        } catch (NotFound e) {
            PageMessages.error("cases.notFound");
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    CaseDraft draft() {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        PartialDate incident = partialDate("incidentDate", year, month, day, approximate, errors);
        PartialDate end = partialDate("endDate", endYear, endMonth, endDay, endApproximate, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String countryCode = country == null || country.isBlank() ? "IQ" : country.strip().toUpperCase(Locale.ROOT);
        List<String> cleanTags = tags == null ? List.of()
                : tags.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        List<CaseDraft.SourceDraft> sourceDrafts = sources.stream().filter(s -> !s.isBlank())
                .map(s -> new CaseDraft.SourceDraft(s.getDescription(), s.getReliability(), s.getUrl())).toList();
        List<CaseDraft.PartyDraft> partyDrafts = parties.stream().map(PartyRow::toDraft).toList();
        return new CaseDraft(List.copyOf(violationTypes == null ? List.of() : violationTypes), incident, end, countryCode,
                governorate, locality, latitude, longitude, narrative, cleanTags, sourceDrafts,
                existing ? status : CaseStatus.INTAKE, confidentiality,
                List.copyOf(assignees == null ? List.of() : assignees), partyDrafts);
    }

    private static PartialDate partialDate(String field, Integer year, Integer month, Integer day, boolean approximate,
                                           List<InvalidInput.FieldError> errors) {
        if (year == null) {
            if (month != null || day != null) {
                errors.add(new InvalidInput.FieldError(field, "case.date.yearRequired"));
            }
            return null;
        }
        if (day != null && month == null) {
            errors.add(new InvalidInput.FieldError(field, "cases.date.dayNeedsMonth"));
            return null;
        }
        try {
            return new PartialDate(year, month, day, approximate);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.FieldError(field, "case.date.invalid"));
            return null;
        }
    }

    // ------------------------------------------------------------------ parties

    public List<String> completePerson(String query) {
        lastQuery = query;
        if (query == null || query.isBlank()) {
            return List.of();
        }
        if (suggested.size() > 500) {
            suggested.clear();
        }
        List<String> keys = new ArrayList<>();
        for (PersonSearch.Match match : personSearch.find(query, readers.reader(), SUGGESTIONS)) {
            PersonOption option = PersonOption.of(match.person());
            suggested.put(option.getId(), option);
            keys.add(String.valueOf(option.getId()));
        }
        // The picker's values are person ids as text; the page reads names and birth years through option(key).
        return keys;
    }

    /** The option behind a suggestion key, for the picker's columns. */
    public PersonOption option(String key) {
        try {
            return key == null ? null : suggested.get(Long.valueOf(key));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Adds the person just picked in the picker for {@code role}, and empties the picker. */
    public void pick(PartyRole role) {
        String key = switch (role) {
            case VICTIM -> victimPickKey;
            case PERPETRATOR -> perpetratorPickKey;
            case WITNESS -> witnessPickKey;
        };
        victimPickKey = null;
        perpetratorPickKey = null;
        witnessPickKey = null;
        PersonOption chosen = option(key);
        if (chosen != null) {
            add(role, chosen);
        }
    }

    private void add(PartyRole role, PersonOption chosen) {
        if (!editable) {
            return;
        }
        boolean already = parties.stream().anyMatch(p -> p.getRole() == role && Objects.equals(p.getPersonId(), chosen.getId()));
        if (already) {
            PageMessages.error("cases.party.already", chosen.getDisplayName());
            return;
        }
        parties.add(PartyRow.of(role, chosen));
    }

    public void addUnidentified() {
        if (!editable) {
            return;
        }
        PartyRow row = new PartyRow();
        row.role = PartyRole.PERPETRATOR;
        row.perpetratorKind = PerpetratorKind.UNIDENTIFIED;
        row.involvement = Involvement.CARRIED_OUT;
        parties.add(row);
    }

    public void remove(String key) {
        if (editable) {
            parties.removeIf(p -> p.getKey().equals(key));
        }
    }

    public List<PartyRow> getVictims() {
        return partiesIn(PartyRole.VICTIM);
    }

    public List<PartyRow> getPerpetrators() {
        return partiesIn(PartyRole.PERPETRATOR);
    }

    public List<PartyRow> getWitnesses() {
        return partiesIn(PartyRole.WITNESS);
    }

    private List<PartyRow> partiesIn(PartyRole role) {
        return parties.stream().filter(p -> p.getRole() == role).toList();
    }

    // ------------------------------------------------------------------ the new-person panel

    public void newPerson(PartyRole role) {
        if (!editable) {
            return;
        }
        creatingFor = role;
        person = new PersonForm();
        candidates = List.of();
        if (lastQuery != null && !lastQuery.isBlank()) {
            if (ArabicNames.containsArabic(lastQuery)) {
                person.setNameArabic(lastQuery.strip());
            } else {
                person.setNameLatin(lastQuery.strip());
            }
        }
        lastQuery = null;
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
        if (!mayEdit() || creatingFor == null) {
            return;
        }
        PersonDraft draft = person.toDraft(creatingFor);
        if (!despiteDuplicates) {
            candidates = duplicates(draft);
            if (!candidates.isEmpty()) {
                PageMessages.info("cases.duplicates.found", candidates.size());
                return;
            }
        }
        try {
            Person created = persons.create(draft, readers.actor(), readers.reader());
            PersonOption option = PersonOption.of(created);
            add(creatingFor, option);
            PageMessages.info("cases.person.created", option.getDisplayName());
            closePersonPanel();
        } catch (InvalidInput e) {
            candidates = List.of();
            PageMessages.show(PERSON_FIELDS, e);
        }
    }

    /** Links the existing person the investigator recognised among the possible duplicates. */
    public void useCandidate(long personId) {
        if (!editable || creatingFor == null) {
            return;
        }
        candidates.stream().filter(c -> c.getPerson().getId() == personId).findFirst().ifPresent(c -> {
            add(creatingFor, c.getPerson());
            closePersonPanel();
        });
    }

    public void cancelPerson() {
        closePersonPanel();
    }

    private void closePersonPanel() {
        creatingFor = null;
        person = new PersonForm();
        candidates = List.of();
    }

    /** Persons already recorded who may be the one being entered; never merged, only shown. */
    private List<Candidate> duplicates(PersonDraft draft) {
        PersonFacts facts = new PersonFacts(draft.nameArabic(), draft.nameLatin(), draft.aliases(), draft.birthYear(),
                draft.governorate());
        Map<Long, Person> neighbours = new LinkedHashMap<>();
        for (String spelling : new String[]{draft.nameArabic(), draft.nameLatin()}) {
            if (spelling != null && !spelling.isBlank()) {
                for (PersonSearch.Match match : personSearch.find(spelling, readers.reader(), DUPLICATE_NEIGHBOURS)) {
                    neighbours.putIfAbsent(match.person().getId(), match.person());
                }
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (Person other : neighbours.values()) {
            PersonFacts theirs = new PersonFacts(other.getNameArabic(), other.getNameLatin(), other.getAliases(),
                    other.getBirthYear(), other.getGovernorate());
            double score = DuplicateReasons.score(facts, theirs);
            if (score >= DuplicateReasons.CANDIDATE_THRESHOLD) {
                found.add(new Candidate(PersonOption.of(other), score, DuplicateReasons.reasons(facts, theirs)));
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return List.copyOf(found.subList(0, Math.min(DUPLICATES_SHOWN, found.size())));
    }

    // ------------------------------------------------------------------ sources

    public void addSource() {
        if (editable) {
            sources.add(new SourceRow(null, null, null));
        }
    }

    public void removeSource(String key) {
        if (editable) {
            sources.removeIf(s -> s.getKey().equals(key));
        }
    }

    // ------------------------------------------------------------------ labels and choices

    public String getTitle() {
        return existing ? PageMessages.text("cases.case.title", reference) : PageMessages.text("cases.case.new");
    }

    /** The statuses this case may be saved with: where it is, and where it may go from there. */
    public List<CaseStatus> getStatusChoices() {
        if (!existing) {
            return List.of(CaseStatus.INTAKE);
        }
        Set<CaseStatus> allowed = EnumSet.of(savedStatus);
        allowed.addAll(savedStatus.next());
        return List.copyOf(allowed);
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public Fate[] getFates() {
        return Fate.values();
    }

    public PerpetratorKind[] getPerpetratorKinds() {
        return PerpetratorKind.values();
    }

    public Involvement[] getInvolvements() {
        return Involvement.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Occupation[] getOccupations() {
        return Occupation.values();
    }

    public List<PersonKind> getPersonKinds() {
        return Arrays.asList(PersonKind.values());
    }

    public List<String> getReliabilities() {
        return List.of("A", "B", "C", "D", "E", "F");
    }

    public List<Choice> getViolationTypeChoices() {
        return choices().violationTypes();
    }

    public List<Choice> getGovernorateChoices() {
        return choices().governorates();
    }

    public List<Choice> getCountryChoices() {
        return choices().countries();
    }

    public List<Choice> getMonthChoices() {
        return choices().months();
    }

    /** Investigators and lawyers who may be assigned, and whoever is assigned already. */
    public List<Choice> getAssigneeChoices() {
        Map<String, Choice> team = new LinkedHashMap<>();
        for (AppUser user : users.all()) {
            boolean assignable = user.isEnabled() && (user.hasRole(Role.INVESTIGATOR) || user.hasRole(Role.LAWYER));
            if (assignable || assignees.contains(user.getUsername())) {
                team.put(user.getUsername(), new Choice(user.getUsername(), user.getDisplayName() + " (" + user.getUsername() + ")"));
            }
        }
        for (String username : assignees) {
            team.putIfAbsent(username, new Choice(username, username));
        }
        return List.copyOf(team.values());
    }

    public String governorateLabel(String code) {
        return code == null ? "" : choices().governorateLabels().getOrDefault(code, code);
    }

    public String typeLabel(String code) {
        return code == null ? "" : choices().typeLabels().getOrDefault(code, code);
    }

    private String fieldLabel(String field) {
        String key = "cases.field." + field;
        String label = PageMessages.text(key);
        return key.equals(label) ? field : label;
    }

    /** A history value as a reader understands it: codes become labels in the page's language. */
    private String valueLabel(String field, String value, Map<Long, String> names) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "status" -> PageMessages.text("cases.status." + value);
            case "confidentiality" -> PageMessages.text("cases.confidentiality." + value);
            case "governorate" -> governorateLabel(value);
            case "violationTypes" -> String.join(separator(), Arrays.stream(value.split(",\\s*")).map(this::typeLabel).toList());
            case "country" -> new Locale.Builder().setRegion(value).build().getDisplayCountry(locale());
            case "parties" -> String.join("\n", Arrays.stream(value.split("\n")).map(line -> partyLabel(line, names)).toList());
            default -> value;
        };
    }

    /**
     * One line of the parties' history ({@code VICTIM person:12 fate=KILLED age=26}) as a reader says it:
     * "Victim: علي حسن · Killed · Age at the time 26". Unknown parts stay as they were recorded.
     */
    private String partyLabel(String line, Map<Long, String> names) {
        Matcher matcher = PARTY_LINE.matcher(line);
        if (!matcher.matches()) {
            return line;
        }
        List<String> parts = new ArrayList<>();
        String who = matcher.group(2);
        Matcher person = PERSON_REF.matcher(who);
        String name = person.matches() ? names.computeIfAbsent(Long.valueOf(person.group(1)), id -> personName(id, who))
                : PageMessages.text("cases.perpetratorKind.UNIDENTIFIED");
        parts.add(PageMessages.text("cases.role." + matcher.group(1)) + ": " + name);
        for (String attribute : matcher.group(3).strip().split("\\s+")) {
            int equals = attribute.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = attribute.substring(0, equals);
            String code = attribute.substring(equals + 1);
            parts.add(switch (key) {
                case "fate" -> PageMessages.text("cases.fate." + code);
                case "kind" -> person.matches() ? PageMessages.text("cases.perpetratorKind." + code) : null;
                case "involvement" -> PageMessages.text("cases.involvement." + code);
                case "age" -> PageMessages.text("cases.ageAtIncident") + " " + code;
                default -> attribute;
            });
        }
        return String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
    }

    /** The name of someone no longer in the case, if this reader may still see them. */
    private String personName(long id, String fallback) {
        try {
            return PersonOption.of(persons.visible(id, readers.reader())).getDisplayName();
        } catch (NotFound e) {
            return fallback;
        }
    }

    private static String separator() {
        return "ar".equals(locale().getLanguage()) || "ckb".equals(locale().getLanguage()) ? "، " : ", ";
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private Choices choices() {
        Locale locale = locale();
        if (choices == null) {
            choices = new LinkedHashMap<>();
        }
        return choices.computeIfAbsent(locale, l -> Choices.of(referenceData, l));
    }

    /** A value and its label, for the select menus. */
    public record Choice(Object value, String label) implements Serializable {
        public Object getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The choices of the select menus in one language. */
    record Choices(List<Choice> violationTypes, List<Choice> governorates, List<Choice> countries, List<Choice> months,
                   Map<String, String> typeLabels, Map<String, String> governorateLabels) {

        static Choices of(ReferenceData data, Locale locale) {
            Map<String, String> types = new LinkedHashMap<>();
            data.violationTypes().forEach((code, label) -> types.put(code, label.in(locale)));
            Map<String, String> governorates = new LinkedHashMap<>();
            data.governorates().forEach((code, label) -> governorates.put(code, label.in(locale)));
            Collator collator = Collator.getInstance(locale);
            List<Choice> countries = new ArrayList<>();
            for (String code : Locale.getISOCountries()) {
                countries.add(new Choice(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)));
            }
            countries.sort(Comparator.comparing(c -> c.label(), collator));
            // Iraq first: nearly every case is there.
            countries.sort(Comparator.comparing(c -> !"IQ".equals(c.value())));
            // Iraqi Arabic names the months as the Levant does (كانون الثاني …), not as Egypt does (يناير …).
            Locale monthLocale = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar-IQ") : locale;
            List<Choice> months = new ArrayList<>();
            for (Month m : Month.values()) {
                months.add(new Choice(m.getValue(), m.getValue() + " · " + m.getDisplayName(TextStyle.FULL_STANDALONE, monthLocale)));
            }
            return new Choices(options(types), options(governorates), List.copyOf(countries), List.copyOf(months), types,
                    governorates);
        }

        private static List<Choice> options(Map<String, String> labels) {
            return labels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
        }
    }

    // ------------------------------------------------------------------ rows

    /** A person as the picker and the party tables show them. */
    public static final class PersonOption implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private final String nameArabic;
        private final String nameLatin;
        private final Integer birthYear;
        private final PersonKind kind;
        private final Occupation occupation;
        private final String governorate;

        PersonOption(long id, String nameArabic, String nameLatin, Integer birthYear, PersonKind kind, Occupation occupation,
                     String governorate) {
            this.id = id;
            this.nameArabic = nameArabic;
            this.nameLatin = nameLatin;
            this.birthYear = birthYear;
            this.kind = kind;
            this.occupation = occupation;
            this.governorate = governorate;
        }

        static PersonOption of(Person p) {
            return new PersonOption(p.getId(), p.getNameArabic(), p.getNameLatin(), p.getBirthYear(), p.getKind(),
                    p.getOccupation(), p.getGovernorate());
        }

        public long getId() {
            return id;
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

        public PersonKind getKind() {
            return kind;
        }

        public Occupation getOccupation() {
            return occupation;
        }

        public String getGovernorate() {
            return governorate;
        }

        /** Both spellings when there are both: what the picker puts in its field once chosen. */
        public String getDisplayName() {
            if (nameArabic != null && nameLatin != null) {
                return nameArabic + " / " + nameLatin;
            }
            return nameArabic != null ? nameArabic : nameLatin;
        }
    }

    /** A victim, alleged perpetrator or witness as typed on the page. */
    public static final class PartyRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String key = UUID.randomUUID().toString();
        private PartyRole role;
        private Long personId;
        private String nameArabic;
        private String nameLatin;
        private Integer birthYear;
        private PersonKind personKind;
        private Occupation occupation;
        private Fate fate;
        private Integer ageAtIncident;
        private PerpetratorKind perpetratorKind;
        private Involvement involvement;
        private String notes;

        static PartyRow of(CaseParty party) {
            PartyRow row = new PartyRow();
            row.role = party.getRole();
            Person p = party.getPerson();
            if (p != null) {
                row.person(PersonOption.of(p));
            }
            row.fate = party.getFate();
            row.ageAtIncident = party.getAgeAtIncident();
            row.perpetratorKind = party.getPerpetratorKind();
            row.involvement = party.getInvolvement();
            row.notes = party.getNotes();
            return row;
        }

        static PartyRow of(PartyRole role, PersonOption person) {
            PartyRow row = new PartyRow();
            row.role = role;
            row.person(person);
            if (role == PartyRole.PERPETRATOR) {
                row.perpetratorKind = switch (person.getKind() == null ? PersonKind.INDIVIDUAL : person.getKind()) {
                    case UNIT -> PerpetratorKind.UNIT;
                    case ARMED_GROUP -> PerpetratorKind.ARMED_GROUP;
                    case INDIVIDUAL -> PerpetratorKind.PERSON;
                };
                row.involvement = Involvement.CARRIED_OUT;
            }
            return row;
        }

        private void person(PersonOption p) {
            personId = p.getId();
            nameArabic = p.getNameArabic();
            nameLatin = p.getNameLatin();
            birthYear = p.getBirthYear();
            personKind = p.getKind();
            occupation = p.getOccupation();
        }

        CaseDraft.PartyDraft toDraft() {
            boolean perpetrator = role == PartyRole.PERPETRATOR;
            return new CaseDraft.PartyDraft(role, personId, role == PartyRole.VICTIM ? fate : null,
                    ageAtIncident, perpetrator ? perpetratorKind : null, perpetrator ? involvement : null, notes);
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

        public Occupation getOccupation() {
            return occupation;
        }

        public String getDisplayName() {
            if (nameArabic != null && nameLatin != null) {
                return nameArabic + " / " + nameLatin;
            }
            return nameArabic != null ? nameArabic : nameLatin;
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

    /** A source as typed. */
    public static final class SourceRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String key = UUID.randomUUID().toString();
        private String description;
        private String reliability;
        private String url;

        SourceRow(String description, String reliability, String url) {
            this.description = description;
            this.reliability = reliability;
            this.url = url;
        }

        boolean isBlank() {
            return (description == null || description.isBlank()) && reliability == null && (url == null || url.isBlank());
        }

        public String getKey() {
            return key;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getReliability() {
            return reliability;
        }

        public void setReliability(String reliability) {
            this.reliability = reliability;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    /** The new-person form. */
    public static final class PersonForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private PersonKind kind = PersonKind.INDIVIDUAL;
        private String nameArabic;
        private String nameLatin;
        private Gender gender;
        private Integer birthYear;
        private Occupation occupation;
        private String governorate;

        PersonDraft toDraft(PartyRole role) {
            PersonKind chosen = role == PartyRole.PERPETRATOR && kind != null ? kind : PersonKind.INDIVIDUAL;
            return new PersonDraft(chosen, nameArabic, nameLatin, List.of(), gender, birthYear, occupation, null, governorate);
        }

        public PersonKind getKind() {
            return kind;
        }

        public void setKind(PersonKind kind) {
            this.kind = kind;
        }

        public String getNameArabic() {
            return nameArabic;
        }

        public void setNameArabic(String nameArabic) {
            this.nameArabic = nameArabic;
        }

        public String getNameLatin() {
            return nameLatin;
        }

        public void setNameLatin(String nameLatin) {
            this.nameLatin = nameLatin;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }

        public Integer getBirthYear() {
            return birthYear;
        }

        public void setBirthYear(Integer birthYear) {
            this.birthYear = birthYear;
        }

        public Occupation getOccupation() {
            return occupation;
        }

        public void setOccupation(Occupation occupation) {
            this.occupation = occupation;
        }

        public String getGovernorate() {
            return governorate;
        }

        public void setGovernorate(String governorate) {
            this.governorate = governorate;
        }
    }

    /** A person already recorded who may be the one being entered, with the reasons (message keys). */
    public static final class Candidate implements Serializable {

        private static final long serialVersionUID = 1L;
        private final PersonOption person;
        private final double score;
        private final List<String> reasons;

        Candidate(PersonOption person, double score, List<String> reasons) {
            this.person = person;
            this.score = score;
            this.reasons = reasons.stream().map(r -> "duplicate.reason." + r).toList();
        }

        double score() {
            return score;
        }

        public PersonOption getPerson() {
            return person;
        }

        public List<String> getReasons() {
            return reasons;
        }

        /** The score as a whole percentage, for the reader's sense of how close it is. */
        public long getPercent() {
            return Math.round(score * 100);
        }
    }

    /** One saved change: when, who, and each field's old and new value. */
    public static final class HistoryRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String when;
        private final String who;
        private final List<Change> changes;

        HistoryRow(String when, String who, List<Change> changes) {
            this.when = when;
            this.who = who;
            this.changes = changes;
        }

        static HistoryRow of(Revision revision, java.util.function.UnaryOperator<String> fieldLabel,
                             java.util.function.BinaryOperator<String> valueLabel) {
            List<Change> changes = new ArrayList<>();
            try (JsonReader reader = Json.createReader(new StringReader(revision.getChanges()))) {
                JsonArray array = reader.readArray();
                for (JsonValue value : array) {
                    JsonObject change = value.asJsonObject();
                    String field = change.getString("field", "");
                    String before = valueLabel.apply(field, change.getString("old", ""));
                    String after = valueLabel.apply(field, change.getString("new", ""));
                    if (!before.isEmpty() || !after.isEmpty()) {
                        changes.add(new Change(fieldLabel.apply(field), before, after));
                    }
                }
            }
            return new HistoryRow(TIME.format(revision.getChangedAt()), revision.getChangedBy(), changes);
        }

        public String getWhen() {
            return when;
        }

        public String getWho() {
            return who;
        }

        public List<Change> getChanges() {
            return changes;
        }
    }

    /** One field's change. */
    public static final class Change implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String field;
        private final String oldValue;
        private final String newValue;

        Change(String field, String oldValue, String newValue) {
            this.field = field;
            this.oldValue = oldValue;
            this.newValue = newValue;
        }

        public String getField() {
            return field;
        }

        public String getOldValue() {
            return oldValue;
        }

        public String getNewValue() {
            return newValue;
        }

        public boolean isAdded() {
            return oldValue.isEmpty();
        }
    }

    // ------------------------------------------------------------------ state for the page

    public boolean isExisting() {
        return existing;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isCreatingPerson() {
        return creatingFor != null;
    }

    public PartyRole getCreatingFor() {
        return creatingFor;
    }

    public boolean isCreatingPerpetrator() {
        return creatingFor == PartyRole.PERPETRATOR;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public PersonForm getPerson() {
        return person;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public List<SourceRow> getSources() {
        return sources;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public String getReference() {
        return reference;
    }

    public CaseStatus getSavedStatus() {
        return savedStatus;
    }

    public boolean isSavedRestricted() {
        return savedRestricted;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
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

    public String getVictimPick() {
        return victimPickKey;
    }

    public void setVictimPick(String key) {
        this.victimPickKey = key;
    }

    public String getPerpetratorPick() {
        return perpetratorPickKey;
    }

    public void setPerpetratorPick(String key) {
        this.perpetratorPickKey = key;
    }

    public String getWitnessPick() {
        return witnessPickKey;
    }

    public void setWitnessPick(String key) {
        this.witnessPickKey = key;
    }
}
