package org.mizan.memorial.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.control.ReferenceLabels;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.memorial.control.MemorialData.Counted;
import org.mizan.memorial.control.MemorialData.Justice;
import org.mizan.memorial.control.MemorialData.JusticeState;
import org.mizan.memorial.control.MemorialData.Victim;
import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.AgeGroup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemorialSiteTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    static List<SiteLanguage> languages() {
        ReferenceLabels labels = new ReferenceLabels(Map.of("KILLING", "Killing"), Map.of("BG", "Baghdad"));
        return Messages.SUPPORTED.stream().map(l -> new SiteLanguage(l.getLanguage(), Messages.in(l), labels)).toList();
    }

    static Victim victim(long id, String arabic, String latin, String text, byte[] photo) {
        return new Victim(id, MemorialGathering.slug(id), arabic, latin, AgeGroup.of(24), List.of(Occupation.JOURNALIST),
                new PartialDate(2019, 11, 3, false), "BG", Set.of("KILLING"), Fate.KILLED, text == null ? Map.of() : Map.of("en", text),
                photo, new Justice(JusticeState.NO_ARREST, 2_592, org.mizan.legal.control.CaseVerdict.NONE), NOW);
    }

    private static Map<String, byte[]> site(List<Victim> named, int counted) {
        List<Counted> all = new ArrayList<>();
        for (int i = 0; i < counted; i++) {
            all.add(new Counted(2019 + i % 3, i % 2 == 0 ? "BG" : null, Set.of("KILLING"), JusticeState.values()[i % 4]));
        }
        return MemorialSite.write(new MemorialData(NOW, "Iraqi Families Network", "corrections@example.org", named, all), languages());
    }

    @Test
    void everyLanguageHasEveryPageWithItsDirectionAndASwitch() throws Exception {
        Victim v = victim(7, "صفاء السراي", "Safaa al-Saray", "He was shot at the sit-in.", LeakScannerTest.jpeg(false));
        Map<String, byte[]> site = site(List.of(v), 5);
        for (String lang : List.of("en", "ar", "ckb")) {
            for (String page : List.of("index.html", "governorates.html", "types.html", "figures.html", "about.html", v.slug() + ".html")) {
                String html = text(site, lang + "/" + page);
                assertTrue(html.contains("<html lang=\"" + lang + "\" dir=\"" + ("en".equals(lang) ? "ltr" : "rtl") + "\""), page);
                for (String other : List.of("en", "ar", "ckb")) {
                    assertTrue(html.contains("href=\"../" + other + "/" + page + "\""), lang + "/" + page + " switches to " + other);
                }
            }
            assertTrue(text(site, lang + "/feed.atom").contains("<entry><title>"), lang);
        }
        String page = text(site, "en/" + v.slug() + ".html");
        assertTrue(page.contains("Safaa al-Saray") && page.contains("صفاء السراي"), page);
        assertTrue(page.contains("He was shot at the sit-in."), "the approved text");
        assertTrue(page.contains("2,592 days") || page.contains("2592 days"), "the impunity clock in days: " + page);
        assertTrue(page.contains("Journalist") && page.contains("20–29") && page.contains("Baghdad"), page);
        assertTrue(page.contains("src=\"../photos/" + v.slug() + ".jpg\" alt=\""), "the photo, with a text alternative");
        assertNotNull(site.get("photos/" + v.slug() + ".jpg"));
        assertTrue(text(site, "ar/" + v.slug() + ".html").contains("<h1>صفاء السراي</h1>"), "the Arabic name first in Arabic");
        assertTrue(text(site, "en/about.html").contains("corrections@example.org"));
    }

    @Test
    void aVictimsPageSaysWhatTheCourtsDecided() {
        Victim acquitted = new Victim(9, MemorialGathering.slug(9), "علي", "Ali Karim", AgeGroup.of(30), List.of(), new PartialDate(2020, 2, 1, false),
                "BG", Set.of("KILLING"), Fate.KILLED, Map.of(), null, new Justice(JusticeState.FINAL_VERDICT, 1_200,
                new org.mizan.legal.control.CaseVerdict(org.mizan.legal.entity.VerdictKind.ACQUITTAL, true)), NOW);
        Victim untried = victim(10, "حسن", "Hassan Ali", null, null);
        Map<String, byte[]> site = site(List.of(acquitted, untried), 2);
        assertTrue(text(site, "en/" + acquitted.slug() + ".html").contains("Acquitted after a conviction was annulled"));
        assertTrue(text(site, "ar/" + acquitted.slug() + ".html").contains("البراءة بعد نقض حكم بالإدانة"));
        assertFalse(text(site, "en/" + untried.slug() + ".html").contains("Verdict"), "no verdict line before any verdict");
    }

    @Test
    void theFiguresAreChartImagesWhoseTextAlternativeReadsEveryBar() throws Exception {
        Map<String, byte[]> site = site(List.of(), 6);
        for (String lang : List.of("en", "ar", "ckb")) {
            String figures = text(site, lang + "/figures.html");
            for (String chart : List.of("year", "governorate", "type", "justice")) {
                String svg = text(site, lang + "/chart-" + chart + ".svg");
                javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))); // well-formed, or it throws
                assertEquals("en".equals(lang), !svg.contains("direction=\"rtl\""), lang + ": right-to-left charts are mirrored");
                assertTrue(figures.contains("<img class=\"chart\" src=\"chart-" + chart + ".svg\" alt=\""), lang + " shows " + chart);
            }
        }
        // Six victims of 2019, 2020 and 2021 in turn: two a year, read out in the image's text alternative and in the table.
        String english = text(site, "en/figures.html");
        assertTrue(english.contains("alt=\"Bar chart — By year: 2021: 2, 2020: 2, 2019: 2.\""), english);
        assertTrue(english.contains("<th scope=\"row\">2019</th><td>2</td>"), english);
        assertTrue(text(site, "en/chart-year.svg").contains(">2019</text>"));
    }

    @Test
    void theSiteHasNoScriptAndNoLinkOutOfItsFolder() {
        Map<String, byte[]> site = site(List.of(victim(1, "نرجس", "Narjis Fadhil", null, null)), 3);
        site.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase();
            assertFalse(text.contains("<script") || text.contains("javascript:") || EVENT_HANDLER.matcher(text).find(), path);
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                assertFalse(target.contains("://") || target.startsWith("/"), path + " links out: " + target);
            }
        });
    }

    @Test
    void unnamedVictimsAreOnlyCountedAndAThousandNamesKeepEveryPageSmall() {
        List<Victim> named = new ArrayList<>();
        for (long i = 0; i < 1000; i++) {
            named.add(victim(i, "اسم طويل جدا للاختبار رقم " + i, "A rather long test name number " + i, "Text " + i, null));
        }
        Map<String, byte[]> site = site(named, 1500);
        // The check against a database's worth of secrets: 5,000 other persons, 2,000 phones, 500 usernames and references.
        List<String> others = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            others.add("شخص آخر غير موافق " + i);
            others.add("Another unconsented person " + i);
            phones.add(i < 2000 ? "+964 771 " + (1_000_000 + i) : "0");
            words.add(i < 500 ? "user" + i : "MZN-2020-" + i);
        }
        List<String> published = named.stream().flatMap(v -> java.util.stream.Stream.of(v.nameArabic(), v.nameLatin())).toList();
        List<LeakScanner.Finding> findings = new LeakScanner(new LeakScanner.Secrets(phones, List.of(), others, words.subList(0, 500),
                words.subList(500, 5000), published)).scan(site);
        // How long this takes is the memorial benchmark's to say (-Dbenchmark=memorial), over the server's real path.
        assertEquals(List.of(), findings);
        assertEquals(2 + 3 * (1000 + 6 + 4), site.size(), "the chooser, the stylesheet and every language's pages and charts");
        site.forEach((path, bytes) -> assertTrue(bytes.length < 200_000, path + " is " + bytes.length + " bytes"));
        assertTrue(text(site, "en/figures.html").contains("<td>1500</td>"), "every victim counted, named or not");
        assertTrue(text(site, "en/index.html").contains("1,500 victims are counted here. 1,000 are named"), text(site, "en/index.html"));
    }

    private static String text(Map<String, byte[]> site, String path) {
        byte[] bytes = site.get(path);
        assertNotNull(bytes, path);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
