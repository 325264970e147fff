package org.mizan.reports.control;

import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Person;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/**
 * What a WGEID submission says, section by section in the order of its items (a)–(f), in the chosen language: pure,
 * from the facts, the {@link RedactedCase} that the UN audience may see, the families' contact lines (null: the
 * reader may not know them) and the submitter. Names come only from the redacted case; the identifying data of (a)
 * is printed only for a person the UN audience may name.
 */
final class WgeidLayout {

    private static final String SEPARATOR = " · ";

    private final ReportText text;
    private final Map<String, ReferenceData.Label> governorates;

    WgeidLayout(ReportText text, Map<String, ReferenceData.Label> governorates) {
        this.text = text;
        this.governorates = governorates;
    }

    /**
     * Title, subtitle, "generated" line and footer. The subtitle carries what the Working Group must see first: the
     * urgent-action procedure and a confidential source. No username: a Mizan account can name the submitter.
     */
    Map<String, Object> parameters(RedactedCase shown, WgeidSubmitter submitter, boolean urgent, Instant at) {
        String procedure = urgent ? text.get("wgeid.urgent", DossierLayout.date(shown.incidentDate())) : text.get("wgeid.standard");
        return Map.of("title", text.get("wgeid.title"),
                "subtitle", shown.reference() + SEPARATOR + procedure
                        + (submitter.confidential() ? "\n" + text.get("wgeid.confidential") : ""),
                "generated", text.get("wgeid.generated", ReportText.time(at)),
                "footer", text.get("wgeid.footer", shown.reference()));
    }

    /**
     * @param disappeared the case's victims, in the order of {@code shown.victims()}
     * @param family      contact lines of the families, or null when the reader is not on the need-to-know list
     */
    List<ReportSection> sections(RedactedCase shown, List<CaseParty> disappeared, List<WgeidFamilyContacts.Line> family,
                                 List<org.mizan.legal.control.ProceedingView> proceedings, WgeidSubmitter submitter) {
        if (disappeared.size() != shown.victims().size()) {
            throw new IllegalStateException("the UN audience shows every victim");
        }
        List<ReportSection> sections = new ArrayList<>();
        List<ReportItem> identities = new ArrayList<>();
        for (int i = 0; i < disappeared.size(); i++) {
            identities.add(identity(shown.victims().get(i), disappeared.get(i)));
        }
        sections.add(section("wgeid.section.a", identities));
        sections.add(section("wgeid.section.b", List.of(new ReportItem(text.get("wgeid.date", DossierLayout.date(shown.incidentDate())),
                shown.incidentDate().approximate() ? text.get("wgeid.approximate") : null, shown.dateNote()))));
        sections.add(section("wgeid.section.c", place(shown)));
        sections.add(section("wgeid.section.d", shown.perpetrators().stream().map(text::perpetrator).toList()));
        sections.add(section("wgeid.section.e", List.of(new ReportItem(null, text.get("wgeid.steps"), null))));
        sections.addAll(new ProsecutionSections(text).of(ProceedingRedaction.of(proceedings, shown)));
        if (shown.narrative() != null) {
            sections.add(section("wgeid.section.circumstances", List.of(new ReportItem(null, shown.narrative(), null))));
        }
        sections.add(section("wgeid.section.witnesses", shown.witnesses().stream()
                .map(w -> new ReportItem(text.name(w), text.optional("dossier.age", age(w)), w.notes())).toList()));
        sections.add(section("wgeid.section.family", family(shown.victims(), family)));
        sections.add(section("wgeid.section.f", submitter(submitter)));
        sections.add(section("wgeid.section.consent", List.of(new ReportItem(null, text.get("wgeid.consent"), null))));
        return sections;
    }

    private ReportSection section(String headingKey, List<ReportItem> items) {
        return new ReportSection(text.get(headingKey), items, text.get("dossier.none"));
    }

