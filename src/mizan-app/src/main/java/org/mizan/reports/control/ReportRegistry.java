package org.mizan.reports.control;

import org.mizan.audit.entity.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.reports.entity.IssuedReport;

import java.util.Optional;

/** The registry of issued reports (V10), written together with its audit entry so that neither exists without the other. */
@ApplicationScoped
public class ReportRegistry {

    public static final String ACTION = "REPORT_ISSUED";

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditTrail audit;

    /**
     * Registers the report and audits its parameters, generator, time and SHA-256, never the file. The audit
     * entry's target is the report id; a one-case report names its case in the details.
     */
    @Transactional
    public void register(IssuedReport report, String clientAddress) {
        em.persist(report);
        audit.record(new AuditEvent(report.getGeneratedBy(), clientAddress, ACTION, "report:" + report.getId(), Outcome.SUCCESS,
                AuditDetails.of("kind", report.getKind(), "audience", report.getAudience(), "lang", report.getLanguage(),
                        "case", report.getSubject(), "sha256", report.getSha256(), "pages", report.getPages(),
                        "parameters", report.getParameters().replace('\n', ';'))));
    }

    @Transactional
    public Optional<IssuedReport> bySha256(String sha256) {
        return em.createQuery("SELECT r FROM IssuedReport r WHERE r.sha256 = :sha ORDER BY r.generatedAt", IssuedReport.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public Optional<IssuedReport> byId(String id) {
        return Optional.ofNullable(em.find(IssuedReport.class, id));
    }
}
