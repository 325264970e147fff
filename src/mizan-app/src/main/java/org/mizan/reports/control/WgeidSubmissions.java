package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseParty;
import org.mizan.platform.control.JobProgress;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;
import org.mizan.reports.entity.ReportKind;
import org.mizan.reports.entity.WgeidRequirement;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The submission of a disappearance to the UN Working Group on Enforced or Involuntary Disappearances
 * (docs/domain.md, WGEID): fields (a)–(f) for the UN audience, issued like every report by {@link ReportIssuer}. It is
 * refused — naming everything missing at once, and audited with the missing items only — unless the case is a
 * disappearance, holds (a)–(e) and every disappeared person's family has consented to the submission as the
 * consent register reads now (the latest decision wins; a withdrawal counts).
 */
@ApplicationScoped
public class WgeidSubmissions {

    /** The audit action of a refused submission; an issued one is audited by {@link ReportIssuer}. */
    public static final String ACTION = "REPORT_WGEID";
    static final String TEMPLATE = "document";

    /** Whether a case of these violation types can go to the Working Group at all (ABDUCTION: a disappearance). */
    public static boolean disappearance(Collection<String> violationTypes) {
        return violationTypes != null && violationTypes.contains(WgeidChecks.DISAPPEARANCE);
    }

    @Inject
    WgeidGathering gathering;
    @Inject
    WgeidFamilyContacts familyContacts;
    @Inject
    Redaction redaction;
    @Inject
    ReportIssuer issuer;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The submission as a PDF. {@code NotFound} for a case the reader may not see, {@code Forbidden} for a reader who
     * may not produce UN reports, {@link WgeidRefused} when the case is not ready.
     */
    public IssuedPdf submission(String reference, WgeidSubmitter submitter, Locale locale, CaseReader reader, Actor actor) {
        redaction.requireAllowed(Audience.UN, reader);
        WgeidFacts facts = gathering.gather(reference, reader, actor);
        List<WgeidRequirement> missing = WgeidChecks.missing(facts.violationCase(),
                person -> facts.consentOf(person.getId()), facts.familySteps());
        Messages messages = Messages.in(locale);
        if (!missing.isEmpty()) {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "case:" + reference, Outcome.FAILURE,
                    "refused, missing: " + missing.stream().map(WgeidRequirement::item).collect(Collectors.joining(","))
                            + " lang=" + messages.locale().getLanguage()));
            throw new WgeidRefused(missing);
        }
        RedactedCase shown = RedactionRules.redact(facts.violationCase(), Audience.UN, facts::consentOf);
        List<CaseParty> disappeared = WgeidChecks.disappeared(facts.violationCase());
        List<WgeidFamilyContacts.Line> family = facts.readerOnTeam()
                ? familyContacts.of(reference, contactable(shown.victims()), reader, actor) : null;
        boolean urgent = WgeidChecks.urgent(shown.incidentDate(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        WgeidLayout layout = new WgeidLayout(new ReportText(messages), referenceData.governorates());
        Map<String, String> order = new LinkedHashMap<>();
        order.put("case", reference);
        order.put("lang", messages.locale().getLanguage());
        order.put("submitterConfidential", submitter.confidential() ? "yes" : "no");
        order.put("procedure", urgent ? "urgent" : "standard");
        return issuer.issue(new ReportDraft(ReportKind.WGEID, Audience.UN, messages.locale(), reference, order, TEMPLATE,
                layout.parameters(shown, submitter, urgent, clock.instant()),
                layout.sections(shown, disappeared, family, facts.proceedings(), submitter), List.of()), actor, JobProgress.NONE);
    }

    /** The disappeared whose families' details the UN audience may see (consent to submit and to be contacted). */
    private static Set<Long> contactable(List<RedactedParty> victims) {
        return victims.stream().filter(RedactedParty::contactDetailsAllowed).map(RedactedParty::personId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
