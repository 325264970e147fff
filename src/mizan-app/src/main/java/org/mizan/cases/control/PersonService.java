package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.Occupations;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.PersonKind;
import org.mizan.cases.entity.Revision;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Recording and changing persons; keeps their name index (every spelling, normalised and keyed) in step. */
@ApplicationScoped
public class PersonService {

    public static final String ACTION_CREATE = "PERSON_CREATE";
    public static final String ACTION_UPDATE = "PERSON_UPDATE";
    private static final int NAME_MAX = 300;

    @PersistenceContext
    EntityManager em;
    @Inject
    ReferenceData referenceData;
    @Inject
    RevisionLog revisions;
    @Inject
    AuditTrail audit;
    @Inject
    CaseDisclosure disclosure;

    @Inject
    Clock clock;

    @Transactional
    public Person create(PersonDraft draft, Actor actor, CaseReader reader) {
        reader.requireEditor();
        check(draft);
        Instant now = clock.instant();
        Person person = new Person(actor.username(), now);
        apply(person, draft);
        em.persist(person);
        em.flush();
        reindex(person);
        revisions.record(Revision.PERSON, person.getId(), Map.of(), snapshot(person), actor.username(), now);
        audit.record(event(actor, ACTION_CREATE, person, null));
        return person;
    }

    @Transactional
    public Person update(long id, PersonDraft draft, long expectedVersion, Actor actor, CaseReader reader) {
        reader.requireEditor();
        Person person = visible(id, reader);
        if (person.getVersion() != expectedVersion) {
            throw new Conflict("conflict.stale");
        }
        check(draft);
        Map<String, String> before = snapshot(person);
        apply(person, draft);
        Instant now = clock.instant();
        if (!revisions.record(Revision.PERSON, id, before, snapshot(person), actor.username(), now).isEmpty()) {
            person.touch(actor.username(), now);
            em.flush();
            reindex(person);
            audit.record(event(actor, ACTION_UPDATE, person, null));
        }
        return person;
    }

    /**
     * A person this reader may see (see {@link #visibleSql}); anyone else, and an id nobody has, is the same
     * {@link NotFound} — ids are sequential, so the two must not be told apart.
     */
    @Transactional
    public Person visible(long id, CaseReader reader) {
        List<?> found = em.createNativeQuery("SELECT p.id FROM person p WHERE p.id = ?1 AND " + visibleSql("p", reader))
                .setParameter(1, id).getResultList();
        // A reader who reads cases redacted sees a person on their own only where some case names them.
        if (found.isEmpty() || !disclosure.nameable(List.of(id), reader).contains(id)) {
            throw new NotFound("person " + id);
        }
        return em.find(Person.class, id);
    }

    @Transactional
    public List<Revision> history(long id, CaseReader reader) {
        visible(id, reader);
        @SuppressWarnings("unchecked")
        List<Number> merged = em.createNativeQuery("SELECT id FROM person WHERE merged_into = ?1").setParameter(1, id).getResultList();
        List<Long> ids = new ArrayList<>(List.of(id));
        merged.forEach(m -> ids.add(m.longValue()));
        List<Revision> all = revisions.of(Revision.PERSON, ids);
        return disclosure.redacts(reader) ? RevisionLog.summaries(all) : all;
    }

    /**
     * SQL that is true when the person aliased {@code alias} is visible to the reader; binds nothing. A withdrawn
     * person is seen by nobody. A person follows the cases that name them: visible through at least one case the reader
     * may see, so a person known only from restricted (or withdrawn) cases stays as hidden as those cases. A person in no
     * case yet is seen by administrators, by investigators (who link them) and by whoever recorded them. A record
     * merged into another follows the survivor's cases.
     */
    public static String visibleSql(String alias, CaseReader reader) {
        String self = "COALESCE(" + alias + ".merged_into, " + alias + ".id)";
        // Usernames are [a-z0-9._-] (UserAdministration); the quotes are doubled all the same.
        String unlinked = reader.administrator() || reader.mayEdit() ? "TRUE"
                : alias + ".created_by = '" + reader.username().replace("'", "''") + "'";
        return "(" + alias + ".withdrawn_at IS NULL AND (EXISTS (SELECT 1 FROM case_party cp JOIN violation_case vc ON vc.id = cp.case_id "
                + "WHERE cp.person_id = " + self + " AND " + CaseVisibility.sql("vc", reader) + ") OR (" + unlinked
                + " AND NOT EXISTS (SELECT 1 FROM case_party cp WHERE cp.person_id = " + self + "))))";
    }

