package org.mizan.cases.control;

import org.mizan.audit.entity.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.CaseSource;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.Revision;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;
import org.mizan.security.control.UserDirectory;
import org.mizan.security.entity.Actor;
import org.mizan.security.entity.AppUser;
import org.mizan.security.entity.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Recording and changing cases: rules checked, every change kept as a revision and audited. */
@ApplicationScoped
public class CaseService {

    public static final String ACTION_CREATE = "CASE_CREATE";
    public static final String ACTION_UPDATE = "CASE_UPDATE";
    public static final String ACTION_READ = "CASE_READ";

    @PersistenceContext
    EntityManager em;
    @Inject
    ReferenceData referenceData;
    @Inject
    CaseReferences references;
    @Inject
    RevisionLog revisions;
    @Inject
    UserDirectory users;
    @Inject
    PersonService persons;
    @Inject
    AuditTrail audit;
    @Inject
    CaseDisclosure disclosure;
    @Inject
    TeamMembers members;
    @Inject
    CaseRequestKeys requestKeys;

    @Inject
    Clock clock;

    /**
     * Records a new case. Its creator leads it and is on its team, with the colleagues they name: the team and
     * the confidentiality are set here once, by the lead; afterwards only {@link CaseTeamService} changes them.
     * A case recorded by someone who is no investigator (the demo loader) has no lead until an administrator names one.
     */
    @Transactional
    public ViolationCase create(CaseDraft draft, Actor actor, CaseReader reader) {
        return create(draft, actor, reader, null).recorded();
    }

    /** A case created by this request, or {@code replayed}: the one an earlier request with the same key created. */
    public record Creation(ViolationCase recorded, boolean replayed) {
    }

    /**
     * Records a new case unless an earlier request of this user with the same idempotency key (not null) created one:
     * then that case, as it is now. The draft must be the same as that request's (409 otherwise).
     */
    @Transactional
    public Creation create(CaseDraft draft, Actor actor, CaseReader reader, String requestKey) {
        reader.requireEditor();
        CaseRequestKeys.check(requestKey);
        if (requestKey != null) {
            Optional<Long> earlier = requestKeys.earlier(reader.username(), requestKey, draft.toString());
            if (earlier.isPresent()) {
                return new Creation(visible(em.find(ViolationCase.class, earlier.get()).getReference(), reader), true);
            }
        }
        ViolationCase created = record(draft, actor, reader);
        if (requestKey != null) {
            requestKeys.remember(reader.username(), requestKey, draft.toString(), created.getId(), created.getCreatedAt());
        }
        return new Creation(created, false);
    }

    private ViolationCase record(CaseDraft draft, Actor actor, CaseReader reader) {
        check(draft);
        // Before a reference is taken: a refused person must not leave a gap in the numbering.
        Map<Long, Person> linked = linkable(draft, reader);
        Instant now = clock.instant();
        ViolationCase created = new ViolationCase(references.next(draft.incidentDate().year()), actor.username(), now);
        apply(created, draft, linked);
        if (draft.status() != null && draft.status() != CaseStatus.START) {
            throw StatusRefusals.start(draft.status());
        }
        created.setConfidentiality(draft.confidentiality() == null ? Confidentiality.STANDARD : draft.confidentiality());
        Set<AppUser> team = members.of("assignees", draft.assigneesOrEmpty());
        AppUser lead = users.findEnabled(reader.username()).filter(u -> u.hasRole(Role.INVESTIGATOR)).orElse(null);
        if (lead != null) {
            team.add(lead);
        }
        created.setLead(lead);
        created.setAssignees(team);
        em.persist(created);
        em.flush();
        revisions.record(Revision.CASE, created.getId(), Map.of(), snapshot(created), actor.username(), now);
        audit.record(event(actor, ACTION_CREATE, created, Outcome.SUCCESS, null));
        return created;
    }

    /**
     * Replaces the case's facts with the draft, if nobody saved it since {@code expectedVersion} was read. Facts are
     * the team's to change: anyone else is refused (403). The team and confidentiality are not changed here: a draft
     * that leaves them out or repeats them as they are passes, one that changes them is refused (400) with a pointer
     * to the team endpoint — silently ignoring it would let a client believe a case was restricted when it is not.
     */
    @Transactional
    public ViolationCase update(String reference, CaseDraft draft, long expectedVersion, Actor actor, CaseReader reader) {
        reader.requireEditor();
        ViolationCase existing = visible(reference, reader);
        if (!existing.isAssigned(reader.userId())) {
            audit.record(event(actor, ACTION_UPDATE, existing, Outcome.DENIED, AuditDetails.of("reason", "not_on_team")));
            throw new Forbidden(reader.username() + " is not on the team of " + reference);
        }
        requireSameTeam(existing, draft);
        return replace(existing, draft, expectedVersion, actor, reader);
    }

