package org.mizan.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import org.mizan.platform.control.Messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code h:outputFormat} the way every other text of Mizan is formatted: by ICU's rules for the page's language (plural
 * forms, Western digits; {@link Messages}), where JSF would use the JDK's MessageFormat. Each text argument is wrapped in
 * Unicode isolates (FSI … PDI), so that a date, a file number or a Latin name keeps its own order inside an Arabic or
 * Kurdish sentence: "2026-12-07" no longer comes out as "07-12-2026", nor "1234/ج/2020" as "1234/2020/ج". Numbers
 * stay numbers, for the plural rules.
 */
public class IsolatingFormatRenderer extends Renderer {

    static final char FIRST_STRONG_ISOLATE = '\u2068';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // The f:param children are the arguments, not output.
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        Map<String, Object> attributes = component.getAttributes();
        Object pattern = attributes.get("value");
        if (pattern == null) {
            return;
        }
        String text = Messages.in(context.getViewRoot().getLocale()).format(pattern.toString(), arguments(component).toArray());
        ResponseWriter writer = context.getResponseWriter();
        String styleClass = (String) attributes.get("styleClass");
        String style = (String) attributes.get("style");
        boolean named = component.getId() != null && !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
        boolean span = named || styleClass != null || style != null;
        if (span) {
            writer.startElement("span", component);
            if (named) {
                writer.writeAttribute("id", component.getClientId(context), "id");
            }
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, "styleClass");
            }
            if (style != null) {
                writer.writeAttribute("style", style, "style");
            }
        }
        if (Boolean.FALSE.equals(attributes.get("escape"))) {
            writer.write(text);
        } else {
            writer.writeText(text, component, "value");
        }
        if (span) {
            writer.endElement("span");
        }
    }

    static List<Object> arguments(UIComponent component) {
        List<Object> arguments = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIParameter parameter && !parameter.isDisable()) {
                arguments.add(isolated(parameter.getValue()));
            }
        }
        return arguments;
    }

    static Object isolated(Object value) {
        return value == null || value instanceof Number ? value : FIRST_STRONG_ISOLATE + value.toString() + POP_DIRECTIONAL_ISOLATE;
    }
}