    /** Rewrites the person's rows in the name index: one per spelling (Arabic, Latin, each alias). */
    void reindex(Person person) {
        em.createNativeQuery("DELETE FROM person_name_index WHERE person_id = ?1").setParameter(1, person.getId()).executeUpdate();
        LinkedHashSet<String> spellings = new LinkedHashSet<>();
        if (person.getNameArabic() != null) {
            spellings.add(person.getNameArabic());
        }
        if (person.getNameLatin() != null) {
            spellings.add(person.getNameLatin());
        }
        spellings.addAll(person.getAliases());
        for (String spelling : spellings) {
            em.createNativeQuery("INSERT INTO person_name_index (person_id, spelling, normalised, name_key) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, person.getId()).setParameter(2, spelling)
                    .setParameter(3, ArabicNames.normalise(spelling)).setParameter(4, ArabicNames.latinKey(spelling))
                    .executeUpdate();
        }
    }

    private void check(PersonDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (isBlank(draft.nameArabic()) && isBlank(draft.nameLatin())) {
            errors.add(new InvalidInput.FieldError("nameArabic", "person.name.required"));
        }
        for (String name : new String[]{draft.nameArabic(), draft.nameLatin()}) {
            if (name != null && name.length() > NAME_MAX) {
                errors.add(new InvalidInput.FieldError(name.equals(draft.nameArabic()) ? "nameArabic" : "nameLatin",
                        "validation.tooLong", NAME_MAX));
            }
        }
        if (draft.aliasesOrEmpty().stream().anyMatch(a -> isBlank(a) || a.length() > NAME_MAX)) {
            errors.add(new InvalidInput.FieldError("aliases", "person.aliases.invalid", NAME_MAX));
        }
        if (draft.birthYear() != null && (draft.birthYear() < 1900 || draft.birthYear() > Year.now(clock).getValue())) {
            errors.add(new InvalidInput.FieldError("birthYear", "person.birthYear.range"));
        }
        if (draft.occupationsOrEmpty().size() > Occupations.MAX) {
            errors.add(new InvalidInput.FieldError("occupations", "person.occupations.tooMany", Occupations.MAX));
        }
        Set<String> governorates = referenceData.governorates().keySet();
        if (draft.governorate() != null && !governorates.contains(draft.governorate())) {
            errors.add(new InvalidInput.FieldError("governorate", "case.governorate.unknown", draft.governorate(),
                    String.join(", ", governorates)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void apply(Person person, PersonDraft draft) {
        person.setKind(draft.kind() == null ? PersonKind.INDIVIDUAL : draft.kind());
        person.setNameArabic(Text.blankToNull(draft.nameArabic()));
        person.setNameLatin(Text.blankToNull(draft.nameLatin()));
        person.setAliases(draft.aliasesOrEmpty().stream().map(String::strip).distinct().toList());
        person.setGender(draft.gender());
        person.setBirthYear(draft.birthYear());
        person.setOccupations(draft.occupationsOrEmpty());
        person.setAffiliation(Text.blankToNull(draft.affiliation()));
        person.setGovernorate(draft.governorate());
    }

    static Map<String, String> snapshot(Person p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", p.getKind().name());
        fields.put("nameArabic", p.getNameArabic());
        fields.put("nameLatin", p.getNameLatin());
        fields.put("aliases", String.join(" | ", p.getAliases()));
        fields.put("gender", p.getGender() == null ? null : p.getGender().name());
        fields.put("birthYear", p.getBirthYear() == null ? null : p.getBirthYear().toString());
        // One field for the whole list, under the name it had when a person had one occupation, so that the history reads
        // on from the older revisions: "JOURNALIST" then "JOURNALIST, PROTESTER".
        fields.put("occupation", p.getOccupations().isEmpty() ? null
                : String.join(", ", p.getOccupations().stream().map(Enum::name).toList()));
        fields.put("affiliation", p.getAffiliation());
        fields.put("governorate", p.getGovernorate());
        fields.put("mergedInto", p.getMergedInto() == null ? null : p.getMergedInto().toString());
        return fields;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static AuditEvent event(Actor actor, String action, Person p, String details) {
        return new AuditEvent(actor.username(), actor.clientAddress(), action, "person:" + p.getId(), Outcome.SUCCESS, details);
    }
}
