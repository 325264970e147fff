package org.mizan.legal.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.mizan.platform.control.Messages;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hearing feed: octet folding that keeps Arabic and Kurdish intact, and events that a strict parser reads back. */
class CalendarFeedRenderingTest {

    private static final String COURT = "محكمة جنايات الرصافة الأولى – الهيئة الثانية، بغداد، جانب الرصافة، قرب ساحة الطيران";
    private static final String PURPOSE = "الاستماع إلى شهود الدفاع; ومناقشة تقرير الطب العدلي, والنظر في طلب الإفراج بكفالة";

    @Test
    void everyPhysicalLineIsAtMost75OctetsAndNoCharacterIsSplit() {
        String line = "LOCATION:" + COURT + " 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 " + "ک".repeat(50);
        String folded = ContentLines.fold(line + "\r\n");
        assertTrue(folded.endsWith("\r\n"));
        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= ContentLines.MAX_OCTETS, physical);
            // A split surrogate pair or character would not survive a UTF-8 round trip.
            assertEquals(physical, new String(physical.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        assertTrue(folded.split("\r\n").length > 3, "long Arabic lines are folded by octets, not by characters");
        assertEquals(line + "\r\n", folded.replace("\r\n ", ""), "unfolding gives back the line exactly");
    }

    @Test
    void shortLinesAreLeftAlone() {
        assertEquals("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ContentLines.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        String exactly75 = "X".repeat(75);
        assertEquals(exactly75 + "\r\n", ContentLines.fold(exactly75));
        assertEquals("X".repeat(75) + "\r\n X\r\n", ContentLines.fold("X".repeat(76)));
    }

    @Test
    void theFeedParsesStrictlyWithArabicAndPunctuationIntact() throws Exception {
        Instant start = Instant.parse("2027-03-14T07:30:00Z");
        Instant changed = Instant.parse("2026-11-20T10:15:30Z");
        String ics = HearingCalendar.render(List.of(
                new FeedHearing(42, "MZN-2026-0042", start, COURT, PURPOSE, 3, changed),
                new FeedHearing(43, "MZN-2026-0043", start.plusSeconds(86_400), "محكمة التمييز الاتحادية", null, 0, changed)),
                Messages.in(Locale.forLanguageTag("ar")));

        for (String physical : ics.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertTrue(ics.contains("\\;") && ics.contains("\\,"), "TEXT values are escaped");

        // Strict parsing: the default builder unfolds by the RFC (CRLF + one space or tab), nothing relaxed.
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals("hearing-42@mizan", value(first, Property.UID));
        assertEquals("20270314T073000Z", value(first, Property.DTSTART), "DTSTART in UTC");
        assertEquals("PT2H", value(first, Property.DURATION));
        assertEquals("20261120T101530Z", value(first, Property.DTSTAMP));
        assertEquals("3", value(first, Property.SEQUENCE));
        assertEquals(COURT, first.getProperty(Property.LOCATION).orElseThrow().getValue(), "Arabic court name intact");
        assertEquals("MZN-2026-0042 – " + PURPOSE, first.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(value(first, Property.DESCRIPTION).contains("MZN-2026-0042"));
        assertEquals("MZN-2026-0043 – جلسة", events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue(),
                "no purpose: the word for hearing, in the feed's language");
        assertEquals("ميزان: جلساتي", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
    }

    @Test
    void anEmptyFeedIsStillAValidCalendar() throws Exception {
        String ics = HearingCalendar.render(List.of(), Messages.in(Locale.ENGLISH));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertTrue(calendar.getComponents(VEvent.VEVENT).isEmpty());
        assertEquals(HearingCalendar.PRODUCT, value(calendar, Property.PRODID));
        assertFalse(ics.contains("\n\n"));
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }
}
