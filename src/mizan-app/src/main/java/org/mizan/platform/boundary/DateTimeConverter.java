package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.LocalDateTime;

/** A date-and-time field's text as a wall-clock time (2020-08-19 14:30); the page says in which zone. */
@Named
@ApplicationScoped
public class DateTimeConverter extends TypedValueConverter<LocalDateTime> {

    public DateTimeConverter() {
        super(TypedDates::dateTime, TypedDates.DATE_TIME, "date.time.invalid");
    }
}
