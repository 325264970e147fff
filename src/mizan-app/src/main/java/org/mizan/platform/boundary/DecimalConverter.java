package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;

import java.math.BigDecimal;

/**
 * A decimal number as people type it: {@code 33.3}, or {@code ٣٣٫٣} with Arabic-Indic digits and the Arabic decimal
 * separator (the year fields took ٢٠٢٠ while the coordinates refused ٣٣٫٣). Shown back in Western digits.
 */
@Named
@ApplicationScoped
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String western = TypedDates.western(value.strip()).replace('\u066B', '.').replace('\u2212', '-');
        try {
            return new BigDecimal(western);
        } catch (NumberFormatException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
