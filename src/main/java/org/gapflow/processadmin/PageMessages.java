package org.gapflow.processadmin;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.gapflow.platform.InvalidInputException;

/** Faces messages for the workspace pages, in the viewer's language. */
final class PageMessages {

    private PageMessages() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(CheckMessage.BUNDLE, locale()).getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(args);
    }

    static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A service's refusal, written for the user (English, as the services word it). */
    static void refused(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            for (Map.Entry<String, String> entry : invalid.fieldMessages().entrySet()) {
                add(FacesMessage.SEVERITY_ERROR, entry.getValue());
            }
        } else {
            add(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
