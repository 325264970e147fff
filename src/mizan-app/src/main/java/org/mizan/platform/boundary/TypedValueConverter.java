package org.mizan.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.mizan.platform.control.Messages;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.function.Function;

/**
 * A field's text read the way people type it ({@link TypedDates}) and shown in one form; what cannot be read is refused
 * with a message in the page's language, and the text stays in the field to be corrected.
 */
abstract class TypedValueConverter<T extends TemporalAccessor> implements Converter<T> {

    private final Function<String, Optional<T>> reading;
    private final DateTimeFormatter shown;
    private final String refusal;

    TypedValueConverter(Function<String, Optional<T>> reading, DateTimeFormatter shown, String refusal) {
        this.reading = reading;
        this.shown = shown;
        this.refusal = refusal;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return reading.apply(value).orElseThrow(() -> {
            String text = Messages.in(context.getViewRoot().getLocale()).get(refusal);
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : shown.format(value);
    }
}
