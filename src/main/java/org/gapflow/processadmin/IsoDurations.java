package org.gapflow.processadmin;

import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/** The ISO-8601 forms the engine's timers accept: durations (P3D), cycles (R5/PT5M) and date-times. */
final class IsoDurations {

    private static final Pattern CYCLE = Pattern.compile("R(\\d*)/(.+)");
    private static final DatatypeFactory DATATYPES = datatypes();

    private IsoDurations() {
    }

    static boolean isDuration(String value) {
        if (value == null || !value.trim().startsWith("P")) {
            return false;
        }
        try {
            DATATYPES.newDuration(value.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isDateTime(String value) {
        if (value == null) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.trim());
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(value.trim());
                return true;
            } catch (DateTimeParseException again) {
                return false;
            }
        }
    }

    /** R[n]/duration, R[n]/start/duration, or a cron expression (which the engine also takes). */
    static boolean isCycle(String value) {
        if (value == null) {
            return false;
        }
        String text = value.trim();
        Matcher cycle = CYCLE.matcher(text);
        if (cycle.matches()) {
            String[] parts = cycle.group(2).split("/");
            return switch (parts.length) {
                case 1 -> isDuration(parts[0]);
                case 2 -> (isDateTime(parts[0]) && isDuration(parts[1])) || (isDuration(parts[0]) && isDateTime(parts[1]));
                default -> false;
            };
        }
        int fields = text.split("\\s+").length;
        return !text.startsWith("R") && !text.startsWith("P") && fields >= 6 && fields <= 7;
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
