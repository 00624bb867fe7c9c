package org.gapflow.review.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Writes phrases, amounts and times in one language: a phrase's key is looked up in the case texts,
 * then in the step texts; "{0}", "{1}"… are replaced by the arguments, each written for the reader
 * (numbers and dates in the language's format, lists joined). No MessageFormat: an apostrophe in a
 * translation stays an apostrophe.
 */
public final class PhraseText {

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d)}");

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    private final ZoneId zone;

    public PhraseText(Locale locale, ZoneId zone, ResourceBundle... bundles) {
        this.locale = locale;
        this.zone = zone;
        this.bundles = List.of(bundles);
    }

    public String write(Phrase phrase) {
        if (phrase == null) {
            return "";
        }
        if (phrase.key() == null) {
            return phrase.args().stream().map(this::argument).collect(Collectors.joining(" "));
        }
        // one pass over the pattern: an argument that contains "{1}" (typed by a user) is not filled in again
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(lookUp(phrase.key()));
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < phrase.args().size() ? argument(phrase.args().get(index)) : placeholder.group();
            placeholder.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(text).toString();
    }

    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A number with as many decimals as it needs, up to four: 80, 62.5, 0.1234. */
    public String measure(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private String argument(Object arg) {
        if (arg instanceof Phrase phrase) {
            return write(phrase);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(this::argument).collect(Collectors.joining(listSeparator(list)));
        }
        if (arg instanceof BigDecimal decimal) {
            return amount(decimal);
        }
        if (arg instanceof Number number) {
            return NumberFormat.getIntegerInstance(locale).format(number);
        }
        if (arg instanceof Instant instant) {
            return time(instant);
        }
        if (arg instanceof LocalDate date) {
            return date(date);
        }
        return String.valueOf(arg);
    }

    /** Reasons are sentences: a list of them reads better one after the other than with commas. */
    private static String listSeparator(List<?> list) {
        return list.stream().anyMatch(a -> a instanceof Phrase p && p.key() != null && p.key().startsWith("case.why.")) ? "; " : ", ";
    }

    private String lookUp(String key) {
        for (ResourceBundle bundle : bundles) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                // next bundle
            }
        }
        return key;
    }
}
