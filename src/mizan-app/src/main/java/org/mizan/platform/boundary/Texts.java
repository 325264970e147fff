package org.mizan.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Texts with arguments for the pages: {@code #{texts.format('key', count)}}. JSF's {@code h:outputFormat} formats with
 * the JDK's MessageFormat, which knows neither plural forms nor the digit style Mizan uses; this goes through
 * {@link org.mizan.platform.control.Messages} like every other text.
 */
@Named
@ApplicationScoped
public class Texts {

    public String format(String key, Object argument) {
        return PageMessages.text(key, argument);
    }
}
