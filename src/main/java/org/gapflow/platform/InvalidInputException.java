package org.gapflow.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses, with one message per field (keyed by the field's name) so a form can show
 * each next to its field. Thrown before anything is written, or inside the transaction it rolls back.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessages;

    public InvalidInputException(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessages));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }

    /** Collects messages while checking a whole form, then throws once if any. */
    public static final class Collector {
        private final Map<String, String> messages = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                messages.putIfAbsent(field, message);
            }
            return this;
        }

        /** Refuses text longer than its column here, where the message can name the field, not in the database. */
        public Collector fits(String text, int maxLength, String field) {
            return check(text == null || text.length() <= maxLength, field,
                    java.text.MessageFormat.format("Shorten this text to {0} characters or fewer.", String.valueOf(maxLength)));
        }

        public void throwIfAny() {
            if (!messages.isEmpty()) {
                throw new InvalidInputException(messages);
            }
        }
    }
}
