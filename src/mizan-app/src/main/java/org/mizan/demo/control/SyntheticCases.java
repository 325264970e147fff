package org.mizan.demo.control;

import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.PersonDraft;

import org.mizan.cases.control.CaseDraft.PartyDraft;
import org.mizan.cases.control.CaseDraft.SourceDraft;
import org.mizan.demo.control.SyntheticPlaces.Governorate;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Involvement;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorCertainty;
import org.mizan.cases.entity.PerpetratorKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.LongUnaryOperator;

/**
 * Realistic, invented cases for demos and benchmarks: Iraqi name chains in Arabic script (and Kurdish
 * ones in Sorani script for the Kurdistan Region), often with a Latin spelling; every governorate and
 * violation type; dates crowded into the Tishreen protests of October 2019 and the killings that
 * followed, some known only to the month or year; mostly "unidentified armed men" as perpetrators;
 * witnesses; graded sources; about one case in twenty restricted. Persons are shared: the same
 * person is a witness in one case and a victim in another, a unit is accused again and again.
 *
 * <p>Pure and deterministic: the same seed and person count give the same persons and cases, in the
 * same order. Parties refer to persons by number (1 = the first of {@link #persons()}); map those to
 * stored ids with {@link #withPersonIds}. Nothing here is real.
 */
public final class SyntheticCases {

    /** A generated case, and the workflow status it has reached (a new case starts at intake). */
    public record Generated(CaseDraft draft, CaseStatus status) {
    }

    private record Perpetrator(PartyDraft party, Bilingual asObject, Bilingual asSubject) {
    }

    private static final Weighted<String> TYPES = new Weighted<String>()
            .add("ASSASSINATION", 14).add("ATTEMPTED_ASSASSINATION", 10).add("KILLING_AT_PROTEST", 18)
            .add("ABDUCTION", 14).add("TORTURE", 8).add("ARBITRARY_DETENTION", 18).add("DEATH_IN_CUSTODY", 3).add("THREAT", 15);
    private static final Weighted<CaseStatus> STATUSES = new Weighted<CaseStatus>()
            .add(CaseStatus.INTAKE, 30).add(CaseStatus.VERIFIED, 30).add(CaseStatus.DOCUMENTED, 25)
            .add(CaseStatus.REFERRED, 8).add(CaseStatus.CLOSED, 7);
    private static final Weighted<String> RELIABILITY = new Weighted<String>()
            .add("A", 5).add("B", 30).add("C", 35).add("D", 15).add("E", 5).add("F", 10);
    /** Periods and their share of incidents: the Tishreen uprising first, then the wave of assassinations. */
    private static final Weighted<LocalDate[]> PERIODS = new Weighted<LocalDate[]>()
            .add(period("2019-10-01", "2019-10-10"), 14).add(period("2019-10-25", "2019-12-15"), 18)
            .add(period("2019-10-11", "2020-02-29"), 13).add(period("2020-03-01", "2021-12-31"), 27)
            .add(period("2018-01-01", "2019-09-30"), 10).add(period("2022-01-01", "2025-06-30"), 12)
            .add(period("2005-01-01", "2017-12-31"), 6);
    private static final List<Bilingual> UNIDENTIFIED_AS_OBJECT = Bilingual.lines("""
            مسلحين مجهولين = unidentified gunmen
            مسلحين مجهولين = unidentified armed men
            مسلحين ملثمين = masked gunmen
            مجهولين يرتدون ملابس مدنية = unknown men in civilian clothes
            """);
    private static final List<Bilingual> UNIDENTIFIED_AS_SUBJECT = Bilingual.lines("""
            مسلحون مجهولون = unidentified gunmen
            مسلحون مجهولون = unidentified armed men
            مسلحون ملثمون = masked gunmen
            مجهولون يرتدون ملابس مدنية = unknown men in civilian clothes
            """);
    private static final List<Bilingual> SOURCES = Bilingual.lines("""
            مقابلة مع أحد أفراد عائلة الضحية = Interview with a member of the victim’s family
            مقطع فيديو منشور على مواقع التواصل الاجتماعي = Video posted on social media
            تقرير المفوضية العليا لحقوق الإنسان = Report of the Iraqi High Commission for Human Rights
            تقرير طبي من المستشفى = Medical report from the hospital
            بيان قيادة الشرطة = Police command statement
            تقرير إخباري محلي = Local news report
            شهادة شاهد عيان = Eyewitness testimony
            تقرير بعثة الأمم المتحدة لمساعدة العراق = UNAMI report
            """);

