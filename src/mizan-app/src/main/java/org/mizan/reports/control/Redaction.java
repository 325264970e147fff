package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.platform.control.Forbidden;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.security.control.CaseReader;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one redaction policy of every report and export (docs/domain.md): who may ask for which {@link Audience},
 * and how each case and each person in it appears for that audience, driven by the families' consent as
 * {@link ConsentRegister} holds it at the moment of generation — a withdrawal holds for everything
 * generated after it. Consent to be named publicly is the person's, read from their family's contacts in any
 * case; consent to submit to the UN and to be contacted is read from this case's contacts. The rules
 * themselves, each with its reason, are in {@link RedactionRules}; this service loads the consent they need.
 *
 * <p>For a report: {@code requireAllowed(audience, reader)} before any work, then {@code redact(case,
 * audience, reader)} (or the list form, one consent query for many cases) and print only what the
 * {@link RedactedCase} holds. The cases must come from a read that applied the reader's visibility
 * ({@code CaseService.read}, {@code CaseQuery}): redaction decides what a visible case shows, not
 * whether it is visible.
 */
@ApplicationScoped
public class Redaction {

    @Inject
    ConsentRegister consents;

    /** The audiences this reader may produce: advocates UN and PUBLIC, everyone else all four. */
    public Set<Audience> audiences(CaseReader reader) {
        return RedactionRules.audiences(reader);
    }

    /** Throws {@link Forbidden} (403) unless the reader may produce this audience. */
    public void requireAllowed(Audience audience, CaseReader reader) {
        if (!audiences(reader).contains(audience)) {
            throw new Forbidden(reader.username() + " may not produce " + audience + " reports");
        }
    }

    /** One case as the audience may see it; checks that the reader may produce the audience. */
    @Transactional
    public RedactedCase redact(ViolationCase c, Audience audience, CaseReader reader) {
        return redact(List.of(c), audience, reader).get(0);
    }

    /** Many cases, in the same order, with one consent query for all of them. */
    @Transactional
    public List<RedactedCase> redact(List<ViolationCase> cases, Audience audience, CaseReader reader) {
        requireAllowed(audience, reader);
        Function<ViolationCase, Function<Long, ConsentState>> consent = consentsOf(consents, cases);
        return cases.stream().map(c -> RedactionRules.redact(c, audience, consent.apply(c))).toList();
    }

    /** For each of these cases, the consent state of a person in it, read with one query for all of them. */
    static Function<ViolationCase, Function<Long, ConsentState>> consentsOf(ConsentRegister consents, List<ViolationCase> cases) {
        if (cases.isEmpty()) {
            return c -> person -> ConsentState.NONE;
        }
        Map<Long, List<ConsentRegister.PartyDecision>> byPerson = consents.decisionsAbout(
                        cases.stream().map(ViolationCase::getId).toList(), personIds(cases)).stream()
                .collect(Collectors.groupingBy(ConsentRegister.PartyDecision::personId));
        return c -> person -> RedactionRules.consent(byPerson.getOrDefault(person, List.of()), c.getId(), person);
    }

    private static Set<Long> personIds(List<ViolationCase> cases) {
        return cases.stream().flatMap(c -> c.getParties().stream()).map(CaseParty::getPerson).filter(Objects::nonNull)
                .map(Person::getId).collect(Collectors.toSet());
    }
}
