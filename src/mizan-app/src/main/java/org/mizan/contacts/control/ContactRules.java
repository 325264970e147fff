package org.mizan.contacts.control;

import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.ContactReach;
import org.mizan.contacts.entity.Relationship;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.InvalidInput.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a contact, a consent decision and a logged conversation must satisfy. Messages name the
 * field and the rule, never the value: a phone number must not come back in an error.
 */
public final class ContactRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{7,24}");
    private static final int MAX_ENTRIES = 5;

    private ContactRules() {
    }

    public static void check(ContactDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "personId", draft.personId());
        required(errors, "reaches", draft.reaches());
        required(errors, "relationship", draft.relationship());
        required(errors, "riskLevel", draft.riskLevel());
        if (draft.reaches() == ContactReach.FAMILY && draft.relationship() == Relationship.SELF) {
            errors.add(new FieldError("relationship", "contact.relationship.family"));
        }
        ContactDetails details = draft.details();
        if (details == null || details.name() == null || details.name().isBlank()) {
            errors.add(new FieldError("name", "validation.required"));
        } else {
            text(errors, "name", details.name(), 200);
            text(errors, "address", details.address(), 500);
            text(errors, "protectiveMeasures", details.protectiveMeasures(), 2000);
            text(errors, "notes", details.notes(), 4000);
            entries(errors, "phones", details.phones(), 24);
            entries(errors, "messengers", details.messengers(), 100);
            for (String phone : details.phones()) {
                if (!Masking.looksMasked(phone) && !PHONE.matcher(phone).matches()) {
                    errors.add(new FieldError("phones", "contact.phone.invalid"));
                    break;
                }
            }
        }
        fail(errors);
    }

    /** The latest date anywhere on earth: a date after it is in the future wherever the user is. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.ofHours(14)));
    }

    public static void check(ConsentDraft draft, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "consent", draft.consent());
        required(errors, "decision", draft.decision());
        required(errors, "decidedOn", draft.decidedOn());
        required(errors, "method", draft.method());
        if (draft.givenBy() == null || draft.givenBy().isBlank()) {
            errors.add(new FieldError("givenBy", "validation.required"));
        }
        text(errors, "givenBy", draft.givenBy(), 200);
        notAfter(errors, "decidedOn", draft.decidedOn(), today);
        fail(errors);
    }

    public static void check(ConversationDraft draft, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "occurredOn", draft.occurredOn());
        required(errors, "channel", draft.channel());
        for (String[] field : new String[][]{{"participants", draft.participants()}, {"summary", draft.summary()}}) {
            if (field[1] == null || field[1].isBlank()) {
                errors.add(new FieldError(field[0], "validation.required"));
            }
        }
        text(errors, "participants", draft.participants(), 500);
        text(errors, "summary", draft.summary(), 8000);
        notAfter(errors, "occurredOn", draft.occurredOn(), today);
        if (!draft.followUpNeeded() && draft.followUpBy() != null) {
            errors.add(new FieldError("followUpBy", "contact.followUp.notNeeded"));
        }
        fail(errors);
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (Masking.looksMasked(value)) {
            errors.add(new FieldError(field, "contact.masked"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    private static void entries(List<FieldError> errors, String field, List<String> values, int max) {
        if (values.size() > MAX_ENTRIES) {
            errors.add(new FieldError(field, "contact.tooMany", MAX_ENTRIES));
        }
        for (String value : values) {
            if (value == null || value.isBlank() || value.contains("\n")) {
                errors.add(new FieldError(field, "contact.entry.invalid"));
                return;
            }
            text(errors, field, value, max);
        }
    }

    private static void notAfter(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, "contact.date.future"));
        }
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
