package org.mizan.demo.control;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Where the synthetic cases happen: the 19 governorates with their towns and protest sites, weighted
 * roughly like the documented violations of 2019–2021 (Baghdad and the south far ahead), and a few
 * cities abroad for threats against activists in the diaspora.
 */
final class SyntheticPlaces {

    /** A governorate: its capital's coordinates, how many of its people have Kurdish names, towns and protest sites. */
    record Governorate(String code, Bilingual name, double weight, double latitude, double longitude,
                       double kurdishShare, List<Bilingual> towns, List<Bilingual> protestSites) {

        /** The capital, where protests gather. */
        Bilingual capital() {
            return towns.get(0);
        }

        boolean kurdistanRegion() {
            return KURDISTAN_REGION.contains(code);
        }
    }

    /** A city abroad and its ISO country code. */
    record Abroad(String country, Bilingual city) {
    }

    static final Set<String> KURDISTAN_REGION = Set.of("AR", "SU", "DA", "HA");

    private static final List<Bilingual> GENERIC_SITES = Bilingual.lines("""
            أمام مبنى المحافظة = outside the governorate building
            قرب مقر مجلس المحافظة = near the provincial council building
            في الشارع الرئيسي = on the main street
            """);

    static final List<Governorate> ALL = List.of(
            governorate("BG", "بغداد = Baghdad", 24, 33.3152, 44.3661, 0.01, """
                    بغداد = Baghdad
                    الكرادة = Karrada
                    مدينة الصدر = Sadr City
                    الكاظمية = Kadhimiya
                    الأعظمية = Adhamiya
                    البتاوين = Bataween
                    حي الشعب = al-Shaab
                    المنصور = Mansour
                    الدورة = Dora
                    الزعفرانية = Zafaraniya
                    """, """
                    في ساحة التحرير = in Tahrir Square
                    على جسر السنك = on Sinak Bridge
                    على جسر الجمهورية = on Jumhuriya Bridge
                    في ساحة الخلاني = in Khallani Square
                    في ساحة الطيران = in Tayaran Square
                    """),
            governorate("BA", "البصرة = Basra", 12, 30.5085, 47.7804, 0.01, """
                    البصرة = Basra
                    العشار = Ashar
                    الزبير = Zubair
                    أبو الخصيب = Abu al-Khasib
                    القرنة = Qurna
                    الهارثة = Hartha
                    """, """
                    في ساحة البحرية = in Bahriya Square
                    """),
            governorate("NI", "نينوى = Nineveh", 3, 36.3450, 43.1450, 0.08, """
                    الموصل = Mosul
                    تلعفر = Tal Afar
                    سنجار = Sinjar
                    الحمدانية = Hamdaniya
                    القيارة = Qayyarah
                    """, ""),
            governorate("AR", "أربيل = Erbil", 2, 36.1911, 44.0092, 0.85, """
                    أربيل = Erbil
                    كويه = Koya
                    شقلاوة = Shaqlawa
                    سوران = Soran
                    مخمور = Makhmour
                    """, ""),
            governorate("SU", "السليمانية = Sulaymaniyah", 3, 35.5613, 45.4305, 0.9, """
                    السليمانية = Sulaymaniyah
                    رانية = Ranya
                    جمجمال = Chamchamal
                    كلار = Kalar
                    سيد صادق = Sayid Sadiq
                    قلعة دزة = Qaladze
                    """, """
                    في ساحة السراي = in Saray Square
                    """),
            governorate("DA", "دهوك = Duhok", 1, 36.8669, 42.9503, 0.85, """
                    دهوك = Duhok
                    زاخو = Zakho
                    العمادية = Amadiya
                    سيميل = Semel
                    """, ""),
            governorate("HA", "حلبجة = Halabja", 1, 35.1778, 45.9861, 0.95, """
                    حلبجة = Halabja
                    خورمال = Khurmal
                    سيروان = Sirwan
                    بيارة = Biyara
                    """, ""),
            governorate("KI", "كركوك = Kirkuk", 2, 35.4681, 44.3922, 0.3, """
                    كركوك = Kirkuk
                    الحويجة = Hawija
                    داقوق = Daquq
                    دبس = Dibis
                    """, ""),
            governorate("DI", "ديالى = Diyala", 2, 33.7466, 44.6437, 0.08, """
                    بعقوبة = Baqubah
                    المقدادية = Muqdadiya
                    خانقين = Khanaqin
                    بلدروز = Balad Ruz
                    """, ""),
            governorate("AN", "الأنبار = Anbar", 2, 33.4258, 43.2990, 0.0, """
                    الرمادي = Ramadi
                    الفلوجة = Fallujah
                    هيت = Hit
                    حديثة = Haditha
                    القائم = al-Qaim
                    """, ""),
            governorate("SD", "صلاح الدين = Salah al-Din", 2, 34.6071, 43.6782, 0.01, """
                    تكريت = Tikrit
                    سامراء = Samarra
                    بيجي = Baiji
                    بلد = Balad
                    """, ""),
            governorate("BB", "بابل = Babil", 5, 32.4637, 44.4196, 0.0, """
                    الحلة = Hillah
                    المسيب = Musayyib
                    الهاشمية = Hashimiya
                    المحاويل = Mahawil
                    """, ""),
            governorate("KA", "كربلاء = Karbala", 7, 32.6160, 44.0249, 0.0, """
                    كربلاء = Karbala
                    عين التمر = Ain al-Tamr
                    الهندية = Hindiya
                    الحر = al-Hurr
                    """, """
                    في ساحة التربية = in Tarbiya Square
                    """),
            governorate("NA", "النجف = Najaf", 7, 32.0259, 44.3462, 0.0, """
                    النجف = Najaf
                    الكوفة = Kufa
                    المناذرة = Manathira
                    المشخاب = Mishkhab
                    """, """
                    في ساحة الصدرين = in Sadrain Square
                    """),
            governorate("QA", "القادسية = Qadisiyah", 5, 31.9929, 44.9252, 0.0, """
                    الديوانية = Diwaniyah
                    عفك = Afak
                    الشامية = Shamiya
                    الحمزة = Hamza
                    """, ""),
            governorate("WA", "واسط = Wasit", 4, 32.5128, 45.8182, 0.02, """
                    الكوت = Kut
                    الحي = al-Hai
                    الصويرة = Suwaira
                    النعمانية = Numaniya
                    """, ""),
            governorate("MA", "ميسان = Maysan", 4, 31.8356, 47.1440, 0.0, """
                    العمارة = Amarah
                    المجر الكبير = Majar al-Kabir
                    علي الغربي = Ali al-Gharbi
                    قلعة صالح = Qalat Salih
                    """, ""),
            governorate("DQ", "ذي قار = Dhi Qar", 14, 31.0439, 46.2576, 0.0, """
                    الناصرية = Nasiriyah
                    الشطرة = Shatra
                    سوق الشيوخ = Suq al-Shuyukh
                    الرفاعي = Rifai
                    الغراف = Gharraf
                    """, """
                    في ساحة الحبوبي = in Habboubi Square
                    على جسر الزيتون = on Zaitoun Bridge
                    على جسر النصر = on Nasr Bridge
                    """),
            governorate("MU", "المثنى = Muthanna", 3, 31.3099, 45.2803, 0.0, """
                    السماوة = Samawah
                    الرميثة = Rumaitha
                    الخضر = al-Khidr
                    """, ""));

