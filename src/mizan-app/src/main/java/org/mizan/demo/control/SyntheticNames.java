package org.mizan.demo.control;

import org.mizan.cases.entity.Gender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Iraqi name chains for the synthetic data (docs/domain.md, Names): given name, father, grandfather and
 * family or tribe, in Arabic script — or Kurdish names in Sorani script — with the Latin spellings
 * people actually use for each (Mohammed / Muhammad, Kadhim / Kazem, al- / Al / none), so the
 * same chain comes out spelled differently from one record to the next, as it does in real files.
 */
final class SyntheticNames {

    /** One name and its Latin spellings, the usual one first. */
    record Name(String script, List<String> latin) {

        String latin(Random random) {
            return latin.size() == 1 || Weighted.chance(random, 0.6) ? latin.get(0) : Weighted.any(random, latin.subList(1, latin.size()));
        }
    }

    /**
     * A chain: given name first, then the father's, the grandfather's (when known); the family or tribe
     * name last (null when the chain does not carry one). Kurdish chains are in Sorani script.
     */
    record Chain(List<Name> names, Name family, boolean kurdish, Gender gender) {

        Name given() {
            return names.get(0);
        }

        /** The father's name and further ancestors; a son's chain continues with these. */
        List<Name> ancestors() {
            return names.subList(1, names.size());
        }
    }

