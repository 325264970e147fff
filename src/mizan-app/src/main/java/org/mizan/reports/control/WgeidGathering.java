package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.CaseService;
import org.mizan.cases.control.CaseTeams;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.control.ConsentRegister;
import org.mizan.legal.control.ProceedingService;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.util.List;
import java.util.Objects;

/**
 * Reads one case for a WGEID submission through the services that own each part, so the rules of visibility apply
 * as on screen: a restricted case outside the reader's team is {@code NotFound} here too.
 */
@ApplicationScoped
public class WgeidGathering {

    @Inject
    CaseService cases;
    @Inject
    ProceedingService proceedings;
    @Inject
    ConsentRegister consents;
    @Inject
    CaseTeams teams;

    /** One transaction, so the case, its proceedings and the consent read agree. Reading the case is audited. */
    @Transactional
    public WgeidFacts gather(String reference, CaseReader reader, Actor actor) {
        ViolationCase found = cases.read(reference, reader, actor);
        List<Long> people = found.getParties().stream().map(CaseParty::getPerson).filter(Objects::nonNull).map(Person::getId)
                .distinct().toList();
        return new WgeidFacts(found, proceedings.ofCase(reference, reader), consents.decisionsAbout(List.of(found.getId()), people),
                teams.membership(reference, reader).onTeam());
    }
}
