package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Named;

import java.time.LocalDateTime;

/** A date-and-time field's text as a wall-clock time ({@link TypedDates}); the page says in which zone. */
@Named
@ApplicationScoped
public class DateTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.dateTime(value).orElseThrow(() -> DateConverter.refused(context, "date.time.invalid"));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : TypedDates.DATE_TIME.format(value);
    }
}
