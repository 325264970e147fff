package org.mizan.reports.control;

import org.mizan.platform.control.Messages;
import org.mizan.reports.entity.RedactedParty;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The small wording helpers every report needs: enum labels from the bundles, times in one fixed form, lines joined
 * from the parts that exist, and values kept whole inside right-to-left lines. Dates and times are ISO (yyyy-MM-dd),
 * times UTC, with Latin digits in every edition so they match the pages and the audit log.
 */
public final class ReportText {

    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";
    private static final String LRM = "\u200E";
    private static final String RLM = "\u200F";
    /** An FSI after anything but another bidi control: after the start of the line or a control it needs no guard. */
    private static final Pattern UNGUARDED_ISOLATE = Pattern.compile("(?<=[^\u200E\u200F\u2066-\u2069])\u2068");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Messages messages;

    ReportText(Messages messages) {
        this.messages = messages;
    }

    /** The message with every text argument {@link #isolate isolated} in a right-to-left edition. */
    String get(String key, Object... arguments) {
        Object[] isolated = Arrays.stream(arguments).map(a -> a instanceof CharSequence value ? isolate(value.toString()) : a).toArray();
        return guard(messages.get(key, isolated));
    }

    /** {@code prefix.NAME} from the bundles, or null for a null value. */
    String label(String prefix, Enum<?> value) {
        return value == null ? null : messages.get(prefix + value.name());
    }

    /** The labels of {@code values} ({@code prefix.NAME}) joined as a list in the edition's language, or null when empty. */
    String labels(String prefix, List<? extends Enum<?>> values) {
        return values.isEmpty() ? null
                : values.stream().map(value -> label(prefix, value)).collect(Collectors.joining(messages.get("list.separator")));
    }

    /** The formatted message, or null when its only argument is null or blank. */
    String optional(String key, Object argument) {
        return argument == null || argument.toString().isBlank() ? null : get(key, argument);
    }

    /**
     * A value (a name, initials, a date, an age band, a file number, a code) kept in its own order inside a line of a
     * right-to-left edition, and a value with right-to-left letters inside a left-to-right one. Without it the bidi algorithm reads the value's
     * characters as part of the Arabic sentence: the final period of "H. H." ends up on its left, and the digits of
     * "40–49" or "2019-10-25", following Arabic letters, count as Arabic numbers, between which a dash separates
     * nothing, so they print as "49–40". A first-strong isolate (FSI … PDI) gives the value the direction of its
     * own first letter, left to right when it has none.
     * <p>
     * JasperReports' glyph renderer draws the invisible controls as spaces (a space's width although the layout gave
     * them none), which pushes apart the glyphs of their own run that follow them on the page. A control is harmless
     * where it is the last glyph drawn in its run, or alone in one: the RLM after the PDI keeps the PDI at the right
     * end of the following run (or makes it a run of its own in a left-to-right line), and {@link #guard} puts an LRM
     * before the FSI so that the FSI stands alone between two left-to-right runs.
     */
    String isolate(String value) {
        if (value == null) {
            return null;
        }
        if (Messages.isRightToLeft(messages.locale())) {
            return FSI + value + PDI + RLM;
        }
        // In a left-to-right edition only a value with right-to-left letters needs it (an Arabic name, "1234/ج/2020",
        // whose digits would otherwise join the Arabic run): Latin-only lines then stay free of invisible controls.
        return hasRightToLeft(value) ? FSI + value + PDI + LRM : value;
    }

    private static boolean hasRightToLeft(String value) {
        return value.codePoints().map(Character::getDirectionality).anyMatch(d -> d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    /**
     * A perpetrator as a report names them, with what is known of their part: "Rapid Response · kind: unit · carried
     * out · alleged". The certainty is never left out: an allegation must not read as a finding.
     */
    ReportItem perpetrator(RedactedParty p) {
        String kind = label("cases.perpetratorKind.", p.perpetratorKind());
        String shown = name(p);
        String name = shown != null ? shown : kind != null ? kind : get("dossier.unnamed");
        return new ReportItem(name, join(" · ", shown != null ? kind : null,
                optional("dossier.involvement", label("cases.involvement.", p.involvement())),
                optional("dossier.certainty", label("cases.certainty.", p.certainty()))), p.notes());
    }

    /** The shown name of a party with each script's part {@link #isolate isolated}: "ح. ع. / H. A.". */
    String name(RedactedParty party) {
        return guard(party.shownName(this::isolate));
    }

    /**
     * {@code line} with an LRM before every isolate that does not start it (see {@link #isolate}). Not before one that
     * starts the line: a first strong letter, even an invisible one, sets the direction of the whole line.
     */
    static String guard(String line) {
        return line == null ? null : UNGUARDED_ISOLATE.matcher(line).replaceAll(LRM + FSI);
    }

    /** A time as every report and the verify page print it: UTC, minutes, Latin digits. */
    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /** The non-blank parts joined by {@code separator}, or null when there are none. */
    static String join(String separator, String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : guard(joined);
    }

    Messages messages() {
        return messages;
    }
}
