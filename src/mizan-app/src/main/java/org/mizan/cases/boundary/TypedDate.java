package org.mizan.cases.boundary;

import org.mizan.cases.entity.PartialDate;
import org.mizan.platform.control.InvalidInput;

import java.util.List;

/** A date typed as year, month and day fields, any of them empty (on the case page and the proceedings page). */
public final class TypedDate {

    private TypedDate() {
    }

    /** The date the fields say, or null: when none is typed, or when they are no date (then an error for {@code field}). */
    public static PartialDate parse(String field, Integer year, Integer month, Integer day, boolean approximate,
                             List<InvalidInput.FieldError> errors) {
        if (year == null) {
            if (month != null || day != null) {
                errors.add(new InvalidInput.FieldError(field, "case.date.yearRequired"));
            }
            return null;
        }
        if (day != null && month == null) {
            errors.add(new InvalidInput.FieldError(field, "cases.date.dayNeedsMonth"));
            return null;
        }
        if (year < PartialDate.FIRST_YEAR || year > PartialDate.LAST_YEAR) {
            errors.add(new InvalidInput.FieldError(field, "case.date.yearRange", PartialDate.FIRST_YEAR, PartialDate.LAST_YEAR));
            return null;
        }
        try {
            return new PartialDate(year, month, day, approximate);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.FieldError(field, "case.date.invalid"));
            return null;
        }
    }
}
