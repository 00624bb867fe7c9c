package org.gapflow.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js bar chart configuration for PrimeFaces' p:chart (value = the JSON). PrimeFaces 15 ships no
 * chart model classes, and the configuration is written into the page's script as it is, so every text in
 * it (team names, business results typed by managers) is escaped here, including "&lt;" so that a label can
 * never close the script element.
 */
public final class BarChart {

    /** Colours with at least 3:1 contrast against the white page, for bars beside each other. */
    public static final String BLUE = "#0b5cad";
    public static final String GREEN = "#1e5e2f";
    public static final String AMBER = "#8a5a00";
    public static final String RED = "#a4161a";

    private final List<String> labels;
    private final List<String> datasets = new ArrayList<>();
    private boolean horizontal;
    private boolean stacked;

    private BarChart(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    public static BarChart of(List<String> labels) {
        return new BarChart(labels);
    }

    public BarChart dataset(String label, List<? extends Number> values, String colour) {
        StringBuilder json = new StringBuilder("{\"label\":").append(quote(label)).append(",\"data\":[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ",").append(number(values.get(i)));
        }
        json.append("],\"backgroundColor\":").append(quote(colour)).append('}');
        datasets.add(json.toString());
        return this;
    }

    /** Bars from the left: long labels (business results) stay readable. */
    public BarChart horizontal() {
        this.horizontal = true;
        return this;
    }

    /** The datasets on top of each other (committed and available make the whole budget). */
    public BarChart stacked() {
        this.stacked = true;
        return this;
    }

    public String toJson() {
        StringBuilder json = new StringBuilder("{\"type\":\"bar\",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(labels.get(i)));
        }
        json.append("],\"datasets\":[").append(String.join(",", datasets)).append("]},\"options\":{")
                .append("\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,");
        if (horizontal) {
            json.append("\"indexAxis\":\"y\",");
        }
        json.append("\"scales\":{\"x\":{\"stacked\":").append(stacked).append("},\"y\":{\"stacked\":").append(stacked)
                .append(",\"beginAtZero\":true}},\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}");
        return json.toString();
    }

    static String number(Number value) {
        if (value == null) {
            return "null";
        }
        double d = value.doubleValue();
        return Double.isFinite(d) ? (value instanceof java.math.BigDecimal b ? b.toPlainString() : value.toString()) : "null";
    }

    /** A JSON string, safe inside an HTML script element. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == '\'' || ch == '\u2028' || ch == '\u2029') {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
