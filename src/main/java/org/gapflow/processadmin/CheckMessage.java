package org.gapflow.processadmin;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One finding of a model check. The text is a message bundle key with arguments, so the page shows it
 * in the user's language; the element id lets the editor select the element it is about.
 */
public record CheckMessage(Severity severity, Stage stage, String elementId, String key, List<String> args) {

    public enum Severity { ERROR, WARNING, NOTICE }

    /** Where the finding comes from, in the order the checks run. */
    public enum Stage { FILE, SCRIPTS, EXPRESSIONS, ENGINE, CONTRACT, LINT }

    static final String BUNDLE = "org.gapflow.web.messages";

    public CheckMessage {
        elementId = elementId == null || elementId.isBlank() ? null : elementId;
        args = List.copyOf(args);
    }

    static CheckMessage error(Stage stage, String elementId, String key, Object... args) {
        return new CheckMessage(Severity.ERROR, stage, elementId, key, strings(args));
    }

    static CheckMessage warning(Stage stage, String elementId, String key, Object... args) {
        return new CheckMessage(Severity.WARNING, stage, elementId, key, strings(args));
    }

    static CheckMessage notice(Stage stage, String elementId, String key, Object... args) {
        return new CheckMessage(Severity.NOTICE, stage, elementId, key, strings(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in the given language (the bundle's default, English, when it has no translation). */
    public String text(Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return new MessageFormat(pattern, locale).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }

    @Override
    public String toString() {
        return severity + " " + stage + (elementId == null ? "" : " [" + elementId + "]") + " " + text(Locale.ENGLISH);
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
