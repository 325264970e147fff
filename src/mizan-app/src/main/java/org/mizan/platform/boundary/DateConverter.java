package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.LocalDate;

/** A date field's text as a date: 2020-08-19, 19/8/2020, in any digits. */
@Named
@ApplicationScoped
public class DateConverter extends TypedValueConverter<LocalDate> {

    public DateConverter() {
        super(TypedDates::date, TypedDates.DATE, "date.invalid");
    }
}
