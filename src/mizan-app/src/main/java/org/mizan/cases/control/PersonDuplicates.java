package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.Occupations;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.Revision;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Possible duplicates of a person, with the reasons, for a person to decide on — and the merge
 * they may then ask for. Nothing is ever merged automatically.
 */
@ApplicationScoped
public class PersonDuplicates {

    public static final String ACTION_MERGE = "PERSON_MERGE";
    /** How many name-index neighbours of each spelling are scored in full. */
    private static final int NEIGHBOURS = 25;

    /** A person who may be the same as the one asked about, and why. */
    public record Candidate(Person person, double score, List<String> reasons) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    PersonSearch search;
    @Inject
    PersonService persons;
    @Inject
    RevisionLog revisions;
    @Inject
    AuditTrail audit;
    @Inject
    PersonRelatives relatives;

    @Inject
    Clock clock;

    /** Candidates for a person about to be recorded (or for an existing one, {@code self} excluded). */
    @Transactional
    public List<Candidate> candidates(PersonDraft draft, Long self, CaseReader reader) {
        PersonFacts facts = facts(draft.nameArabic(), draft.nameLatin(), draft.aliasesOrEmpty(), draft.birthYear(), draft.governorate());
        Map<Long, Person> neighbours = new LinkedHashMap<>();
        for (String spelling : spellings(facts)) {
            for (PersonSearch.Match match : search.find(spelling, reader, NEIGHBOURS)) {
                neighbours.putIfAbsent(match.person().getId(), match.person());
            }
        }
        if (self != null) {
            neighbours.remove(self);
            // A father and his son often share most of a name chain: recorded as relatives, they are two people.
            relatives.idsOf(self).forEach(neighbours::remove);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Person other : neighbours.values()) {
            PersonFacts otherFacts = facts(other);
            if (DuplicateReasons.isCandidate(facts, otherFacts)) {
                candidates.add(new Candidate(other, DuplicateReasons.score(facts, otherFacts), DuplicateReasons.reasons(facts, otherFacts)));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /**
     * Folds {@code merged} into {@code survivor}: its parts in cases move over, its names become
     * aliases, and it stays as a record pointing at the survivor so both histories remain. Both must
     * be persons the reader may see (404 otherwise): a merge would otherwise rename, or expose, a
     * person known only from cases hidden from them.
     */
    @Transactional
    public Person merge(long mergedId, long survivorId, long expectedVersion, Actor actor, CaseReader reader) {
        reader.requireEditor();
        Person merged = persons.visible(mergedId, reader);
        Person survivor = persons.visible(survivorId, reader);
        if (merged.getId().equals(survivor.getId())) {
            throw new InvalidInput("into", "person.merge.self");
        }
        if (merged.getVersion() != expectedVersion) {
            throw new Conflict("conflict.stale");
        }
        if (relatives.idsOf(merged.getId()).contains(survivor.getId())) {
            throw new InvalidInput("into", "person.merge.relatives");
        }
        if (merged.getMergedInto() != null || survivor.getMergedInto() != null) {
            throw new Conflict("person.merge.alreadyMerged");
        }
        Instant now = clock.instant();
        Map<String, String> survivorBefore = PersonService.snapshot(survivor);
        LinkedHashSet<String> aliases = new LinkedHashSet<>(survivor.getAliases());
        for (String name : new String[]{merged.getNameArabic(), merged.getNameLatin()}) {
            if (name != null && !name.equals(survivor.getNameArabic()) && !name.equals(survivor.getNameLatin())) {
                aliases.add(name);
            }
        }
        aliases.addAll(merged.getAliases());
        survivor.setAliases(List.copyOf(aliases));
        fillGaps(survivor, merged);
        survivor.touch(actor.username(), now);
        Map<String, String> mergedBefore = PersonService.snapshot(merged);
        merged.mergeInto(survivor.getId());
        merged.touch(actor.username(), now);
        em.createNativeQuery("UPDATE case_party SET person_id = ?1 WHERE person_id = ?2")
                .setParameter(1, survivor.getId()).setParameter(2, merged.getId()).executeUpdate();
        em.createNativeQuery("DELETE FROM person_name_index WHERE person_id = ?1").setParameter(1, merged.getId()).executeUpdate();
        relatives.moveLinks(merged.getId(), survivor.getId());
        repoint(merged, survivor, actor, now);
        em.flush();
        persons.reindex(survivor);
        revisions.record(Revision.PERSON, merged.getId(), mergedBefore, PersonService.snapshot(merged), actor.username(), now);
        revisions.record(Revision.PERSON, survivor.getId(), survivorBefore, PersonService.snapshot(survivor), actor.username(), now);
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_MERGE, "person:" + merged.getId(),
                Outcome.SUCCESS, "into person:" + survivor.getId()));
        return survivor;
    }

    /**
     * Records merged earlier into the one now merged point at the survivor instead: a record is as visible as the
     * cases of the person it points at, and that must not depend on how long the chain of merges has grown.
     */
    private void repoint(Person merged, Person survivor, Actor actor, Instant now) {
        for (Person earlier : em.createQuery("SELECT p FROM Person p WHERE p.mergedInto = :merged", Person.class)
                .setParameter("merged", merged.getId()).getResultList()) {
            Map<String, String> before = PersonService.snapshot(earlier);
            earlier.mergeInto(survivor.getId());
            earlier.touch(actor.username(), now);
            revisions.record(Revision.PERSON, earlier.getId(), before, PersonService.snapshot(earlier), actor.username(), now);
        }
    }

    /** What the survivor did not know and the merged record did. */
    private static void fillGaps(Person survivor, Person merged) {
        if (survivor.getNameArabic() == null) {
            survivor.setNameArabic(merged.getNameArabic());
        }
        if (survivor.getNameLatin() == null) {
            survivor.setNameLatin(merged.getNameLatin());
        }
        if (survivor.getBirthYear() == null) {
            survivor.setBirthYear(merged.getBirthYear());
        }
        if (survivor.getGender() == null) {
            survivor.setGender(merged.getGender());
        }
        // The survivor's occupations first, then those only the merged record knew, as many as a person may have.
        List<Occupation> occupations = new ArrayList<>(survivor.getOccupations());
        occupations.addAll(merged.getOccupations());
        survivor.setOccupations(Occupations.distinct(occupations).stream().limit(Occupations.MAX).toList());
        if (survivor.getGovernorate() == null) {
            survivor.setGovernorate(merged.getGovernorate());
        }
        if (survivor.getAffiliation() == null) {
            survivor.setAffiliation(merged.getAffiliation());
        }
    }

    static PersonFacts facts(Person p) {
        return facts(p.getNameArabic(), p.getNameLatin(), p.getAliases(), p.getBirthYear(), p.getGovernorate());
    }

    private static PersonFacts facts(String arabic, String latin, List<String> aliases, Integer birthYear, String governorate) {
        return new PersonFacts(arabic, latin, aliases, birthYear, governorate);
    }

    private static List<String> spellings(PersonFacts facts) {
        List<String> spellings = new ArrayList<>();
        if (facts.nameArabic() != null && !facts.nameArabic().isBlank()) {
            spellings.add(facts.nameArabic());
        }
        if (facts.nameLatin() != null && !facts.nameLatin().isBlank()) {
            spellings.add(facts.nameLatin());
        }
        spellings.addAll(facts.aliases());
        return spellings;
    }
}