    static final List<Abroad> ABROAD = List.of(
            new Abroad("TR", new Bilingual("إسطنبول", "Istanbul")), new Abroad("DE", new Bilingual("برلين", "Berlin")),
            new Abroad("GB", new Bilingual("لندن", "London")), new Abroad("SE", new Bilingual("مالمو", "Malmö")),
            new Abroad("JO", new Bilingual("عمّان", "Amman")));

    private static final Weighted<Governorate> BY_INCIDENTS = weighted();

    private SyntheticPlaces() {
    }

    static Governorate pick(Random random) {
        return BY_INCIDENTS.pick(random);
    }

    static Governorate of(String code) {
        return ALL.stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no governorate " + code));
    }

    /** Where a protest gathers in the governorate: a known square or bridge, or a site any town has. */
    static Bilingual protestSite(Random random, Governorate governorate) {
        boolean known = !governorate.protestSites().isEmpty() && Weighted.chance(random, 0.75);
        return Weighted.any(random, known ? governorate.protestSites() : GENERIC_SITES);
    }

    private static Governorate governorate(String code, String name, double weight, double latitude, double longitude,
                                           double kurdishShare, String towns, String protestSites) {
        return new Governorate(code, Bilingual.lines(name).get(0), weight, latitude, longitude, kurdishShare,
                Bilingual.lines(towns), Bilingual.lines(protestSites));
    }

    private static Weighted<Governorate> weighted() {
        Weighted<Governorate> weighted = new Weighted<>();
        ALL.forEach(g -> weighted.add(g, g.weight()));
        return weighted;
    }
}
