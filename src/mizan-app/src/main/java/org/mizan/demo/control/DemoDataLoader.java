package org.mizan.demo.control;

import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseService;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.PersonService;
import org.mizan.security.control.CaseReader;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.platform.control.Conflict;
import org.mizan.security.entity.Actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads a small invented data set ({@link SyntheticCases}) into an empty database, so Mizan can be
 * shown and tried: persons and cases are created through {@link PersonService} and {@link CaseService}
 * like any other, so they get revisions, name index entries and audit entries; cases that have moved
 * on in the workflow get there one allowed step at a time. All or nothing, in one transaction.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final int CASES = 40;
    public static final int PERSONS = 100;
    private static final long SEED = 20191001L;

    @PersistenceContext
    EntityManager em;
    @Inject
    PersonService persons;
    @Inject
    CaseService cases;

    /** Creates the demo cases and returns how many; refuses with {@code demo.notEmpty} once any case exists. */
    @Transactional
    public int loadDemo(Actor actor) {
        // Blocks other case creations (and a second load) until this one commits, so "empty" stays true.
        em.createNativeQuery("LOCK TABLE violation_case IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        if (((Number) em.createNativeQuery("SELECT count(*) FROM violation_case").getSingleResult()).longValue() > 0) {
            throw new Conflict("demo.notEmpty");
        }
        SyntheticCases data = new SyntheticCases(SEED, PERSONS);
        // The loader records on the administrator's behalf, as an editor who sees everything.
        CaseReader administrator = new CaseReader(0, actor.username(), true, true, true);
        List<Long> ids = new ArrayList<>();
        for (PersonDraft person : data.persons()) {
            ids.add(persons.create(person, actor, administrator).getId());
        }
        for (int i = 0; i < CASES; i++) {
            SyntheticCases.Generated generated = data.next();
            CaseDraft draft = SyntheticCases.withPersonIds(generated.draft(), n -> ids.get((int) n - 1));
            ViolationCase current = cases.create(draft, actor, administrator);
            for (CaseStatus step : path(generated.status())) {
                current = cases.advance(current.getReference(), SyntheticCases.withStatus(draft, step), current.getVersion(),
                        actor, administrator);
            }
        }
        return CASES;
    }

    /** The transitions a person would make to bring a new case to the status. */
    private static List<CaseStatus> path(CaseStatus target) {
        return switch (target) {
            case INTAKE -> List.of();
            case VERIFIED -> List.of(CaseStatus.VERIFIED);
            case DOCUMENTED -> List.of(CaseStatus.VERIFIED, CaseStatus.DOCUMENTED);
            case REFERRED -> List.of(CaseStatus.VERIFIED, CaseStatus.DOCUMENTED, CaseStatus.REFERRED);
            case CLOSED -> List.of(CaseStatus.CLOSED);
        };
    }
}
