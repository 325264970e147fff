package org.mizan.evidence.entity;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an item was stored but not inspected (or, for {@link #TEXT_CUT}, what to know about an
 * inspection). The item keeps the English note, as the audit trail keeps English; pages show it in
 * their language through the message {@code evidence.inspection.reason.<NAME>} with the same
 * arguments, which {@link #recognise} recovers from the note.
 */
public enum InspectionReason {
    NOT_INSTALLED("inspector not installed"),
    TOO_LARGE("larger than the inspection limit ({0})"),
    TIMED_OUT("timed out after {0} s"),
    OUT_OF_MEMORY("needed more than {0} of memory"),
    DISK_LIMIT("needed more temporary disk space than allowed"),
    OUTPUT_TOO_LARGE("the inspector said more than allowed"),
    FAILED("the inspector failed"),
    UNREADABLE("damaged, or of a kind that cannot be read"),
    ENCRYPTED("encrypted"),
    ZIP_BOMB("zip bomb suspected"),
    XML_BOMB("XML entity expansion or nesting beyond the limits"),
    NESTED_TOO_DEEP("nested archives deeper than {0}"),
    POLYGLOT_ZIP("polyglot: also a ZIP archive"),
    POLYGLOT_PDF("polyglot: also a PDF document"),
    POLYGLOT("polyglot: also another format"),
    NOT_SAVED("the findings could not be saved"),
    TEXT_CUT("text cut at {0} characters");

    private final String english;

    InspectionReason(String english) {
        this.english = english;
    }

    /** The note kept on the item. */
    public String note(Object... arguments) {
        return arguments.length == 0 ? english : new MessageFormat(english, Locale.ROOT).format(arguments);
    }

    /** The message key of this reason in the bundles. */
    public String key() {
        return "evidence.inspection.reason." + name();
    }

    /** A note read back: which reason, with which arguments, to show it in another language. */
    public record Recognised(InspectionReason reason, List<String> arguments) {
    }

    public static Optional<Recognised> recognise(String note) {
        if (note == null) {
            return Optional.empty();
        }
        for (InspectionReason reason : values()) {
            Matcher matcher = reason.pattern().matcher(note);
            if (matcher.matches()) {
                List<String> arguments = new ArrayList<>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    arguments.add(matcher.group(group));
                }
                return Optional.of(new Recognised(reason, arguments));
            }
        }
        return Optional.empty();
    }

    private Pattern pattern() {
        StringBuilder regex = new StringBuilder();
        String[] parts = english.split("\\{\\d}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("(.+)");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