    private final Random random;
    private final SyntheticPersons persons;

    public SyntheticCases(long seed, int personCount) {
        this.random = new Random(seed);
        this.persons = new SyntheticPersons(random, personCount);
    }

    /** Everyone the cases may name, numbered from 1 in this order. */
    public List<PersonDraft> persons() {
        return List.copyOf(persons.drafts());
    }

    public Generated next() {
        LocalDate day = incidentDay();
        boolean abroad = Weighted.chance(random, 0.01);
        Governorate governorate = abroad ? null : SyntheticPlaces.pick(random);
        SyntheticPlaces.Abroad city = abroad ? Weighted.any(random, SyntheticPlaces.ABROAD) : null;
        Bilingual place = abroad ? city.city() : Weighted.any(random, governorate.towns());
        String type = abroad ? "THREAT" : TYPES.pick(random);
        boolean arabic = Weighted.chance(random, 0.6);
        Set<String> types = new LinkedHashSet<>(List.of(type));
        Set<Integer> taken = new HashSet<>();
        Fate fate = fate(type, types);
        List<PartyDraft> victims = victims(type, fate, governorate, day, taken);
        Perpetrator perpetrator = perpetrator(type, governorate, taken, arabic);
        List<PartyDraft> parties = new ArrayList<>(victims);
        parties.add(perpetrator.party());
        secondPerpetrator(perpetrator.party(), governorate, taken).ifPresent(parties::add);
        parties.addAll(witnesses(governorate, day, taken));
        taken.forEach(p -> persons.involve(p, day, false));
        int days = 1 + random.nextInt(fate == Fate.RELEASED ? 120 : 30);
        PartialDate incident = partialDate(day);
        LocalDate endDay = day.plusDays(days);
        PartialDate end = incident.day() != null && (fate == Fate.RELEASED || fate == Fate.FOUND_DEAD)
                ? new PartialDate(endDay.getYear(), endDay.getMonthValue(), endDay.getDayOfMonth(), false) : null;
        PartyDraft first = victims.isEmpty() ? null : victims.get(0);
        SyntheticNarratives.Story story = new SyntheticNarratives.Story(arabic, type, first == null ? null
                : SyntheticNarratives.victim(arabic, person(first), first.ageAtIncident()), first == null ? null : person(first).gender(),
                Math.max(0, victims.size() - 1), fate, perpetrator.asObject(), perpetrator.asSubject(), place,
                governorate == null ? null : SyntheticPlaces.protestSite(random, governorate), days);
        BigDecimal[] coordinates = coordinates(governorate);
        CaseDraft draft = new CaseDraft(List.copyOf(types), incident, end, null, abroad ? city.country() : "IQ",
                governorate == null ? null : governorate.code(), place.in(arabic), coordinates[0], coordinates[1],
                SyntheticNarratives.write(random, story), tags(day, governorate, first), sources(arabic), null,
                Weighted.chance(random, 0.05) ? Confidentiality.RESTRICTED : Confidentiality.STANDARD, List.of(), parties);
        return new Generated(draft, STATUSES.pick(random));
    }

    /** The draft with every party's person number replaced by {@code ids} (a stored id). */
    public static CaseDraft withPersonIds(CaseDraft draft, LongUnaryOperator ids) {
        List<PartyDraft> parties = draft.partiesOrEmpty().stream()
                .map(p -> p.withPerson(p.personId() == null ? null : ids.applyAsLong(p.personId()))).toList();
        return copy(draft, draft.status(), parties);
    }

