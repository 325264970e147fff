package org.mizan.reports.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The last page of every report: its id, kind, audience, time, what was asked for and the SHA-256
 * of every evidence item it cites, the fingerprint of the certificate that signs the file, and how to check it. The file's own hash cannot be printed in it; the registry
 * keeps that under the id. Who generated it is printed only where the team's names may be (INTERNAL, LEGAL).
 */
final class ManifestPage {

    private final ReportText text;

    ManifestPage(ReportText text) {
        this.text = text;
    }

    Map<String, Object> parameters(String reportId) {
        return Map.of("title", text.get("manifest.title"), "subtitle", reportId, "generated", text.get("manifest.intro"),
                "footer", text.get("manifest.footer"));
    }

    List<ReportSection> sections(String reportId, Instant at, String generatedBy, ReportDraft draft, List<OrderFacts.Fact> asked,
                                 int reportPages, String certificateSha256) {
        List<ReportItem> facts = new ArrayList<>();
        facts.add(fact("manifest.id", reportId));
        facts.add(fact("manifest.kind", text.label("report.kind.", draft.kind())));
        facts.add(fact("manifest.audience", text.label("report.audience.", draft.audience())));
        facts.add(fact("manifest.time", ReportText.time(at)));
        if (RedactionRules.showsStaffDetails(draft.audience())) {
            facts.add(fact("manifest.generatedBy", generatedBy));
        }
        facts.add(fact("manifest.pages", Integer.toString(reportPages)));
        facts.add(fact("manifest.certificate", certificateSha256));
        asked.forEach(fact -> facts.add(new ReportItem(fact.label(), fact.value(), null)));
        List<ReportItem> evidence = draft.citedEvidence().stream().map(sha -> new ReportItem(null, sha, null)).toList();
        return List.of(new ReportSection(text.get("manifest.section.report"), facts, text.get("dossier.none")),
                new ReportSection(text.get("manifest.section.evidence"), evidence, text.get("manifest.noEvidence")),
                new ReportSection(text.get("manifest.section.verify"), List.of(new ReportItem(null, text.get("manifest.verify"), null)),
                        text.get("dossier.none")));
    }

    private ReportItem fact(String key, String value) {
        return new ReportItem(text.get(key), value, null);
    }
}
