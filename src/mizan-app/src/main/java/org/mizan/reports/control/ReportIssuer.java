package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.sf.jasperreports.engine.JasperPrint;
import org.mizan.platform.control.JobProgress;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.Sha256;
import org.mizan.reports.entity.IssuedReport;
import org.mizan.security.entity.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Issues every report: gives it an id, fills its template, appends the manifest page, writes the
 * PDF with the id in its metadata, and registers and audits its SHA-256. No report leaves Mizan any other way, so
 * "verify a report" knows every file Mizan produced. Runs outside a transaction: filling a long report must not
 * hold a database connection; the registry row and its audit entry are written in one short transaction at the end.
 */
@ApplicationScoped
public class ReportIssuer {

    /** The report's document metadata keyword prefix, read back by {@link ReportVerification}. */
    static final String KEYWORD = "mizan-report:";
    private static final String MANIFEST_TEMPLATE = "document";

    @Inject
    OrderFacts orderFacts;
    @Inject
    ReportRenderer renderer;
    @Inject
    ReportRegistry registry;

    @Inject
    Clock clock;

    public IssuedPdf issue(ReportDraft draft, Actor actor, JobProgress progress) {
        String id = ReportIds.next();
        Instant at = clock.instant();
        Locale locale = Messages.supported(draft.locale());
        JasperPrint report = renderer.fill(draft.template(), draft.parameters(), draft.rows(), locale, progress.within(0, 0.9));
        ManifestPage manifest = new ManifestPage(new ReportText(Messages.in(locale)));
        JasperPrint last = renderer.fill(MANIFEST_TEMPLATE, manifest.parameters(id),
                manifest.sections(id, at, actor.username(), draft, orderFacts.of(draft.order(), locale), report.getPages().size()),
                locale, JobProgress.NONE);
        byte[] pdf = renderer.export(List.of(report, last), Map.of("title", id, "subject", "Mizan " + draft.kind().name().toLowerCase(Locale.ROOT)
                + " report " + id, "keywords", KEYWORD + id));
        progress.at(0.95);
        String sha256 = Sha256.hex(pdf);
        registry.register(new IssuedReport(id, draft.kind(), draft.audience(), locale.getLanguage(), draft.subject(),
                parameters(draft.order()), actor.username(), at, sha256, pdf.length,
                report.getPages().size() + last.getPages().size()), actor.clientAddress());
        progress.at(1);
        return new IssuedPdf(id, at, sha256, pdf);
    }

    private static String parameters(Map<String, String> order) {
        return order.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
