package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;
import org.mizan.platform.control.Messages;

import java.time.LocalDate;

/** A date field's text as a date ({@link TypedDates}); what is no date is refused in the page's language. */
@Named
@ApplicationScoped
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedDates.date(value).orElseThrow(() -> refused(context, "date.invalid"));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : TypedDates.DATE.format(value);
    }

    static ConverterException refused(FacesContext context, String key) {
        String text = Messages.in(context.getViewRoot().getLocale()).get(key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
