package org.mizan.reports.control;

import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.CaseSource;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.legal.control.ImpunityClock;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a dossier says, section by section, in the reader's language: pure, from {@link DossierFacts} and a
 * {@link PartyDisclosure} that has already decided who may be named. The template only lays the sections out.
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

    /** The template's parameters besides the sections: the reference and the "generated" line. */
    Map<String, Object> parameters(DossierFacts facts) {
        return Map.of("reference", facts.violationCase().getReference(),
                "generated", text.get("dossier.generated", ReportText.time(facts.generatedAt()), facts.generatedBy()));
    }

    List<ReportSection> sections(DossierFacts facts, PartyDisclosure disclosure) {
        ViolationCase c = facts.violationCase();
        List<PartyDisclosure.ShownParty> shown = c.getParties().stream().map(disclosure::show).flatMap(Optional::stream).toList();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(section("dossier.section.summary", summary(c, facts.clock())));
        sections.add(section("dossier.section.victims", parties(shown, PartyRole.VICTIM)));
        sections.add(section("dossier.section.perpetrators", parties(shown, PartyRole.PERPETRATOR)));
        sections.add(section("dossier.section.witnesses", parties(shown, PartyRole.WITNESS)));
        sections.add(section("dossier.section.incident", incidentTimeline(facts)));
        List<ReportSection> prosecution = new ProsecutionSections(text).of(facts.proceedings());
        sections.addAll(prosecution.isEmpty() ? List.of(section("dossier.section.prosecution", List.of())) : prosecution);
        sections.add(section("dossier.section.evidence", new EvidenceItems(text).of(facts.evidence())));
        sections.add(section("dossier.section.sources", c.getSources().stream().map(this::source).toList()));
        return sections;
    }

    private ReportSection section(String headingKey, List<ReportItem> items) {
        return new ReportSection(text.get(headingKey), items, text.get("dossier.none"));
    }

    private List<ReportItem> summary(ViolationCase c, ImpunityClock.Reading clock) {
        List<ReportItem> items = new ArrayList<>();
        items.add(field("cases.field.violationTypes", c.getViolationTypes().stream()
                .map(code -> label(violationTypes, code)).collect(Collectors.joining(", "))));
        items.add(field("cases.field.incidentDate", ReportText.join(" – ", date(c.getIncidentDate()), date(c.getEndDate()))));
        items.add(field("dossier.place", ReportText.join(ITEM_SEPARATOR,
                ReportText.join(", ", label(governorates, c.getGovernorate()), c.getLocality()), coordinates(c))));
        items.add(field("cases.field.status", text.label("cases.status.", c.getStatus())));
        if (!c.getTags().isEmpty()) {
            items.add(field("cases.field.tags", String.join(", ", c.getTags())));
        }
        if (c.getNarrative() != null) {
            items.add(field("cases.field.narrative", c.getNarrative()));
        }
        items.add(field("impunity.clock.noArrest", clock.noArrest().describe(text.messages())));
        items.add(field("impunity.clock.noTrial", clock.noTrial().describe(text.messages())));
        items.add(field("impunity.clock.noFinalVerdict", clock.noFinalVerdict().describe(text.messages())));
        return items;
    }

    private ReportItem field(String labelKey, String value) {
        return new ReportItem(text.get(labelKey), value == null || value.isBlank() ? "—" : value, null);
    }

    private List<ReportItem> parties(List<PartyDisclosure.ShownParty> shown, PartyRole role) {
        return shown.stream().filter(s -> s.party().getRole() == role).map(this::party).toList();
    }

    private ReportItem party(PartyDisclosure.ShownParty shown) {
        CaseParty p = shown.party();
        String kind = text.label("cases.perpetratorKind.", p.getPerpetratorKind());
        String name = shown.name() != null ? shown.name() : kind != null ? kind : text.get("dossier.unnamed");
        String detail = switch (p.getRole()) {
            case VICTIM -> ReportText.join(ITEM_SEPARATOR, text.optional("dossier.fate", text.label("cases.fate.", p.getFate())),
                    text.optional("dossier.age", p.getAgeAtIncident()));
            case PERPETRATOR -> ReportText.join(ITEM_SEPARATOR, shown.name() != null ? kind : null,
                    text.optional("dossier.involvement", text.label("cases.involvement.", p.getInvolvement())));
            case WITNESS -> null;
        };
        return new ReportItem(name, detail, p.getNotes());
    }

    /** The incident, its end, the recording of the case and the arrival of each piece of evidence, in date order. */
    private List<ReportItem> incidentTimeline(DossierFacts facts) {
        ViolationCase c = facts.violationCase();
        record Dated(LocalDate on, String when, String what) {
        }
        List<Dated> events = new ArrayList<>();
        events.add(new Dated(c.getIncidentDate().start(), date(c.getIncidentDate()), text.get("dossier.incident")));
        if (c.getEndDate() != null) {
            events.add(new Dated(c.getEndDate().start(), date(c.getEndDate()), text.get("dossier.incidentEnd")));
        }
        events.add(new Dated(c.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate(), ReportText.time(c.getCreatedAt()),
                text.get("dossier.recorded", c.getCreatedBy())));
        for (DossierFacts.Evidence e : facts.evidence()) {
            events.add(new Dated(e.item().getReceivedAt().atZone(ZoneOffset.UTC).toLocalDate(), ReportText.time(e.item().getReceivedAt()),
                    text.get("dossier.evidenceReceived", e.item().getDeclaredName())));
        }
        return events.stream().sorted(Comparator.comparing(Dated::on))
                .map(d -> new ReportItem(null, d.when() + " — " + d.what(), null)).toList();
    }

    private ReportItem source(CaseSource source) {
        return new ReportItem("[" + source.getReliability() + "] " + source.getDescription(), source.getUrl(), null);
    }

    private String label(Map<String, ReferenceData.Label> labels, String code) {
        ReferenceData.Label label = code == null ? null : labels.get(code);
        return label == null ? code : label.in(text.messages().locale());
    }

    private static String coordinates(ViolationCase c) {
        return c.getLatitude() == null || c.getLongitude() == null ? null
                : c.getLatitude().toPlainString() + ", " + c.getLongitude().toPlainString();
    }

    static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