    /** Moves the demo loader's case through its statuses: the loader records as an administrator, on no team. */
    public ViolationCase advance(String reference, CaseDraft draft, long expectedVersion, Actor actor, CaseReader administrator) {
        if (!administrator.administrator()) {
            throw new Forbidden(administrator.username() + " is not an administrator");
        }
        return replace(visible(reference, administrator), draft, expectedVersion, actor, administrator);
    }

    private ViolationCase replace(ViolationCase existing, CaseDraft draft, long expectedVersion, Actor actor, CaseReader reader) {
        if (existing.getVersion() != expectedVersion) {
            audit.record(event(actor, ACTION_UPDATE, existing, Outcome.FAILURE, AuditDetails.of("reason", "stale", "version", expectedVersion)));
            throw new Conflict("conflict.stale");
        }
        check(draft);
        CaseStatus target = draft.status() == null ? existing.getStatus() : draft.status();
        if (!existing.getStatus().allows(target)) {
            throw StatusRefusals.jump(existing.getStatus(), target);
        }
        Map<Long, Person> linked = linkable(draft, reader);
        Map<String, String> before = snapshot(existing);
        apply(existing, draft, linked);
        existing.setStatus(target);
        Map<String, String> after = snapshot(existing);
        Instant now = clock.instant();
        List<String> changed = revisions.record(Revision.CASE, existing.getId(), before, after, actor.username(), now);
        if (!changed.isEmpty()) {
            existing.touch(actor.username(), now);
            em.flush();
            audit.record(event(actor, ACTION_UPDATE, existing, Outcome.SUCCESS, AuditDetails.of("fields", String.join(",", changed))));
        }
        return existing;
    }