    private static final List<Name> ARAB_MALE = names("""
            محمد = Mohammed, Muhammad, Mohamed, Mohammad
            علي = Ali
            حسين = Hussein, Hussain, Husain
            حسن = Hassan, Hasan
            أحمد = Ahmed, Ahmad
            عباس = Abbas
            كاظم = Kadhim, Kazem, Kathim
            جاسم = Jasim, Jassim, Jasem
            قاسم = Qasim, Kassem, Qassim
            مصطفى = Mustafa, Mostafa
            عمر = Omar, Umar
            مهند = Muhannad, Mohanad
            حيدر = Haider, Hayder
            عبد الرحمن = Abdulrahman, Abd al-Rahman, Abdel Rahman
            عبد الله = Abdullah, Abdallah
            يوسف = Yousif, Yusuf, Youssef
            إبراهيم = Ibrahim
            فاضل = Fadhil, Fadel, Fadil
            سجاد = Sajjad, Sajad
            أمجد = Amjad
            ثائر = Thaer, Thair
            ضياء = Dhiaa, Diyaa, Dhia
            وسام = Wisam, Wissam
            هشام = Hisham
            عدنان = Adnan
            سلام = Salam
            منتظر = Muntadhar, Muntazer, Muntadher
            مرتضى = Murtadha, Murtada
            رحيم = Rahim, Raheem
            كريم = Karim, Kareem
            جواد = Jawad
            عادل = Adel, Adil
            زيد = Zaid, Zeid
            ليث = Laith, Layth
            صالح = Salih, Saleh
            خالد = Khalid, Khaled
            فراس = Firas
            ياسر = Yasir, Yasser
            صفاء = Safaa, Safa
            عقيل = Aqeel, Akeel, Aqil
            باسم = Basim, Bassem
            سعد = Saad
            جعفر = Jaafar, Jafar
            حمزة = Hamza, Hamzah
            """);
    /** Names of the older generations, heard more in fathers' and grandfathers' places. */
    private static final List<Name> ARAB_ELDERS = names("""
            كامل = Kamil, Kamel
            شاكر = Shakir, Shaker
            هادي = Hadi
            جميل = Jamil, Jameel
            مجيد = Majeed, Majid
            حميد = Hamid, Hameed
            عبود = Abboud, Aboud
            طالب = Talib, Taleb
            مهدي = Mahdi, Mehdi
            فالح = Falih, Faleh
            خضير = Khudair, Khdair
            عطية = Atiya, Attiya
            جبار = Jabbar
            ستار = Sattar
            عبد الأمير = Abdulameer, Abd al-Amir
            """);
    private static final List<Name> ARAB_FEMALE = names("""
            فاطمة = Fatima, Fatimah
            زينب = Zainab, Zaynab
            مريم = Maryam, Mariam
            سارة = Sara, Sarah
            رهام = Riham, Reham
            هدى = Huda, Hoda
            نور = Noor, Nour
            إيمان = Iman, Eman
            سعاد = Suad, Souad
            شيماء = Shaimaa, Shayma
            آمنة = Amina, Aminah
            رقية = Ruqaya, Ruqayya
            زهراء = Zahraa, Zahra
            رشا = Rasha
            هبة = Hiba, Heba
            دعاء = Duaa, Doaa
            إسراء = Israa, Esraa
            بتول = Batool, Batul
            """);
    /** Family and tribal names with the article in Arabic; the Latin is without it (added when spelled). */
    private static final List<Name> ARAB_FAMILIES = names("""
            الزبيدي = Zubaidi, Zubaydi
            الموسوي = Musawi, Moussawi, Mousawi
            الساعدي = Saadi, Sa'idi
            الكعبي = Kaabi, Ka'bi
            الجبوري = Jubouri, Jabouri, Juburi
            الدليمي = Dulaimi, Dulaymi
            العبيدي = Obaidi, Ubaidi
            الشمري = Shammari, Shamari
            التميمي = Tamimi
            الخفاجي = Khafaji
            الحسيني = Husseini, Hussaini
            الربيعي = Rubaie, Rubaiee
            العامري = Amiri, Ameri
            الأسدي = Asadi
            الجنابي = Janabi
            الكناني = Kinani, Kenani
            المالكي = Maliki
            اللامي = Lami
            الحلفي = Halfi
            البهادلي = Bahadli
            الفتلاوي = Fatlawi
            الياسري = Yasiri, Yasseri
            المحمداوي = Mohammedawi, Muhammadawi
            الحمداني = Hamdani
            الطائي = Taie, Tai
            العزاوي = Azzawi, Ezzawi
            البياتي = Bayati
            النعيمي = Nuaimi, Naimi
            الخزاعي = Khazaali, Khuzaie
            """);
    private static final List<Name> KURD_MALE = names("""
            هەڵۆ = Halo, Halow
            ئاوات = Awat
            شێرکۆ = Sherko, Shirko
            سۆران = Soran
            ڕێباز = Rebaz, Rêbaz
            ئاراس = Aras
            کاروان = Karwan
            دلێر = Diler, Dler
            هێمن = Hemin, Hemn
            بەختیار = Bakhtiyar, Bakhtiar
            ئازاد = Azad
            ڕێبوار = Rebwar, Rebiwar
            هۆشیار = Hoshyar, Hoshiar
            زانیار = Zanyar, Zaniar
            سەردار = Sardar, Serdar
            گۆران = Goran
            ئاکۆ = Ako
            شاخەوان = Shakhawan
            ئارام = Aram
            """);
    /** Fathers of Kurdish names often carry Arabic names, in Kurdish spelling. */
    private static final List<Name> KURD_ELDERS = names("""
            محەمەد = Mohammed, Muhammad, Mohamad
            ئەحمەد = Ahmed, Ahmad
            عەلی = Ali
            حەسەن = Hasan, Hassan
            عومەر = Omar
            کەریم = Karim, Kareem
            عەزیز = Aziz
            ڕەحیم = Rahim
            مستەفا = Mustafa
            عەبدوڵڵا = Abdulla, Abdullah
            قادر = Qadir, Kader
            مەحمود = Mahmood, Mahmud
            حەمە = Hama
            جەلال = Jalal
            """);
    private static final List<Name> KURD_FEMALE = names("""
            ژیان = Zhiyan, Jiyan
            شیلان = Shilan
            ڤیان = Vian, Viyan
            نەسرین = Nasrin, Nesrin
            ڕۆژان = Rozhan, Rojan
            هێرۆ = Hero
            لانە = Lana
            شنۆ = Shno
            بەهار = Bahar
            کەژاڵ = Kazhal, Kajal
            گوڵاڵە = Gulala
            """);
    private static final List<Name> KURD_FAMILIES = names("""
            جاف = Jaff, Jaaf
            بەرزنجی = Barzinji, Berzinji
            هەورامی = Hawrami, Hewrami
            زەنگەنە = Zangana, Zengana
            شوانی = Shwani, Shiwani
            دزەیی = Dizayee, Dizayi
            سۆرانی = Sorani
            بابانی = Babani
            """);
    private static final List<Name> ARAB_FATHERS = concat(ARAB_MALE, ARAB_ELDERS);
    private static final List<Name> KURD_FATHERS = concat(KURD_MALE, KURD_ELDERS);
    /** How the article of a family name is written in Latin script, and how often. */
    private static final Weighted<String> ARTICLES = new Weighted<String>()
            .add("al-", 45).add("Al-", 25).add("Al ", 10).add("el-", 5).add("", 15);
    /** Every Arabic- or Kurdish-script name known here, for spelling a name the other way. */
    private static final Map<String, Name> BY_SCRIPT = Stream.of(ARAB_FATHERS, ARAB_FEMALE, ARAB_FAMILIES, KURD_FATHERS,
                    KURD_FEMALE, KURD_FAMILIES).flatMap(List::stream)
            .collect(Collectors.toMap(Name::script, n -> n, (a, b) -> a, HashMap::new));
    /** Every Latin spelling known here, to the name it spells. */
    private static final Map<String, Name> BY_LATIN = Stream.of(ARAB_FATHERS, ARAB_FEMALE, ARAB_FAMILIES, KURD_FATHERS,
                    KURD_FEMALE, KURD_FAMILIES).flatMap(List::stream)
            .flatMap(n -> n.latin().stream().map(l -> Map.entry(l, n)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new));

    private SyntheticNames() {
    }

    /** A new chain: mostly given + father + grandfather + family, sometimes shorter. */
    static Chain chain(Random random, boolean kurdish, Gender gender) {
        List<Name> names = new ArrayList<>();
        names.add(given(random, kurdish, gender));
        names.add(father(random, kurdish, names.get(0)));
        double shape = random.nextDouble();
        if (shape < (kurdish ? 0.7 : 0.67)) {
            names.add(father(random, kurdish, names.get(1)));
        }
        boolean family = kurdish ? shape >= 0.5 : shape < 0.55 || shape >= 0.67;
        return new Chain(names, family ? Weighted.any(random, kurdish ? KURD_FAMILIES : ARAB_FAMILIES) : null, kurdish, gender);
    }

