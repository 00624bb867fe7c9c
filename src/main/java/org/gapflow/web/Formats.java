package org.gapflow.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Times, dates and amounts in the page's language, for values Faces' converters do not take
 * (f:convertDateTime has no Instant): #{formats.time(row.startedAt)}.
 */
@Named
@RequestScoped
public class Formats {

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A percentage with two decimals, or a dash when there is none (no evaluated training yet). */
    public String percent(BigDecimal value) {
        return value == null ? "\u2013" : amount(value) + "\u00a0%";
    }

    /** Whole days since the instant (0 on the first day). */
    public long daysSince(Instant instant) {
        return instant == null ? 0 : Math.max(0, Duration.between(instant, Instant.now()).toDays());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static ZoneId zone() {
        return TimeZone.getDefault().toZoneId();
    }
}