    public static CaseDraft withStatus(CaseDraft draft, CaseStatus status) {
        return copy(draft, status, draft.parties());
    }

    /**
     * The name as someone searching for it might type it: an Arabic- or Sorani-script name in Latin
     * letters, a Latin name in another common spelling (Kadhim → Kazem, al-Zubaidi → Al Zubaydi).
     */
    public static String otherSpelling(Random random, String name) {
        return SyntheticNames.otherSpelling(random, name);
    }

    private static CaseDraft copy(CaseDraft d, CaseStatus status, List<PartyDraft> parties) {
        return d.withStatus(status).withParties(parties);
    }

    private PersonDraft person(PartyDraft party) {
        return persons.draft((int) (party.personId() - 1));
    }

    /** What became of the (first) victim; may add the acts it implies (an abduction that ends in a body found). */
    private Fate fate(String type, Set<String> types) {
        double roll = random.nextDouble();
        return switch (type) {
            case "ASSASSINATION" -> Fate.KILLED;
            case "ATTEMPTED_ASSASSINATION" -> roll < 0.6 ? Fate.INJURED : null;
            case "KILLING_AT_PROTEST" -> Fate.KILLED;
            case "ABDUCTION" -> roll < 0.45 ? Fate.MISSING : roll < 0.85 ? also(types, Fate.RELEASED, "TORTURE", 0.3)
                    : also(types, Fate.FOUND_DEAD, "ASSASSINATION", 1);
            case "TORTURE" -> also(types, roll < 0.5 ? Fate.RELEASED : roll < 0.8 ? Fate.DETAINED : Fate.INJURED, "ARBITRARY_DETENTION", 0.5);
            case "ARBITRARY_DETENTION" -> also(types, roll < 0.6 ? Fate.RELEASED : Fate.DETAINED, "TORTURE", 0.25);
            case "DEATH_IN_CUSTODY" -> also(types, Fate.KILLED, "TORTURE", 0.5);
            default -> null;
        };
    }

    private Fate also(Set<String> types, Fate fate, String type, double probability) {
        if (Weighted.chance(random, probability)) {
            types.add(type);
        }
        return fate;
    }

