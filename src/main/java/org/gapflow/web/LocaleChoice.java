package org.gapflow.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The language the user picked with the switcher, kept for their session. Until they pick one,
 * pages follow the browser's Accept-Language (faces-config locale-config).
 */
@Named
@SessionScoped
public class LocaleChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Languages GapFlow has texts for; keep in step with faces-config.xml and the messages bundles. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Locale chosen;

    /** Picks a supported language by its code; anything else is ignored and returns false. */
    public boolean choose(String language) {
        Optional<Locale> match = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
        match.ifPresent(l -> chosen = l);
        return match.isPresent();
    }

    public Optional<Locale> chosen() {
        return Optional.ofNullable(chosen);
    }
}
