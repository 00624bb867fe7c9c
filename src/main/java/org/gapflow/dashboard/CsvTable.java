package org.gapflow.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Rows of a CSV file (RFC 4180: comma separated, CRLF, fields with a comma, quote or line break in
 * quotes). Writing CSV takes these few lines; what a library would not do for us is the guard against
 * formula injection: a text cell that starts like a formula (=, +, -, @) gets a leading apostrophe, so a
 * spreadsheet shows a business result typed as "=HYPERLINK(...)" as text instead of running it. Numbers
 * are written plainly (a negative ROI stays a number).
 */
public final class CsvTable {

    /** Lets spreadsheet programs read the file as UTF-8 (names with accents). */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Writer out;

    public CsvTable(Writer out) {
        this.out = out;
    }

    public CsvTable row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        try {
            out.write(line.append("\r\n").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
