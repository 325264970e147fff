package org.mizan.reports.control;

import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.legal.control.ImpunityClock;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a dossier says, section by section, in the reader's language: pure, from {@link DossierFacts} and the
 * {@link RedactedCase} that {@link Redaction} made of the case for the audience — names, places, free text and the
 * team's traces come from the redacted case only. The template only lays the sections out.
 */
final class DossierLayout {

    private static final String ITEM_SEPARATOR = " · ";

    private final ReportText text;
    private final Map<String, ReferenceData.Label> violationTypes;
    private final Map<String, ReferenceData.Label> governorates;

    DossierLayout(ReportText text, Map<String, ReferenceData.Label> violationTypes, Map<String, ReferenceData.Label> governorates) {
        this.text = text;
        this.violationTypes = violationTypes;
        this.governorates = governorates;
    }

    /** The template's parameters besides the sections: title, reference, the "generated" line and the footer. */
    Map<String, Object> parameters(DossierFacts facts, Audience audience) {
        boolean staff = RedactionRules.showsStaffDetails(audience);
        return Map.of("title", text.get("dossier.title"), "subtitle", facts.violationCase().getReference(),
                "generated", ReportText.join(" ", staff ? text.get("dossier.generatedBy", ReportText.time(facts.generatedAt()), facts.generatedBy())
                        : text.get("dossier.generatedAt", ReportText.time(facts.generatedAt())), text.get("dossier.edition." + audience.name())),
                "footer", text.get("dossier.footer." + audience.name()));
    }

    List<ReportSection> sections(DossierFacts facts, RedactedCase shown) {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(section("dossier.section.summary", summary(facts.violationCase(), shown, facts.clock())));
        sections.add(section("dossier.section.victims", shown.victims().stream().map(this::party).toList()));
        sections.add(section("dossier.section.perpetrators", shown.perpetrators().stream().map(this::party).toList()));
        if (shown.audience() != Audience.PUBLIC) {
            sections.add(section("dossier.section.witnesses", shown.witnesses().stream().map(this::party).toList()));
        }
        sections.add(section("dossier.section.incident", incidentTimeline(facts, shown.staffDetails())));
        List<ReportSection> prosecution = new ProsecutionSections(text).of(ProceedingRedaction.of(facts.proceedings(), shown));
        sections.addAll(prosecution.isEmpty() ? List.of(section("dossier.section.prosecution", List.of())) : prosecution);
        sections.add(section("dossier.section.measures", new ProsecutionSections(text).measures(ProceedingRedaction.measures(facts.measures(), shown))));
        sections.add(section("dossier.section.evidence", new EvidenceItems(text).of(facts.evidence(), shown.staffDetails())));
        sections.add(section("dossier.section.sources", sources(shown)));
        return sections;
    }

    private ReportSection section(String headingKey, List<ReportItem> items) {
        return new ReportSection(text.get(headingKey), items, text.get("dossier.none"));
    }

    private List<ReportItem> summary(ViolationCase c, RedactedCase shown, ImpunityClock.Reading clock) {
        List<ReportItem> items = new ArrayList<>();
        items.add(field("cases.field.violationTypes", shown.violationTypes().stream()
                .map(code -> label(violationTypes, code)).collect(Collectors.joining(", "))));
        items.add(field("cases.field.incidentDate", ReportText.join(" – ", date(shown.incidentDate()), date(shown.endDate()))));
        if (shown.dateNote() != null) {
            items.add(field("cases.field.dateNote", shown.dateNote()));
        }
        items.add(field("dossier.place", ReportText.join(ITEM_SEPARATOR,
                ReportText.join(", ", label(governorates, shown.governorate()), shown.locality()), coordinates(shown))));
        items.add(field("cases.field.status", text.label("cases.status.", shown.status())));
        if (!shown.tags().isEmpty()) {
            items.add(field("cases.field.tags", String.join(", ", shown.tags())));
        } else if (!c.getTags().isEmpty()) {
            items.add(field("cases.field.tags", text.get("dossier.withheld")));
        }
        if (shown.narrative() != null) {
            items.add(field("cases.field.narrative", shown.narrative()));
        } else if (c.getNarrative() != null) {
            items.add(field("cases.field.narrative", text.get("dossier.withheld")));
        }
        items.add(field("impunity.clock.noArrest", clock.noArrest().describe(text.messages())));
        items.add(field("impunity.clock.noTrial", clock.noTrial().describe(text.messages())));
        items.add(field("impunity.clock.noFinalVerdict", clock.noFinalVerdict().describe(text.messages())));
        return items;
    }

