package org.mizan.reports.control;

import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.entity.ConsentKind;
import org.mizan.platform.control.JobProgress;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.ReportKind;
import org.mizan.reports.entity.ConsentState;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each kind of report issued as {@link ReportIssuer} issues it — filled, manifest page, PDF/A, embedded manifest, signature —
 * from the layout tests' fixtures, without a server. Issued once per kind and language for all the tests of a run.
 */
final class IssuedReports {

    static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    static final OrganisationKey KEY = OrganisationKey.parse(OrganisationKey.generatePem("Tishreen Families Network", AT));
    private static final ReportRenderer RENDERER = new ReportRenderer();
    private static final Map<String, ReportIssuer.Issued> ISSUED = new ConcurrentHashMap<>();

    private IssuedReports() {
    }

    /** The signed PDF of {@code kind} in {@code language}; its report id is {@link #id}. */
    static byte[] pdf(ReportKind kind, String language) {
        return ISSUED.computeIfAbsent(kind + "/" + language, k -> issue(kind, language)).pdf();
    }

    static String id(ReportKind kind, String language) {
        return "R-2026-" + kind.ordinal() + language.hashCode() % 1000;
    }

    private static ReportIssuer.Issued issue(ReportKind kind, String language) {
        ReportIssuer issuer = new ReportIssuer();
        issuer.renderer = RENDERER;
        return issuer.render(draft(kind, Locale.forLanguageTag(language)), id(kind, language), AT, "investigator",
                List.of(new OrderFacts.Fact("Case", "MZN-2019-0042")), KEY, JobProgress.NONE);
    }

    private static ReportDraft draft(ReportKind kind, Locale locale) {
        ReportText text = new ReportText(Messages.in(locale));
        return switch (kind) {
            case DOSSIER -> {
                DossierFacts facts = DossierLayoutTest.facts();
                DossierLayout layout = new DossierLayout(text, Map.of("KILLING", new ReferenceData.Label("KILLING", "Killing", "قتل", "کوشتن")),
                        Map.of("SULAYMANIYAH", new ReferenceData.Label("SULAYMANIYAH", "Sulaymaniyah", "السليمانية", "سلێمانی")));
                RedactedCase shown = RedactionRules.redact(facts.violationCase(), Audience.INTERNAL, person -> ConsentState.NONE);
                yield new ReportDraft(kind, Audience.INTERNAL, locale, "MZN-2019-0042", Map.of("case", "MZN-2019-0042"), CaseDossiers.TEMPLATE,
                        layout.parameters(facts, Audience.INTERNAL), layout.sections(facts, shown), List.of());
            }
            case PERIODIC -> PeriodicReports.compose(PeriodicFixtures.order(Audience.PUBLIC, locale.getLanguage()), PeriodicFixtures.cases(),
                    PeriodicFixtures.impunity(), PeriodicFixtures.TYPES, PeriodicFixtures.GOVERNORATES, RENDERER, AT);
            case WGEID -> {
                ViolationCase c = WgeidLayoutTest.disappearance();
                RedactedCase shown = WgeidLayoutTest.shown(c, ConsentKind.UN_SUBMISSION);
                WgeidLayout layout = new WgeidLayout(text, Map.of("BG", new ReferenceData.Label("BG", "Baghdad", "بغداد", "بەغدا")));
                WgeidSubmitter submitter = new WgeidSubmitter("Tishreen Families Network", "Zainab Hadi", "z@example.org", false);
                yield new ReportDraft(kind, Audience.UN, locale, c.getReference(), Map.of("case", c.getReference()), WgeidSubmissions.TEMPLATE,
                        layout.parameters(shown, submitter, false, AT), layout.sections(shown, WgeidChecks.disappeared(c), null, List.of(), submitter),
                        List.of());
            }
        };
    }
}