    /**
     * (a): the name as the UN audience shows it, then gender, birth year, age and occupation where it may name them.
     * Gender and age are said to be unknown rather than left out, so the Working Group sees they were not forgotten.
     */
    private ReportItem identity(RedactedParty shown, CaseParty party) {
        Person person = party.getPerson();
        boolean named = shown.nameArabic() != null || shown.nameLatin() != null;
        String age = text.get("wgeid.age", orUnknown(age(shown)));
        String data = named && person != null ? ReportText.join(SEPARATOR,
                text.get("wgeid.gender", orUnknown(known(person.getGender()))),
                // a string, as MessageFormat would print 2001 as "2,001"
                text.optional("wgeid.born", person.getBirthYear() == null ? null : person.getBirthYear().toString()),
                age,
                text.optional("wgeid.occupation", text.labels("cases.occupation.", person.getOccupations())))
                : age;
        return new ReportItem(Objects.requireNonNullElse(text.name(shown), text.get("dossier.unnamed")), data,
                text.optional("dossier.fate", text.label("cases.fate.", shown.fate())));
    }

    private List<ReportItem> place(RedactedCase shown) {
        List<ReportItem> items = new ArrayList<>();
        items.add(new ReportItem(text.get("wgeid.governorate"), label(shown.governorate()), null));
        items.add(new ReportItem(text.get("wgeid.locality"), shown.locality(), null));
        if (shown.latitude() != null && shown.longitude() != null) {
            items.add(new ReportItem(text.get("wgeid.coordinates"), shown.latitude().toPlainString() + ", "
                    + shown.longitude().toPlainString(), null));
        }
        return items;
    }

    /** (d): a named person, unit or armed group, or "unidentified armed men" as a value of its own. */
    /**
     * The families' contact details where the UN audience allows them and the reader may know them; otherwise a
     * sentence saying how the Working Group can reach the family, so a missing line is never read as "no family".
     */
    private List<ReportItem> family(List<RedactedParty> victims, List<WgeidFamilyContacts.Line> family) {
        List<ReportItem> items = new ArrayList<>();
        for (RedactedParty victim : victims) {
            String whose = text.get("wgeid.family.of", Objects.requireNonNullElse(text.name(victim), text.get("dossier.unnamed")));
            List<WgeidFamilyContacts.Line> lines = family == null || victim.personId() == null ? List.of()
                    : family.stream().filter(l -> l.personId() == victim.personId()).toList();
            if (!victim.contactDetailsAllowed()) {
                items.add(new ReportItem(whose, text.get("wgeid.family.throughSubmitter"), null));
            } else if (family == null || lines.isEmpty()) {
                items.add(new ReportItem(whose, text.get("wgeid.family.onRequest"), null));
            } else {
                lines.forEach(line -> items.add(contact(whose, line)));
            }
        }
        return items;
    }

    private ReportItem contact(String whose, WgeidFamilyContacts.Line line) {
        return new ReportItem(ReportText.join(SEPARATOR, whose, text.label("contacts.relationship.", line.relationship()),
                line.details().name()),
                ReportText.join(SEPARATOR, text.optional("wgeid.family.phones", String.join(", ", line.details().phones())),
                        text.optional("wgeid.family.messengers", String.join(", ", line.details().messengers()))),
                text.optional("wgeid.family.channel", text.label("contacts.channel.", line.safeChannel())));
    }

    private List<ReportItem> submitter(WgeidSubmitter submitter) {
        return List.of(new ReportItem(text.get("wgeid.submitter.organisation"), submitter.organisation(), null),
                new ReportItem(text.get("wgeid.submitter.name"), submitter.name(), null),
                new ReportItem(text.get("wgeid.submitter.contact"), submitter.contact(), null),
                new ReportItem(text.get("wgeid.submitter.confidentiality"), text.get(submitter.confidential()
                        ? "wgeid.submitter.confidential" : "wgeid.submitter.notConfidential"), null));
    }

    private String known(Gender gender) {
        return gender == Gender.UNKNOWN ? null : text.label("cases.gender.", gender);
    }

    private String orUnknown(String value) {
        return value == null ? text.get("wgeid.unknown") : value;
    }

    private static String age(RedactedParty p) {
        return p.age() != null ? p.age().toString() : p.ageGroup().known() ? p.ageGroup().label() : null;
    }

    private String label(String code) {
        ReferenceData.Label label = code == null ? null : governorates.get(code);
        return label == null ? code : label.in(text.messages().locale());
    }
}
