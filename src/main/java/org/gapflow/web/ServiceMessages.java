package org.gapflow.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.context.FacesContext;

/**
 * Services speak English to users ("Enter the first day."); pages show their words in the view's
 * language. The English text is the key of org/gapflow/web/service-messages_LANG.properties, so a
 * message without a translation still reads well.
 */
public final class ServiceMessages {

    private static final String BUNDLE = "org.gapflow.web.service-messages";
    private static final Pattern FIGURE = Pattern.compile("\\d+");

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
            if (bundle.containsKey(message)) {
                return bundle.getString(message);
            }
            // a message with figures ("... to 200 characters ...") is listed with {0}, {1} in their place
            List<String> figures = new ArrayList<>();
            Matcher figure = FIGURE.matcher(message);
            StringBuilder pattern = new StringBuilder();
            while (figure.find()) {
                figure.appendReplacement(pattern, "{" + figures.size() + "}");
                figures.add(figure.group());
            }
            figure.appendTail(pattern);
            return !figures.isEmpty() && bundle.containsKey(pattern.toString())
                    ? MessageFormat.format(bundle.getString(pattern.toString()), figures.toArray()) : message;
        } catch (MissingResourceException e) {
            return message;
        }
    }
}
