package org.gapflow.web;

import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Gives every view the language chosen in this session, else the browser's. Doing it here rather
 * than with f:view in the layout covers the pages outside it too (login, access denied, error pages).
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        // no session yet means no choice yet; asking the session-scoped bean would create one
        if (context.getExternalContext().getSession(false) != null) {
            Locale chosen = CDI.current().select(LocaleChoice.class).get().chosen().orElse(null);
            if (chosen != null) {
                return chosen;
            }
        }
        return super.calculateLocale(context);
    }
}
