package org.mizan.reports.control;

import org.mizan.platform.control.Messages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The small wording helpers every report needs: enum labels from the bundles, times in one fixed form, and lines
 * joined from the parts that exist. Times are UTC with Latin digits in every edition so they match the audit log.
 */
public final class ReportText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Messages messages;

    ReportText(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** {@code prefix.NAME} from the bundles, or null for a null value. */
    String label(String prefix, Enum<?> value) {
        return value == null ? null : messages.get(prefix + value.name());
    }

    /** The formatted message, or null when its only argument is null or blank. */
    String optional(String key, Object argument) {
        return argument == null || argument.toString().isBlank() ? null : messages.get(key, argument);
    }

    /**
     * An ISO date or time kept whole inside a sentence of this edition. In a right-to-left sentence the bidi algorithm
     * takes digits after an Arabic letter for Arabic numbers, between which a hyphen is no separator, and prints
     * "2019-10-25" as "25-10-2019". A slash is a common separator, which joins Arabic numbers too: "2019/10/25" stays
     * one run, year first. (Marks and embeddings around the ISO form kept it whole, but JasperReports' glyph renderer
     * then moved a space across it.) A date alone on its line or leading it needs none of this.
     */
    String inSentence(String value) {
        return value != null && Messages.isRightToLeft(messages.locale()) ? value.replace('-', '/') : value;
    }

    /** A time as every report and the verify page print it: UTC, minutes, Latin digits. */
    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /** The non-blank parts joined by {@code separator}, or null when there are none. */
    static String join(String separator, String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    Messages messages() {
        return messages;
    }
}
