package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.ReferenceData;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.JobProgress;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.ReportKind;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier of one case: summary, victims, alleged perpetrators, witnesses, the incident and the
 * prosecution in time, evidence with SHA-256 and custody, sources — as a PDF in the reader's language, for one
 * audience: {@link Redaction} decides what the audience sees before anything is worded.
 */
@ApplicationScoped
public class CaseDossiers {

    /** The audit action of a refused dossier; an issued one is audited by {@link ReportIssuer}. */
    public static final String ACTION = "REPORT_DOSSIER";
    static final String TEMPLATE = "document";

    @Inject
    DossierGathering gathering;
    @Inject
    Redaction redaction;
    @Inject
    ReportIssuer issuer;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditTrail audit;

    /**
     * The dossier for {@code audience}: 403 (audited) when the reader may not produce it — advocates only UN and
     * PUBLIC — and 404 for a case the reader may not see.
     */
    public IssuedPdf dossier(String reference, Audience audience, Locale locale, CaseReader reader, Actor actor) {
        if (!redaction.audiences(reader).contains(audience)) {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "case:" + reference, Outcome.FAILURE,
                    "refused audience=" + audience));
            throw new Forbidden(reader.username() + " may not produce " + audience + " dossiers");
        }
        DossierFacts facts = gathering.gather(reference, reader, actor);
        RedactedCase shown = redaction.redact(facts.violationCase(), audience, reader);
        Messages messages = Messages.in(locale);
        DossierLayout layout = new DossierLayout(new ReportText(messages), referenceData.violationTypes(), referenceData.governorates());
        Map<String, String> order = new LinkedHashMap<>();
        order.put("case", reference);
        order.put("audience", audience.name());
        order.put("lang", messages.locale().getLanguage());
        return issuer.issue(new ReportDraft(ReportKind.DOSSIER, audience, messages.locale(), reference, order, TEMPLATE,
                layout.parameters(facts, audience), layout.sections(facts, shown),
                facts.evidence().stream().map(e -> e.item().getSha256()).toList()), actor, JobProgress.NONE);
    }
}
