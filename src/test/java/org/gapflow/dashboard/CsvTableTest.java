package org.gapflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void plainCellsAreWrittenAsTheyAreWithCrLf() {
        StringWriter out = new StringWriter();
        new CsvTable(out).row("Team", "Gaps").row("Warehouse", 3L);
        assertThat(out.toString()).isEqualTo("Team,Gaps\r\nWarehouse,3\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvTable.cell("Cost, per contact")).isEqualTo("\"Cost, per contact\"");
        assertThat(CsvTable.cell("The \"big\" one")).isEqualTo("\"The \"\"big\"\" one\"");
        assertThat(CsvTable.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvTable.cell(null)).isEmpty();
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        assertThat(CsvTable.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvTable.cell("+1 call")).isEqualTo("'+1 call");
        assertThat(CsvTable.cell("-minus")).isEqualTo("'-minus");
        assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertThat(CsvTable.cell(new BigDecimal("-36.00"))).isEqualTo("-36.00");
        assertThat(CsvTable.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvTable.cell(-2L)).isEqualTo("-2");
    }
}
