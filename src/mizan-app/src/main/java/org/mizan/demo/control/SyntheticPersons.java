package org.mizan.demo.control;

import org.mizan.cases.control.PersonDraft;

import org.mizan.demo.control.SyntheticNames.Chain;
import org.mizan.demo.control.SyntheticPlaces.Governorate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PersonKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The people (and the units and armed groups) of the synthetic data, and who may still appear in a
 * case on a given day: nobody appears after the day they were killed, and nobody is killed on a day
 * before a case they already appear in. Persons are numbered from 1 in the order of {@link #drafts()}.
 *
 * <p>Some people are related to an earlier one, as families are in real files: a son or daughter
 * (own given name, then the parent's given name and the parent's father: most of the chain again,
 * shifted), a brother or sister (the same chain but the given name), or the same person recorded a
 * second time under another spelling — the cases duplicate detection must tell apart.
 */
final class SyntheticPersons {

    private static final double CHILD = 0.07;
    private static final double SIBLING = 0.03;
    private static final double RECORDED_TWICE = 0.01;
    private static final int MIN_AGE = 14;
    private static final int LAST_BIRTH_YEAR = 2008;

    /** Security-force units by kind, named per governorate; the Kurdistan Region has its own forces. */
    private static final List<Bilingual> FEDERAL_UNITS = Bilingual.lines("""
            شرطة الطوارئ = Emergency Police
            قوات مكافحة الشغب = Riot Control Forces
            قوات الرد السريع = Rapid Response Forces
            قوات سوات = SWAT Forces
            مديرية الاستخبارات = Intelligence Directorate
            مديرية مكافحة الإرهاب = Counter-Terrorism Directorate
            شرطة حماية المنشآت = Facilities Protection Police
            """);
    private static final List<Bilingual> REGIONAL_UNITS = Bilingual.lines("""
            قوات الأسايش = Asayish
            شرطة مكافحة الشغب = Riot Police
            قوات مكافحة الإرهاب = Counter-Terrorism Forces
            """);
    /** Invented names: any likeness to a real group is a coincidence. */
    private static final List<Bilingual> ARMED_GROUPS = Bilingual.lines("""
            سرايا الفجر الجديد = New Dawn Companies
            كتائب النهرين = Two Rivers Brigades
            لواء الجنوب الأول = First Southern Brigade
            سرايا الحماية الشعبية = Popular Protection Companies
            جماعة الظل = The Shadow Group
            عصبة الثأر = League of Vengeance
            كتائب الفرات = Euphrates Battalions
            حركة الوعد = al-Waad Movement
            فصيل الرايات = Banners Faction
            سرايا الميدان = Field Companies
            """);
    private static final Weighted<Occupation> OCCUPATIONS = new Weighted<Occupation>()
            .add(Occupation.PROTESTER, 30).add(Occupation.ACTIVIST, 25).add(Occupation.STUDENT, 12)
            .add(Occupation.JOURNALIST, 7).add(Occupation.CIVIL_SERVANT, 5).add(Occupation.BLOGGER, 4)
            .add(Occupation.MEDIC, 4).add(Occupation.LAWYER, 3).add(Occupation.TRADE_UNIONIST, 2).add(Occupation.OTHER, 3);
    private static final Map<Occupation, List<Bilingual>> AFFILIATIONS = Map.of(
            Occupation.ACTIVIST, Bilingual.lines("""
                    تنسيقية التظاهرات = protest coordination committee
                    منظمة مجتمع مدني = civil society organisation
                    """),
            Occupation.JOURNALIST, Bilingual.lines("""
                    نقابة الصحفيين العراقيين = Iraqi Journalists Syndicate
                    صحفي مستقل = freelance
                    """),
            Occupation.LAWYER, Bilingual.lines("نقابة المحامين العراقيين = Iraqi Bar Association"),
            Occupation.MEDIC, Bilingual.lines("""
                    الهلال الأحمر العراقي = Iraqi Red Crescent
                    مسعف متطوع = volunteer medic
                    """),
            Occupation.TRADE_UNIONIST, Bilingual.lines("نقابة المعلمين = Teachers’ Union"));

    private static final int UNIT_CATALOGUE = SyntheticPlaces.ALL.stream().mapToInt(g -> unitKinds(g).size()).sum();

    /** What a person stands for in the cases. */
    enum Role { CIVILIAN, OFFICER, UNIT, ARMED_GROUP }

    private final Random random;
    private final List<PersonDraft> drafts = new ArrayList<>();
    private final List<Chain> chains = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Integer> civilians = new ArrayList<>();
    private final List<Integer> officers = new ArrayList<>();
    private final List<Integer> units = new ArrayList<>();
    private final List<Integer> armedGroups = new ArrayList<>();
    private final Map<String, List<Integer>> civiliansByGovernorate = new HashMap<>();
    private final Map<String, List<Integer>> unitsByGovernorate = new HashMap<>();
    private final int[] lastSeen;
    private final int[] diedOn;

    SyntheticPersons(Random random, int count) {
        if (count < 10) {
            throw new IllegalArgumentException("at least 10 persons, for a few units and armed groups besides people");
        }
        this.random = random;
        int groupCount = Math.min(ARMED_GROUPS.size(), Math.max(2, count / 400));
        int unitCount = Math.min(UNIT_CATALOGUE, Math.max(6, count / 40));
        int individuals = count - groupCount - unitCount;
        double officerShare = Math.max(2.0, individuals / 60.0) / individuals;
        for (int i = 0; i < individuals; i++) {
            addIndividual(officerShare);
        }
        addUnits(unitCount);
        ARMED_GROUPS.subList(0, groupCount).forEach(g -> add(Role.ARMED_GROUP, null,
                new PersonDraft(PersonKind.ARMED_GROUP, g.arabic(), g.english(), List.of(), null, null, null, null, null)));
        lastSeen = new int[drafts.size()];
        diedOn = new int[drafts.size()];
        Arrays.fill(lastSeen, Integer.MIN_VALUE);
        Arrays.fill(diedOn, Integer.MAX_VALUE);
    }

    List<PersonDraft> drafts() {
        return drafts;
    }

    PersonDraft draft(int index) {
        return drafts.get(index);
    }

    Role role(int index) {
        return roles.get(index);
    }

    /**
     * Someone from the governorate (mostly) who is alive and at least 14 on the day, not yet in this
     * case, and — if they are to die — seen in no case after the day; null when no one fits quickly.
     */
    Integer civilian(Governorate governorate, LocalDate day, Set<Integer> taken, boolean dies) {
        for (int attempt = 0; attempt < 8 && !civilians.isEmpty(); attempt++) {
            List<Integer> local = governorate == null ? null : civiliansByGovernorate.get(governorate.code());
            int candidate = Weighted.any(random, local != null && Weighted.chance(random, 0.8) ? local : civilians);
            if (fits(candidate, day, taken, dies)) {
                return candidate;
            }
        }
        return null;
    }

    /** A unit of the governorate's forces when there is one, else any unit. */
    int unit(Governorate governorate) {
        List<Integer> local = governorate == null ? null : unitsByGovernorate.get(governorate.code());
        return Weighted.any(random, local != null && Weighted.chance(random, 0.9) ? local : units);
    }

    int armedGroup() {
        return Weighted.any(random, armedGroups);
    }

    /** A police or army officer not yet in the case; null when there is none (small data sets may have no officer). */
    Integer officer(Set<Integer> taken) {
        if (officers.isEmpty()) {
            return null;
        }
        int candidate = Weighted.any(random, officers);
        return taken.contains(candidate) ? null : candidate;
    }

    /** Records that the person appears in a case on the day, and whether they died then. */
    void involve(int index, LocalDate day, boolean dies) {
        int epochDay = (int) day.toEpochDay();
        lastSeen[index] = Math.max(lastSeen[index], epochDay);
        if (dies) {
            diedOn[index] = Math.min(diedOn[index], epochDay);
        }
    }

    /** Age on the day, when the birth year is known. */
    Integer age(int index, LocalDate day) {
        Integer born = drafts.get(index).birthYear();
        return born == null ? null : day.getYear() - born;
    }

    private boolean fits(int candidate, LocalDate day, Set<Integer> taken, boolean dies) {
        int epochDay = (int) day.toEpochDay();
        Integer age = age(candidate, day);
        return !taken.contains(candidate) && diedOn[candidate] > epochDay && (age == null || age >= MIN_AGE)
                && (!dies || lastSeen[candidate] <= epochDay);
    }

    private void addIndividual(double officerShare) {
        double relation = random.nextDouble();
        Integer relative = civilians.isEmpty() ? null : Weighted.any(random, civilians);
        if (relative != null && relation < CHILD + SIBLING + RECORDED_TWICE) {
            addRelative(relative, relation);
            return;
        }
        Governorate governorate = SyntheticPlaces.pick(random);
        boolean officer = Weighted.chance(random, officerShare);
        Gender gender = officer ? Gender.MALE : gender();
        Chain chain = SyntheticNames.chain(random, Weighted.chance(random, governorate.kurdishShare()), gender);
        Integer born = officer ? Integer.valueOf(1960 + random.nextInt(30)) : birthYear();
        if (officer) {
            Bilingual unit = unitName(governorate, Weighted.any(random, unitKinds(governorate)));
            String affiliation = Weighted.chance(random, 0.5) ? "ضابط في " + unit.arabic() : "Officer, " + unit.english();
            add(Role.OFFICER, chain, individual(chain, false, gender, born, null, affiliation, governorate.code()));
        } else {
            Occupation occupation = Weighted.chance(random, 0.95) ? occupation(born) : null;
            add(Role.CIVILIAN, chain, individual(chain, false, gender, born, occupation, affiliation(occupation, governorate),
                    governorate.code()));
        }
    }

    private void addRelative(int relative, double relation) {
        PersonDraft known = drafts.get(relative);
        Chain chain = chains.get(relative);
        Integer born = known.birthYear();
        if (relation < CHILD && known.gender() == Gender.MALE) {
            Gender gender = gender();
            Chain child = SyntheticNames.child(random, chain, gender);
            Integer childBorn = born == null || born + 20 > LAST_BIRTH_YEAR ? null : Math.min(LAST_BIRTH_YEAR, born + 20 + random.nextInt(16));
            add(Role.CIVILIAN, child, individual(child, false, gender, childBorn, occupation(childBorn), null, known.governorate()));
            return;
        }
        if (relation < CHILD + SIBLING) {
            Gender gender = gender();
            Chain sibling = SyntheticNames.sibling(random, chain, gender);
            Integer siblingBorn = born == null ? null : Math.min(LAST_BIRTH_YEAR, born - 6 + random.nextInt(13));
            add(Role.CIVILIAN, sibling, individual(sibling, false, gender, siblingBorn, occupation(siblingBorn), null,
                    known.governorate()));
            return;
        }
        Integer recordedBorn = born == null || Weighted.chance(random, 0.6) ? born : Integer.valueOf(born + random.nextInt(3) - 1);
        add(Role.CIVILIAN, chain, individual(chain, true, known.gender(), recordedBorn,
                known.primaryOccupation(),
                known.affiliation(), known.governorate()));
    }

    /** A person's draft: the chain in Arabic/Sorani script (mostly), in Latin letters (often), with aliases (sometimes). */
    private PersonDraft individual(Chain chain, boolean retyped, Gender gender, Integer born, Occupation occupation,
                                   String affiliation, String governorate) {
        boolean script = Weighted.chance(random, retyped ? 0.7 : 0.95);
        boolean latin = !script || Weighted.chance(random, chain.kurdish() ? 0.55 : 0.45);
        String nameScript = script ? SyntheticNames.script(chain) : null;
        if (script && retyped) {
            nameScript = SyntheticNames.retyped(random, nameScript);
        }
        String nameLatin = latin ? SyntheticNames.latin(random, chain) : null;
        List<String> aliases = new ArrayList<>();
        if (Weighted.chance(random, 0.1)) {
            aliases.add(Weighted.chance(random, 0.5) ? SyntheticNames.nickname(random, chain, !script)
                    : SyntheticNames.latin(random, chain));
        }
        aliases.removeIf(a -> a.equals(nameLatin));
        return new PersonDraft(PersonKind.INDIVIDUAL, nameScript, nameLatin, List.copyOf(new LinkedHashSet<>(aliases)),
                gender, born, occupation == null ? List.of() : List.of(occupation), affiliation, governorate);
    }

    /** Units of the catalogue, the busier governorates' more likely (weighted sampling without replacement). */
    private void addUnits(int count) {
        List<Map.Entry<Double, PersonDraft>> ranked = new ArrayList<>();
        for (Governorate governorate : SyntheticPlaces.ALL) {
            for (Bilingual kind : unitKinds(governorate)) {
                Bilingual unit = unitName(governorate, kind);
                ranked.add(Map.entry(Math.pow(random.nextDouble(), 1 / governorate.weight()), new PersonDraft(PersonKind.UNIT,
                        unit.arabic(), unit.english(), List.of(), null, null, null, null, governorate.code())));
            }
        }
        ranked.sort(Map.Entry.<Double, PersonDraft>comparingByKey().reversed());
        ranked.subList(0, count).forEach(u -> add(Role.UNIT, null, u.getValue()));
    }

    private void add(Role role, Chain chain, PersonDraft draft) {
        int index = drafts.size();
        drafts.add(draft);
        chains.add(chain);
        roles.add(role);
        switch (role) {
            case CIVILIAN -> {
                civilians.add(index);
                civiliansByGovernorate.computeIfAbsent(draft.governorate(), g -> new ArrayList<>()).add(index);
            }
            case OFFICER -> officers.add(index);
            case UNIT -> {
                units.add(index);
                unitsByGovernorate.computeIfAbsent(draft.governorate(), g -> new ArrayList<>()).add(index);
            }
            case ARMED_GROUP -> armedGroups.add(index);
        }
    }

    private Gender gender() {
        double gender = random.nextDouble();
        return gender < 0.84 ? Gender.MALE : gender < 0.98 ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** Students are young; an older person drawn as one is a protester instead. */
    private Occupation occupation(Integer born) {
        Occupation occupation = OCCUPATIONS.pick(random);
        return occupation == Occupation.STUDENT && born != null && born < 1990 ? Occupation.PROTESTER : occupation;
    }

    /** Known for about three in four; young people dominate the protests of 2019. */
    private Integer birthYear() {
        if (!Weighted.chance(random, 0.72)) {
            return null;
        }
        double generation = random.nextDouble();
        if (generation < 0.1) {
            return 1955 + random.nextInt(15);
        }
        if (generation < 0.35) {
            return 1970 + random.nextInt(15);
        }
        return generation < 0.65 ? 1985 + random.nextInt(10) : 1995 + random.nextInt(LAST_BIRTH_YEAR - 1995 + 1);
    }

    private String affiliation(Occupation occupation, Governorate governorate) {
        if (occupation == null || !Weighted.chance(random, 0.3)) {
            return null;
        }
        boolean arabic = Weighted.chance(random, 0.6);
        if (occupation == Occupation.STUDENT) {
            return arabic ? "جامعة " + governorate.capital().arabic() : "University of " + governorate.capital().english();
        }
        List<Bilingual> known = AFFILIATIONS.get(occupation);
        return known == null ? null : Weighted.any(random, known).in(arabic);
    }

    private static List<Bilingual> unitKinds(Governorate governorate) {
        return governorate.kurdistanRegion() ? REGIONAL_UNITS : FEDERAL_UNITS;
    }

    private static Bilingual unitName(Governorate governorate, Bilingual kind) {
        return new Bilingual(kind.arabic() + " في " + governorate.name().arabic(), governorate.name().english() + " " + kind.english());
    }
}