    private List<PartyDraft> victims(String type, Fate fate, Governorate governorate, LocalDate day, Set<Integer> taken) {
        int count = 1;
        if ("KILLING_AT_PROTEST".equals(type)) {
            while (count < 6 && Weighted.chance(random, 0.45)) {
                count++;
            }
        } else if ("THREAT".equals(type)) {
            count = Weighted.chance(random, 0.1) ? 0 : 1;
        } else if (Weighted.chance(random, 0.1)) {
            count = 2;
        }
        List<PartyDraft> victims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fate own = i == 0 || !"KILLING_AT_PROTEST".equals(type) ? fate : Weighted.chance(random, 0.4) ? Fate.KILLED : Fate.INJURED;
            boolean dies = own == Fate.KILLED || own == Fate.FOUND_DEAD;
            Integer victim = persons.civilian(governorate, day, taken, dies);
            if (victim != null) {
                taken.add(victim);
                persons.involve(victim, day, dies);
                victims.add(new PartyDraft(PartyRole.VICTIM, victim + 1L, own, age(victim, day), null, null, null, null, null, null));
            }
        }
        return victims;
    }

    private Integer age(int person, LocalDate day) {
        Integer known = persons.age(person, day);
        return known != null || !Weighted.chance(random, 0.25) ? known : Integer.valueOf(18 + random.nextInt(28));
    }

    private Perpetrator perpetrator(String type, Governorate governorate, Set<Integer> taken, boolean arabic) {
        PerpetratorKind kind = perpetratorKind(type);
        Involvement involvement = Weighted.chance(random, 0.9) ? Involvement.CARRIED_OUT : null;
        Integer person = switch (kind) {
            case UNIT -> persons.unit(governorate);
            case ARMED_GROUP -> persons.armedGroup();
            case PERSON -> persons.officer(taken);
            case UNIDENTIFIED -> null;
        };
        if (person == null) {
            int variant = random.nextInt(UNIDENTIFIED_AS_OBJECT.size());
            Bilingual subject = UNIDENTIFIED_AS_SUBJECT.get(variant);
            return new Perpetrator(new PartyDraft(PartyRole.PERPETRATOR, null, null, null, null, null, PerpetratorKind.UNIDENTIFIED,
                    involvement, PerpetratorCertainty.ALLEGED, subject.in(arabic)), UNIDENTIFIED_AS_OBJECT.get(variant), subject);
        }
        taken.add(person);
        Bilingual named = named(kind, persons.draft(person));
        // Some named by a graded source rather than only alleged; chosen by the person, not the random stream, so that the
        // rest of the synthetic set stays what it was.
        PerpetratorCertainty certainty = person % 5 == 0 ? PerpetratorCertainty.IDENTIFIED_BY_SOURCE : PerpetratorCertainty.ALLEGED;
        return new Perpetrator(new PartyDraft(PartyRole.PERPETRATOR, person + 1L, null, null, null, null, kind, involvement, certainty, null), named,
                named);
    }

    private PerpetratorKind perpetratorKind(String type) {
        double roll = random.nextDouble();
        return switch (type) {
            case "KILLING_AT_PROTEST" -> roll < 0.55 ? PerpetratorKind.UNIT : roll < 0.9 ? PerpetratorKind.UNIDENTIFIED : PerpetratorKind.ARMED_GROUP;
            case "TORTURE", "ARBITRARY_DETENTION", "DEATH_IN_CUSTODY" ->
                    roll < 0.75 ? PerpetratorKind.UNIT : roll < 0.9 ? PerpetratorKind.PERSON : PerpetratorKind.UNIDENTIFIED;
            default -> roll < 0.7 ? PerpetratorKind.UNIDENTIFIED : roll < 0.88 ? PerpetratorKind.ARMED_GROUP
                    : roll < 0.93 ? PerpetratorKind.PERSON : PerpetratorKind.UNIT;
        };
    }

    /** How a narrative names a unit, an armed group or an officer. */
    private Bilingual named(PerpetratorKind kind, PersonDraft draft) {
        String latin = draft.nameLatin() == null ? SyntheticNames.otherSpelling(random, draft.nameArabic()) : draft.nameLatin();
        String arabic = draft.nameArabic() == null ? latin : draft.nameArabic();
        return switch (kind) {
            case UNIT -> new Bilingual(arabic, "the " + latin);
            case ARMED_GROUP -> new Bilingual("عناصر من " + arabic, "members of " + (latin.startsWith("The ") ? "the " + latin.substring(4) : latin));
            default -> new Bilingual("الضابط " + arabic, "officer " + latin);
        };
    }

    /** Sometimes a second alleged perpetrator: the officer who ordered it, or the unit that let it happen. */
    private Optional<PartyDraft> secondPerpetrator(PartyDraft first, Governorate governorate, Set<Integer> taken) {
        if (!Weighted.chance(random, 0.12) || first.perpetratorKind() == PerpetratorKind.UNIDENTIFIED
                || first.perpetratorKind() == PerpetratorKind.PERSON) {
            return Optional.empty();
        }
        boolean ordered = first.perpetratorKind() == PerpetratorKind.UNIT;
        Integer second = ordered ? persons.officer(taken) : Integer.valueOf(persons.unit(governorate));
        if (second == null || !taken.add(second)) {
            return Optional.empty();
        }
        return Optional.of(new PartyDraft(PartyRole.PERPETRATOR, second + 1L, null, null, null, null,
                ordered ? PerpetratorKind.PERSON : PerpetratorKind.UNIT, ordered ? Involvement.ORDERED : Involvement.FAILED_TO_PREVENT,
                PerpetratorCertainty.ALLEGED, null));
    }

    private List<PartyDraft> witnesses(Governorate governorate, LocalDate day, Set<Integer> taken) {
        double roll = random.nextDouble();
        int count = roll < 0.45 ? 0 : roll < 0.8 ? 1 : 2;
        List<PartyDraft> witnesses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Integer witness = persons.civilian(governorate, day, taken, false);
            if (witness != null) {
                taken.add(witness);
                witnesses.add(new PartyDraft(PartyRole.WITNESS, witness + 1L, null, null, null, null, null, null, null, null));
            }
        }
        return witnesses;
    }

    private LocalDate incidentDay() {
        LocalDate[] period = PERIODS.pick(random);
        long days = period[1].toEpochDay() - period[0].toEpochDay() + 1;
        return period[0].plusDays((long) (random.nextDouble() * days));
    }

    /** Mostly the exact day; sometimes only the month or the year is known, and then often only roughly. */
    private PartialDate partialDate(LocalDate day) {
        double precision = random.nextDouble();
        if (precision < 0.78) {
            return new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), Weighted.chance(random, 0.05));
        }
        if (precision < 0.93) {
            return new PartialDate(day.getYear(), day.getMonthValue(), null, Weighted.chance(random, 0.25));
        }
        return new PartialDate(day.getYear(), null, null, Weighted.chance(random, 0.4));
    }

    private BigDecimal[] coordinates(Governorate governorate) {
        if (governorate == null || !Weighted.chance(random, 0.5)) {
            return new BigDecimal[]{null, null};
        }
        return new BigDecimal[]{jitter(governorate.latitude()), jitter(governorate.longitude())};
    }

    private BigDecimal jitter(double degrees) {
        return BigDecimal.valueOf(degrees + (random.nextDouble() - 0.5) * 0.3).setScale(6, RoundingMode.HALF_UP);
    }

    private List<String> tags(LocalDate day, Governorate governorate, PartyDraft victim) {
        List<String> tags = new ArrayList<>();
        boolean federal = governorate != null && !governorate.kurdistanRegion();
        if (federal && within(day, "2019-10-01", "2021-06-30") && Weighted.chance(random, 0.85)) {
            tags.add(Weighted.chance(random, 0.2) ? "تشرين 2019" : "Tishreen 2019");
        }
        if (governorate != null && "BA".equals(governorate.code()) && within(day, "2018-07-01", "2018-09-30")) {
            tags.add("Basra protests 2018");
        }
        if (governorate != null && governorate.kurdistanRegion() && within(day, "2020-08-01", "2020-12-31")) {
            tags.add("Kurdistan protests 2020");
        }
        if (within(day, "2021-09-01", "2021-11-30")) {
            tags.add("elections 2021");
        }
        if (governorate == null) {
            tags.add("diaspora");
        }
        PersonDraft person = victim == null ? null : person(victim);
        if (person != null && person.primaryOccupation() == Occupation.JOURNALIST) {
            tags.add("press freedom");
        }
        if (person != null && person.gender() == Gender.FEMALE && person.primaryOccupation() == Occupation.ACTIVIST) {
            tags.add("women human rights defenders");
        }
        return tags;
    }

    private List<SourceDraft> sources(boolean arabic) {
        int count = 1 + random.nextInt(3);
        List<SourceDraft> sources = new ArrayList<>();
        List<Bilingual> pool = new ArrayList<>(SOURCES);
        for (int i = 0; i < count; i++) {
            Bilingual source = pool.remove(random.nextInt(pool.size()));
            String url = Weighted.chance(random, 0.4) ? "https://example.org/sources/" + Long.toHexString(random.nextLong() >>> 16) : null;
            sources.add(new SourceDraft(source.in(arabic), RELIABILITY.pick(random), url));
        }
        return sources;
    }

    private static boolean within(LocalDate day, String from, String to) {
        return !day.isBefore(LocalDate.parse(from)) && !day.isAfter(LocalDate.parse(to));
    }

    private static LocalDate[] period(String from, String to) {
        return new LocalDate[]{LocalDate.parse(from), LocalDate.parse(to)};
    }
}
