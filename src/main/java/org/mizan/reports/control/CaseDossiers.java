package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseReader;
import org.mizan.cases.control.ReferenceData;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.Messages;
import org.mizan.security.entity.Actor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier of one case (issue 7): summary, victims, alleged perpetrators, witnesses, the incident and the
 * prosecution in time, evidence with SHA-256 and custody, sources — as a PDF in the reader's language.
 */
@ApplicationScoped
public class CaseDossiers {

    public static final String ACTION = "REPORT_DOSSIER";
    static final String TEMPLATE = "dossier";
    static final String SECTION_TEMPLATE = "section";

    @Inject
    DossierGathering gathering;
    @Inject
    ReportRenderer renderer;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditTrail audit;

    /**
     * The INTERNAL edition: everything the reader may see, so only for the case's own kind of reader — administrators,
     * investigators and lawyers; advocates get redacted audiences. The audit entry carries the PDF's SHA-256, so a
     * copy that turns up later can be traced to who generated it and when.
     */
    public byte[] internal(String reference, Locale locale, CaseReader reader, Actor actor) {
        if (!reader.administrator() && !reader.mayJoinTeams()) {
            audit.record(event(actor, reference, Outcome.FAILURE, "internal dossier refused"));
            throw new Forbidden(reader.username() + " may not read internal dossiers");
        }
        DossierFacts facts = gathering.gather(reference, reader, actor);
        Messages messages = Messages.in(locale);
        DossierLayout layout = new DossierLayout(new ReportText(messages), referenceData.violationTypes(), referenceData.governorates());
        Map<String, Object> parameters = new HashMap<>(layout.parameters(facts));
        parameters.put("SECTION", renderer.template(SECTION_TEMPLATE));
        byte[] pdf = renderer.pdf(TEMPLATE, parameters, layout.sections(facts, PartyDisclosure.INTERNAL), messages.locale());
        audit.record(event(actor, reference, Outcome.SUCCESS, "audience=INTERNAL lang=" + messages.locale().getLanguage()
                + " sha256=" + sha256(pdf)));
        return pdf;
    }

    private static AuditEvent event(Actor actor, String reference, Outcome outcome, String details) {
        return new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "case:" + reference, outcome, details);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
