package org.mizan.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Messages;

/** Messages shown on a page, in the page's language. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * One message per broken rule, attached to the component {@code formId:field} when it exists, else to the component
     * of the list the element belongs to ({@code parties[2].fate} to {@code parties}), else to the page.
     */
    public static void show(String formId, InvalidInput invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidInput.FieldError error : invalid.errors()) {
            add(component(faces, formId, error.field()), FacesMessage.SEVERITY_ERROR, error.messageKey(), error.arguments());
        }
        faces.validationFailed();
    }

    private static String component(FacesContext faces, String formId, String field) {
        String list = field.replaceAll("[\\[.].*$", "");
        for (String candidate : new String[]{formId + ":" + field, formId + ":" + list}) {
            if (faces.getViewRoot().findComponent(candidate) != null) {
                return candidate;
            }
        }
        return null;
    }

    public static void show(Conflict conflict) {
        error(conflict.messageKey(), conflict.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * In the language the user chose ({@link LocaleView}), not the view root's: during a view action the
     * view root still has the browser's language, since {@code f:view locale} applies only when rendering.
     */
    public static String text(String key, Object... arguments) {
        return Messages.in(jakarta.enterprise.inject.spi.CDI.current().select(LocaleView.class).get().getLocale()).get(key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
    }
}