    private static void requireSameTeam(ViolationCase existing, CaseDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (draft.confidentiality() != null && draft.confidentiality() != existing.getConfidentiality()) {
            errors.add(new InvalidInput.FieldError("confidentiality", "case.team.changeThroughTeam", existing.getReference()));
        }
        if (draft.assignees() != null) {
            Set<String> given = draft.assignees().stream().map(UserDirectory::normalise).collect(Collectors.toSet());
            Set<String> current = existing.getAssignees().stream().map(AppUser::getUsername).collect(Collectors.toSet());
            if (!given.equals(current)) {
                errors.add(new InvalidInput.FieldError("assignees", "case.team.changeThroughTeam", existing.getReference()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** The case, if this reader may see it; a restricted case outside their reach is simply not found. */
    @Transactional
    public ViolationCase read(String reference, CaseReader reader, Actor actor) {
        ViolationCase found = visible(reference, reader);
        audit.record(event(actor, ACTION_READ, found, Outcome.SUCCESS, null));
        return found;
    }

    /** Every saved change, newest first; for a reader who reads the case redacted, only when and which fields. */
    @Transactional
    public List<Revision> history(String reference, CaseReader reader) {
        List<Revision> all = revisions.of(Revision.CASE, visible(reference, reader).getId());
        return disclosure.redacts(reader) ? RevisionLog.summaries(all) : all;
    }

    /** The case, if this reader may see it (404 otherwise); not audited: for services that audit what they do with it. */
    public ViolationCase visible(String reference, CaseReader reader) {
        List<?> ids = em.createNativeQuery("SELECT c.id FROM violation_case c WHERE c.reference = ?1 AND "
                + CaseVisibility.sql("c", reader)).setParameter(1, reference).getResultList();
        if (ids.isEmpty()) {
            throw new NotFound("case " + reference);
        }
        return em.find(ViolationCase.class, ((Number) ids.get(0)).longValue());
    }

    /** The rules a case must satisfy, without saving anything: throws {@link InvalidInput} naming every broken one. */
    public void check(CaseDraft draft) {
        CaseRules.check(draft, referenceData.violationTypes().keySet(), referenceData.governorates().keySet());
    }

    /**
     * The persons the draft names. Each must be one the reader may see — otherwise the same 404 as for a person
     * that does not exist, so that linking cannot reveal, or take over, a person known only from hidden cases.
     */
    private Map<Long, Person> linkable(CaseDraft draft, CaseReader reader) {
        Map<Long, Person> linked = new HashMap<>();
        List<CaseDraft.PartyDraft> parties = draft.partiesOrEmpty();
        for (int i = 0; i < parties.size(); i++) {
            CaseDraft.PartyDraft party = parties.get(i);
            if (party.personId() != null && !linked.containsKey(party.personId())) {
                Person person = persons.visible(party.personId(), reader);
                if (person.getMergedInto() != null) {
                    throw new InvalidInput(CaseRules.element("parties", i) + ".personId", "case.parties.mergedPerson",
                            person.getId(), person.getMergedInto());
                }
                linked.put(person.getId(), person);
            }
        }
        return linked;
    }

    private void apply(ViolationCase target, CaseDraft draft, Map<Long, Person> linked) {
        target.setViolationTypes(new TreeSet<>(draft.violationTypesOrEmpty()));
        target.setDates(draft.incidentDate(), draft.endDate());
        target.setDateNote(Text.blankToNull(draft.dateNote()));
        target.setCountry(draft.country() == null ? "IQ" : draft.country());
        target.setGovernorate(draft.governorate());
        String locality = Text.blankToNull(draft.locality());
        target.setLocality(locality, LocalityKeys.of(locality));
        target.setCoordinates(draft.latitude(), draft.longitude());
        String narrative = Text.blankToNull(draft.narrative());
        target.setNarrative(narrative, narrative == null ? null : ArabicNames.normalise(narrative));
        target.setTags(draft.tagsOrEmpty().stream().map(String::strip).collect(Collectors.toCollection(TreeSet::new)));
        List<CaseSource> sources = new ArrayList<>();
        for (CaseDraft.SourceDraft source : draft.sourcesOrEmpty()) {
            sources.add(new CaseSource(target, sources.size(), source.description().strip(), source.reliability(),
                    Text.blankToNull(source.url())));
        }
        target.setSources(sources);
        target.setParties(parties(target, draft.partiesOrEmpty(), linked));
    }

    private static List<CaseParty> parties(ViolationCase target, List<CaseDraft.PartyDraft> drafts, Map<Long, Person> linked) {
        List<CaseParty> parties = new ArrayList<>();
        List<CaseDraft.PartyDraft> byRole = drafts.stream()
                .sorted(java.util.Comparator.comparing(CaseDraft.PartyDraft::role)).toList();
        for (CaseDraft.PartyDraft draft : byRole) {
            Person person = draft.personId() == null ? null : linked.get(draft.personId());
            CaseParty party = new CaseParty(target, parties.size(), person, draft.role());
            party.setFate(draft.fate());
            party.setAgeAtIncident(draft.ageAtIncident());
            party.setDiedOn(draft.diedOn());
            party.setCommunity(draft.community());
            party.setPerpetratorKind(draft.perpetratorKind());
            party.setInvolvement(draft.involvement());
            // "Alleged" unless said otherwise: what a perpetrator entered without a word on it has always meant.
            party.setCertainty(draft.role() != PartyRole.PERPETRATOR ? null
                    : draft.certainty() == null ? PerpetratorCertainty.ALLEGED : draft.certainty());
            party.setNotes(Text.blankToNull(draft.notes()));
            parties.add(party);
        }
        return parties;
    }

    /** The case as its revision history compares it: one string per field. */
    static Map<String, String> snapshot(ViolationCase c) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("violationTypes", String.join(", ", c.getViolationTypes()));
        fields.put("incidentDate", c.getIncidentDate().toString());
        fields.put("endDate", c.getEndDate() == null ? null : c.getEndDate().toString());
        fields.put("dateNote", c.getDateNote());
        fields.put("country", c.getCountry());
        fields.put("governorate", c.getGovernorate());
        fields.put("locality", c.getLocality());
        fields.put("coordinates", c.getLatitude() == null ? null
                : c.getLatitude().stripTrailingZeros().toPlainString() + "," + c.getLongitude().stripTrailingZeros().toPlainString());
        fields.put("narrative", c.getNarrative());
        fields.put("tags", String.join(", ", c.getTags()));
        fields.put("sources", c.getSources().stream().map(CaseSource::toString).collect(Collectors.joining("\n")));
        fields.put("status", c.getStatus().name());
        fields.put("confidentiality", c.getConfidentiality().name());
        fields.put("lead", c.getLead() == null ? null : c.getLead().getUsername());
        fields.put("assignees", c.getAssignees().stream().map(AppUser::getUsername).sorted().collect(Collectors.joining(", ")));
        fields.put("parties", c.getParties().stream().map(CaseParty::toString).collect(Collectors.joining("\n")));
        return fields;
    }

    private static AuditEvent event(Actor actor, String action, ViolationCase c, Outcome outcome, String details) {
        return new AuditEvent(actor.username(), actor.clientAddress(), action, "case:" + c.getReference(), outcome, details);
    }
}
