package org.gapflow.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/**
 * Services speak English to users ("Enter the first day."); pages show their words in the view's
 * language. The English text is the key of org/gapflow/web/service-messages_LANG.properties, so a
 * message without a translation still reads well.
 */
public final class ServiceMessages {

    private static final String BUNDLE = "org.gapflow.web.service-messages";

    private ServiceMessages() {
    }

    public static String translate(String message) {
        if (message == null) {
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context == null ? Locale.ENGLISH : context.getViewRoot() == null
                ? context.getApplication().getDefaultLocale() : context.getViewRoot().getLocale();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                    ServiceMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(message) ? bundle.getString(message) : message;
        } catch (MissingResourceException e) {
            return message;
        }
    }
}
