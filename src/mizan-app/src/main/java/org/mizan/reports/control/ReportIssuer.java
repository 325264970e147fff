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
 * PDF/A with the id in its metadata, attaches the manifest as JSON, signs it with the organisation key (PAdES), and registers
 * and audits the SHA-256 of the signed file. No report leaves Mizan any other way, so
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
    OrganisationSigning signing;

    @Inject
    Clock clock;

    public IssuedPdf issue(ReportDraft draft, Actor actor, JobProgress progress) {
        String id = ReportIds.next();
        Instant at = clock.instant();
        Locale locale = Messages.supported(draft.locale());
        Issued issued = render(draft, id, at, actor.username(), orderFacts.of(draft.order(), locale), signing.key(), progress);
        progress.at(0.95);
        String sha256 = Sha256.hex(issued.pdf());
        registry.register(new IssuedReport(id, draft.kind(), draft.audience(), locale.getLanguage(), draft.subject(),
                parameters(draft.order()), actor.username(), at, sha256, issued.pdf().length, issued.pages()), actor.clientAddress());
        progress.at(1);
        return new IssuedPdf(id, at, sha256, issued.pdf());
    }

    /** The signed PDF and its page count (the manifest page included). */
    record Issued(byte[] pdf, int pages) {
    }

    /**
     * The report as it leaves Mizan, without the registry: filled, its manifest page appended, exported as PDF/A-3b with the
     * id in its metadata, then sealed (embedded manifest, PAdES signature) last, so the signed bytes are what is registered.
     */
    Issued render(ReportDraft draft, String id, Instant at, String username, List<OrderFacts.Fact> asked, OrganisationKey key,
                  JobProgress progress) {
        Locale locale = Messages.supported(draft.locale());
        JasperPrint report = renderer.fill(draft.template(), draft.parameters(), draft.rows(), locale, progress.within(0, 0.9));
        ManifestPage manifest = new ManifestPage(new ReportText(Messages.in(locale)));
        JasperPrint last = renderer.fill(MANIFEST_TEMPLATE, manifest.parameters(id),
                manifest.sections(id, at, username, draft, asked, report.getPages().size(), key.fingerprint()), locale, JobProgress.NONE);
        byte[] rendered = renderer.export(List.of(report, last), Map.of("title", id, "subject", "Mizan " + draft.kind().name().toLowerCase(Locale.ROOT)
                + " report " + id, "keywords", KEYWORD + id));
        ReportManifest facts = new ReportManifest(id, draft.kind(), draft.audience(), locale.getLanguage(), at, Sha256.hex(rendered),
                rendered.length, key.fingerprint());
        return new Issued(SealedReport.seal(rendered, facts, key), report.getPages().size() + last.getPages().size());
    }

    private static String parameters(Map<String, String> order) {
        return order.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