    private ReportItem field(String labelKey, String value) {
        return new ReportItem(text.get(labelKey), value == null || value.isBlank() ? "—" : value, null);
    }

    private ReportItem party(RedactedParty p) {
        if (p.role() == PartyRole.PERPETRATOR) {
            return text.perpetrator(p);
        }
        String shown = text.name(p);
        String name = shown != null ? shown : text.get("dossier.unnamed");
        String age = p.age() != null ? p.age().toString() : p.ageGroup().known() ? p.ageGroup().label() : null;
        String detail = p.role() == PartyRole.VICTIM ? ReportText.join(ITEM_SEPARATOR,
                text.optional("dossier.fate", text.label("cases.fate.", p.fate())), text.optional("dossier.age", age),
                p.diedOn() == null ? null : text.get("dossier.diedOn", text.isolate(p.diedOn().toString())),
                text.optional("dossier.occupations", text.labels("cases.occupation.", p.occupations())),
                text.optional("dossier.community", text.label("cases.community.", p.community()))) : null;
        return new ReportItem(name, detail, p.notes());
    }

    /** The incident, its end, the recording of the case and the arrival of each piece of evidence, in date order. */
    private List<ReportItem> incidentTimeline(DossierFacts facts, boolean staff) {
        ViolationCase c = facts.violationCase();
        record Dated(LocalDate on, String when, String what) {
        }
        List<Dated> events = new ArrayList<>();
        events.add(new Dated(c.getIncidentDate().start(), date(c.getIncidentDate()), text.get("dossier.incident")));
        if (c.getEndDate() != null) {
            events.add(new Dated(c.getEndDate().start(), date(c.getEndDate()), text.get("dossier.incidentEnd")));
        }
        events.add(new Dated(c.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate(), ReportText.time(c.getCreatedAt()),
                staff ? text.get("dossier.recorded", c.getCreatedBy()) : text.get("dossier.recordedAnonymous")));
        for (DossierFacts.Evidence e : facts.evidence()) {
            events.add(new Dated(e.item().getReceivedAt().atZone(ZoneOffset.UTC).toLocalDate(), ReportText.time(e.item().getReceivedAt()),
                    staff ? text.get("dossier.evidenceReceived", e.item().getDeclaredName()) : text.get("dossier.evidenceReceivedAnonymous")));
        }
        return events.stream().sorted(Comparator.comparing(Dated::on))
                // Isolated although it leads the line: the "UTC" of a time would otherwise, as its first strong letter, make
                // an Arabic line left-to-right and put the time on the left.
                .map(d -> new ReportItem(null, ReportText.guard(text.isolate(d.when()) + " — " + d.what()), null)).toList();
    }

    /** Where the audience sees only the sources' grades, one line says how many there are and how reliable. */
    private List<ReportItem> sources(RedactedCase shown) {
        if (shown.staffDetails()) {
            return shown.sources().stream().map(s -> new ReportItem("[" + s.reliability() + "] " + s.description(), s.url(), null)).toList();
        }
        return shown.sources().isEmpty() ? List.of() : List.of(new ReportItem(text.get("dossier.sourcesWithheld",
                Integer.toString(shown.sources().size()), shown.sources().stream().map(s -> "[" + s.reliability() + "]")
                        .collect(Collectors.joining(" "))), null, null));
    }

    private String label(Map<String, ReferenceData.Label> labels, String code) {
        ReferenceData.Label label = code == null ? null : labels.get(code);
        return label == null ? code : label.in(text.messages().locale());
    }

    /** Isolated: after the place's Arabic name, "33.3, 44.4" would otherwise print as "44.4 ,33.3". */
    private String coordinates(RedactedCase c) {
        return c.latitude() == null || c.longitude() == null ? null
                : text.isolate(c.latitude().toPlainString() + ", " + c.longitude().toPlainString());
    }

    static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
