package org.gapflow.review.view;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of text for the case view, kept as a text key and its arguments so the page writes it in the
 * reader's language. Arguments are user text (shown as typed), numbers, dates and times, other phrases,
 * or lists of them. A phrase without key is its one argument as it is.
 */
public record Phrase(String key, List<Object> args) implements Serializable {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** Text the user wrote (a reason, a note): shown as written. */
    public static Phrase text(String text) {
        return text == null || text.isBlank() ? null : new Phrase(null, List.of(text.strip()));
    }
}
