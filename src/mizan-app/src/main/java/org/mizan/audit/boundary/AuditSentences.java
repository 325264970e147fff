package org.mizan.audit.boundary;

import org.mizan.audit.entity.AuditDetails;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.Text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * An audit entry's details as a sentence in the reader's language. Structured details ({@link AuditDetails}) fill the
 * action's pattern {@code audit.detail.<ACTION>}, which may also name the entry's {@code {target}} and choose by its
 * {@code {outcome}}; each value that could mix scripts is isolated (FSI … PDI) so that "1234/ج/2020" keeps its order
 * in an Arabic sentence. An action without a pattern lists its facts as they are; free text written before details
 * were structured is shown unchanged.
 */
final class AuditSentences {

    static final String PATTERN = "audit.detail.";
    /** Codes for the patterns' choices ({@code wrong_password}) plain Latin words and digits need no isolate, and must not get one. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    /** The facts that are quantities, formatted as numbers for the plural rules; ids and versions stay as written. */
    private static final Set<String> QUANTITIES = Set.of("size", "pages", "count", "rows");

    /** The facts that are codes with a label of their own. */
    private static final Map<String, String> LABELS = Map.of("kind", "report.kind.", "audience", "report.audience.",
            "lang", "language.", "risk", "contacts.risk.");

    private final Messages messages;

    AuditSentences(Messages messages) {
        this.messages = messages;
    }

    String of(AuditEntry entry) {
        return of(entry.getAction(), entry.getOutcome().name(), entry.getTarget(), entry.getDetails());
    }

    String of(String action, String outcome, String target, String details) {
        Optional<Map<String, String>> facts = AuditDetails.parse(details);
        if (details != null && facts.isEmpty()) {
            return details;
        }
        Map<String, String> given = facts.orElse(Map.of());
        if (messages.has(PATTERN + action)) {
            Map<String, Object> arguments = new HashMap<>();
            given.forEach((name, value) -> arguments.put(name, shown(name, value)));
            arguments.put("target", target == null ? "" : shown("target", target.substring(target.indexOf(':') + 1)));
            arguments.put("outcome", outcome);
            return messages.getNamed(PATTERN + action, arguments, messages.get(PATTERN + "none"));
        }
        StringJoiner listed = new StringJoiner("; ");
        given.forEach((name, value) -> listed.add(name + ": " + shown(name, value)));
        return listed.toString();
    }

    private Object shown(String name, String value) {
        if (QUANTITIES.contains(name) && NUMBER.matcher(value).matches()) {
            return Long.parseLong(value);
        }
        String label = LABELS.get(name);
        if (label != null && messages.has(label + value)) {
            return Text.isolated(messages.get(label + value));
        }
        if ("fields".equals(name)) {
            return Text.isolated(fieldLabels(value));
        }
        return CODE.matcher(value).matches() ? value : Text.isolated(value);
    }

    /** A list of a case's field names, each by its label in the reader's language where it has one. */
    private String fieldLabels(String names) {
        StringJoiner labels = new StringJoiner(messages.get("list.separator"));
        for (String name : names.split(",")) {
            String key = "cases.field." + name.strip();
            labels.add(messages.has(key) ? messages.get(key) : name.strip());
        }
        return labels.toString();
    }
}
