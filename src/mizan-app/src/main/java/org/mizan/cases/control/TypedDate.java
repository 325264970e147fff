package org.mizan.cases.control;

import org.mizan.cases.entity.PartialDate;
import org.mizan.platform.control.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * A partial date in its parts, as it is typed and sent: a page's year, month and day fields, or the JSON of a
 * request and its reply ({@code {"year": 2019, "month": 10, "approximate": true}}): year alone, year and month, or
 * a full date; {@code approximate} when the source is vague. What is typed is checked here, for the case pages,
 * the proceedings pages and the API alike, before it becomes a {@link PartialDate}.
 */
public record TypedDate(Integer year, Integer month, Integer day, Boolean approximate) {

    public static TypedDate of(PartialDate date) {
        return date == null ? null : new TypedDate(date.year(), date.month(), date.day(), date.approximate());
    }

    /** The date a request sent, which must have at least a year; otherwise the reason, for {@code field}. */
    public PartialDate toPartialDate(String field) {
        if (year == null) {
            throw new InvalidInput(field, "case.date.yearRequired");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        PartialDate date = checked(field, year, month, day, Boolean.TRUE.equals(approximate), errors);
        if (date == null) {
            throw new InvalidInput(errors);
        }
        return date;
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
        return checked(field, year, month, day, approximate, errors);
    }

    private static PartialDate checked(String field, int year, Integer month, Integer day, boolean approximate,
                                       List<InvalidInput.FieldError> errors) {
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
