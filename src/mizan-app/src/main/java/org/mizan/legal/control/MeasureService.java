package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseDisclosure;
import org.mizan.cases.control.CaseTeams;
import org.mizan.cases.control.RevisionLog;
import org.mizan.cases.entity.Revision;
import org.mizan.legal.entity.CaseMeasure;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case's measures outside the courts: read by everyone who may see the case (the typed text only where the case's free
 * text is shown to them), recorded and corrected by the investigators and lawyers assigned to it. A measure is never
 * deleted: one typed wrongly is corrected, and the revision history keeps what it said before.
 */
@ApplicationScoped
public class MeasureService {

    static final String REVISION_TYPE = "MEASURE";
    public static final String ACTION_CREATE = "MEASURE_CREATE";
    public static final String ACTION_CORRECT = "MEASURE_CORRECT";

    @PersistenceContext
    EntityManager em;
    @Inject
    ProceedingRules rules;
    @Inject
    ProceedingService proceedings;
    @Inject
    CaseTeams teams;
    @Inject
    CaseDisclosure disclosure;
    @Inject
    RevisionLog revisions;
    @Inject
    AuditTrail audit;
    /** Ticks in microseconds, as PostgreSQL keeps them: an answer and a later read show the same times. */
    @Inject
    Clock clock;

    /** The case's measures in date order (then as recorded); 404 unless the reader may see the case. */
    @Transactional
    public List<MeasureView> ofCase(String reference, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        boolean freeTextShown = proceedings.freeTextShown(caseId, reader);
        boolean staffShown = disclosure.showsStaffDetails(reader);
        return em.createQuery("SELECT m FROM CaseMeasure m WHERE m.caseId = :case", CaseMeasure.class)
                .setParameter("case", caseId).getResultList().stream()
                .sorted(Comparator.comparing((CaseMeasure m) -> m.getDate().start()).thenComparing(CaseMeasure::getId))
                .map(m -> new MeasureView(m, reference, freeTextShown, staffShown)).toList();
    }

    @Transactional
    public MeasureView record(String reference, MeasureDraft draft, CaseReader reader, Actor actor) {
        CaseTeams.Membership membership = teams.membership(reference, reader);
        ProceedingService.requireTeam(membership.onTeam(), reader);
        rules.check(draft, clock);
        CaseMeasure measure = new CaseMeasure(membership.caseId(), actor.username(), clock.instant());
        describe(measure, draft);
        em.persist(measure);
        em.flush();
        revisions.record(REVISION_TYPE, measure.getId(), Map.of(), fields(measure), actor.username(), clock.instant());
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_CREATE, "measure:" + measure.getId(),
                Outcome.SUCCESS, "case " + reference + "; " + measure.getKind()));
        return view(measure, reference, reader);
    }

    /** Corrects a measure typed wrongly; needs the version read, so that two corrections never silently overwrite. */
    @Transactional
    public MeasureView correct(String reference, long id, MeasureDraft draft, long expectedVersion, CaseReader reader, Actor actor) {
        CaseTeams.Membership membership = teams.membership(reference, reader);
        CaseMeasure measure = measureOf(membership.caseId(), id);
        ProceedingService.requireTeam(membership.onTeam(), reader);
        if (measure.getVersion() != expectedVersion) {
            throw new Conflict("conflict.stale");
        }
        rules.check(draft, clock);
        Map<String, String> before = fields(measure);
        describe(measure, draft);
        measure.touch(actor.username(), clock.instant());
        em.flush();
        List<String> changed = revisions.record(REVISION_TYPE, id, before, fields(measure), actor.username(), clock.instant());
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION_CORRECT, "measure:" + id, Outcome.SUCCESS,
                "case " + reference + "; changed: " + String.join(", ", changed)));
        return view(measure, reference, reader);
    }

    /**
     * Every saved change to the measure, newest first, for everyone who may see the case; where the case's free text is
     * withheld from the reader, which fields changed and when, never what they said.
     */
    @Transactional
    public List<Revision> history(String reference, long id, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        measureOf(caseId, id);
        List<Revision> all = revisions.of(REVISION_TYPE, id);
        return proceedings.freeTextShown(caseId, reader) ? all : RevisionLog.summaries(all);
    }

    /** The measure when it is one of this case's: a measure of another case, named through this one, is not found. */
    private CaseMeasure measureOf(long caseId, long id) {
        CaseMeasure measure = em.find(CaseMeasure.class, id);
        if (measure == null || measure.getCaseId() != caseId) {
            throw new NotFound("measure " + id);
        }
        return measure;
    }

    private MeasureView view(CaseMeasure measure, String reference, CaseReader reader) {
        return new MeasureView(measure, reference, proceedings.freeTextShown(measure.getCaseId(), reader),
                disclosure.showsStaffDetails(reader));
    }

    private static void describe(CaseMeasure measure, MeasureDraft draft) {
        measure.describe(draft.kind(), draft.date(), draft.authority().strip(), Text.blankToNull(draft.description()),
                Text.blankToNull(draft.sourceUrl()));
    }

    private static Map<String, String> fields(CaseMeasure m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", m.getKind().name());
        fields.put("date", m.getDate().toString());
        fields.put("authority", m.getAuthority());
        fields.put("description", m.getDescription());
        fields.put("sourceUrl", m.getSourceUrl());
        fields.values().removeIf(Objects::isNull);
        return fields;
    }
}