    /** A child of the chain's owner: their own given name, then the parent's given name and ancestors. */
    static Chain child(Random random, Chain parent, Gender gender) {
        List<Name> names = new ArrayList<>();
        names.add(given(random, parent.kurdish(), gender, parent.given()));
        names.add(parent.given());
        if (!parent.ancestors().isEmpty()) {
            names.add(parent.ancestors().get(0));
        }
        return new Chain(names, parent.family(), parent.kurdish(), gender);
    }

    /** A brother or sister: another given name, the same father, grandfather and family. */
    static Chain sibling(Random random, Chain chain, Gender gender) {
        List<Name> names = new ArrayList<>();
        names.add(given(random, chain.kurdish(), gender, chain.given()));
        names.addAll(chain.ancestors());
        return new Chain(names, chain.family(), chain.kurdish(), gender);
    }

    /** The chain in Arabic (or Sorani) script. */
    static String script(Chain chain) {
        return Stream.concat(chain.names().stream(), Stream.ofNullable(chain.family()))
                .map(Name::script).collect(Collectors.joining(" "));
    }

    /** The chain in Latin script, each name in one of its spellings. */
    static String latin(Random random, Chain chain) {
        String names = chain.names().stream().map(n -> n.latin(random)).collect(Collectors.joining(" "));
        return chain.family() == null ? names : names + " " + familyLatin(random, chain.family(), chain.kurdish());
    }

    /** The same Arabic-script name as another hand might type it: hamzas dropped, ة as ه, ى as ي. */
    static String retyped(Random random, String script) {
        String retyped = script;
        if (Weighted.chance(random, 0.7)) {
            retyped = retyped.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        }
        if (Weighted.chance(random, 0.5)) {
            retyped = retyped.replace('ة', 'ه');
        }
        if (Weighted.chance(random, 0.3)) {
            retyped = retyped.replace('ى', 'ي');
        }
        return retyped;
    }

    /** A kunya such as "أبو علي" / "Abu Ali", or in Kurdish "کاک سۆران" / "Kak Soran". */
    static String nickname(Random random, Chain chain, boolean latin) {
        if (chain.kurdish()) {
            return latin ? "Kak " + chain.given().latin(random) : "کاک " + chain.given().script();
        }
        Name son = Weighted.any(random, ARAB_MALE);
        boolean female = chain.gender() == Gender.FEMALE;
        return latin ? (female ? "Umm " : "Abu ") + son.latin(random) : (female ? "أم " : "أبو ") + son.script();
    }

    /**
     * The name spelled the other way, as somebody searching for it might type it: a name in Arabic or
     * Sorani script comes back in Latin letters, a Latin one in another Latin spelling. Words not
     * known here stay as they are.
     */
    static String otherSpelling(Random random, String name) {
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        List<String> spelled = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String two = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : null;
            if (two != null && BY_SCRIPT.containsKey(two)) {
                spelled.add(BY_SCRIPT.get(two).latin(random));
                i++;
            } else {
                spelled.add(otherWord(random, words.get(i)));
            }
        }
        return String.join(" ", spelled);
    }

    private static String otherWord(Random random, String word) {
        Name known = BY_SCRIPT.get(word);
        if (known != null) {
            return ARAB_FAMILIES.contains(known) ? familyLatin(random, known, false) : known.latin(random);
        }
        String bare = word.replaceFirst("^(?i)(al|el)-", "");
        known = BY_LATIN.get(bare);
        if (known == null) {
            return word;
        }
        return bare.equals(word) ? known.latin(random) : word.substring(0, word.length() - bare.length()) + known.latin(random);
    }

    private static String familyLatin(Random random, Name family, boolean kurdish) {
        return kurdish ? family.latin(random) : ARTICLES.pick(random) + family.latin(random);
    }

    private static Name given(Random random, boolean kurdish, Gender gender, Name... avoid) {
        List<Name> names = gender == Gender.FEMALE ? (kurdish ? KURD_FEMALE : ARAB_FEMALE) : (kurdish ? KURD_MALE : ARAB_MALE);
        Name name = Weighted.any(random, names);
        return Arrays.asList(avoid).contains(name) ? Weighted.any(random, names) : name;
    }

    private static Name father(Random random, boolean kurdish, Name son) {
        List<Name> names = kurdish ? KURD_FATHERS : ARAB_FATHERS;
        Name name = Weighted.any(random, names);
        return name.equals(son) ? Weighted.any(random, names) : name;
    }

    private static List<Name> names(String lines) {
        return Bilingual.lines(lines).stream()
                .map(b -> new Name(b.arabic(), Arrays.stream(b.english().split(",")).map(String::strip).toList())).toList();
    }

    private static List<Name> concat(List<Name> first, List<Name> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
