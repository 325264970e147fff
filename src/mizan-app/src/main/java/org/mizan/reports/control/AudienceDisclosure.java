package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.CaseDisclosure;
import org.mizan.cases.control.CaseVisibility;
import org.mizan.cases.control.DisclosedCase;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.reports.entity.Appearance;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.ConsentState;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;
import org.mizan.security.control.CaseReader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The redaction policy answering {@link CaseDisclosure} for every screen and REST reply: a reader who may produce
 * INTERNAL reports reads the INTERNAL edition (everything they may see), anyone else — an advocate — the UN edition,
 * exactly as {@link RedactionRules} builds it for a report. Nothing here decides anew what a party or a field shows.
 */
@ApplicationScoped
public class AudienceDisclosure implements CaseDisclosure {

    @Inject
    ConsentRegister consents;
    @PersistenceContext
    EntityManager em;

    /** The audience a reader reads cases in: the widest they may produce a report for. */
    static Audience audienceOf(CaseReader reader) {
        return RedactionRules.audiences(reader).contains(Audience.INTERNAL) ? Audience.INTERNAL : Audience.UN;
    }

    @Override
    public boolean redacts(CaseReader reader) {
        return audienceOf(reader) != Audience.INTERNAL;
    }

    @Override
    public boolean showsStaffDetails(CaseReader reader) {
        return RedactionRules.showsStaffDetails(audienceOf(reader));
    }

    @Override
    @Transactional
    public List<DisclosedCase> disclose(List<ViolationCase> cases, CaseReader reader) {
        Audience audience = audienceOf(reader);
        // INTERNAL names everyone whatever the families decided: no consent to read.
        Function<ViolationCase, Function<Long, ConsentState>> consent = audience == Audience.INTERNAL
                ? c -> person -> ConsentState.NONE : Redaction.consentsOf(consents, cases);
        return cases.stream().map(c -> disclosed(c, audience, consent.apply(c))).toList();
    }

    @Override
    @Transactional
    public Set<Long> nameable(Collection<Long> personIds, CaseReader reader) {
        if (!redacts(reader) || personIds.isEmpty()) {
            return Set.copyOf(personIds);
        }
        List<Long> caseIds = ((List<?>) em.createNativeQuery("SELECT DISTINCT c.id FROM violation_case c JOIN case_party cp "
                        + "ON cp.case_id = c.id WHERE cp.person_id = ANY(CAST(?1 AS bigint[])) AND " + CaseVisibility.sql("c", reader))
                .setParameter(1, personIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        // The cases in one query, not one each: their parties and persons then come in one batch for all of them.
        List<ViolationCase> cases = caseIds.isEmpty() ? List.of()
                : em.createQuery("SELECT c FROM ViolationCase c WHERE c.id IN :ids", ViolationCase.class)
                .setParameter("ids", caseIds).getResultList();
        Set<Long> asked = new HashSet<>(personIds);
        Set<Long> named = new HashSet<>();
        for (DisclosedCase c : disclose(cases, reader)) {
            // personId() is null for everyone the case does not name.
            c.parties().stream().map(DisclosedCase.DisclosedParty::personId).filter(asked::contains).forEach(named::add);
        }
        return named;
    }

    static DisclosedCase disclosed(ViolationCase c, Audience audience, Function<Long, ConsentState> consent) {
        RedactedCase redacted = RedactionRules.redact(c, audience, consent);
        List<RedactedParty> parties = RedactionRules.inOrder(c, audience, consent);
        List<CaseParty> recorded = c.getParties();
        List<DisclosedCase.DisclosedParty> shown = new ArrayList<>();
        IntStream.range(0, recorded.size()).forEach(i -> shown.add(party(recorded.get(i), parties.get(i))));
        return new DisclosedCase(audience == Audience.INTERNAL, redacted.locality(), redacted.latitude(), redacted.longitude(),
                redacted.narrative(), redacted.freeText(), redacted.staffDetails(), shown);
    }

    private static DisclosedCase.DisclosedParty party(CaseParty party, RedactedParty p) {
        boolean named = p.appearance() == Appearance.NAMED;
        boolean initials = p.appearance() == Appearance.INITIALS;
        return new DisclosedCase.DisclosedParty(party, named,
                named ? p.nameArabic() : initials ? p.initialsArabic() : null,
                named ? p.nameLatin() : initials ? p.initialsLatin() : null,
                p.age() == null ? null : party.getAgeAtIncident(), p.ageGroup().known() ? p.ageGroup().label() : null, p.notes(),
                p.community());
    }
}
